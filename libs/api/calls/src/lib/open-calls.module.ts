import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OpenCalls } from '@casebook/api/core';
import { CallEntity } from './entities/call.entity';
import { OpenCallsProbe } from './open-calls.probe';

/** Global so the auth module's sessions can ask about open calls without importing calls. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([CallEntity])],
  providers: [{ provide: OpenCalls, useClass: OpenCallsProbe }],
  exports: [OpenCalls],
})
export class OpenCallsModule {}
