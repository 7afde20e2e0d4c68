import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountBootstrap } from './account-bootstrap';
import { PasswordHasher } from './password-hasher';
import { UserEntity } from './user.entity';
import { StaffController } from './staff.controller';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** Staff accounts. Needs a SessionRevoker from the auth module (global) for deactivation. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  controllers: [StaffController, UsersController],
  providers: [UsersService, PasswordHasher, AccountBootstrap],
  exports: [UsersService, AccountBootstrap, TypeOrmModule],
})
export class UsersModule {}
