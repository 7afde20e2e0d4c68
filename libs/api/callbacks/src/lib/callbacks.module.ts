import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CallEntity } from '@casebook/api/calls';
import { CasesModule } from '@casebook/api/cases';
import { UsersModule } from '@casebook/api/users';
import { CallbackAttemptEntity } from './callback-attempt.entity';
import { CallbackEntity } from './callback.entity';
import { CallbacksController } from './callbacks.controller';
import { CallbacksService } from './callbacks.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      CallbackEntity,
      CallbackAttemptEntity,
      CallEntity,
    ]),
    CasesModule,
    UsersModule,
  ],
  controllers: [CallbacksController],
  providers: [CallbacksService],
})
export class CallbacksModule {}
