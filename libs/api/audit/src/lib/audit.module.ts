import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessRefusals } from '@casebook/api/core';
import { AuditController } from './audit.controller';
import { AuditEventEntity } from './audit-event.entity';
import { AuditService } from './audit.service';
import { AuditedRefusals } from './audited-refusals';

/** The audit trail; global because every feature writes to it. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  controllers: [AuditController],
  providers: [
    AuditService,
    { provide: AccessRefusals, useClass: AuditedRefusals },
  ],
  exports: [AuditService, AccessRefusals],
})
export class AuditModule {}
