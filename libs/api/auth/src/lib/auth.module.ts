import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionRevoker } from '@casebook/api/core';
import { UsersModule } from '@casebook/api/users';
import { AuthController } from './auth.controller';
import { RolesGuard } from './guards/roles.guard';
import { SessionAuthGuard } from './guards/session-auth.guard';
import { LoginService } from './login.service';
import { SessionEntity } from './sessions/session.entity';
import { SessionService } from './sessions/session.service';
import { LoginFailureEntity } from './throttle/login-failure.entity';
import { LoginThrottle } from './throttle/login-throttle';

/**
 * Sign-in, sessions and the two global guards (session first, then role). Global so the
 * users module can reach the SessionRevoker it declares without importing this module.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([SessionEntity, LoginFailureEntity]),
    UsersModule,
  ],
  controllers: [AuthController],
  providers: [
    SessionService,
    LoginThrottle,
    LoginService,
    { provide: SessionRevoker, useExisting: SessionService },
    { provide: APP_GUARD, useClass: SessionAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [SessionService, SessionRevoker],
})
export class AuthModule {}
