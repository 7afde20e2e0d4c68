import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '@casebook/api/cases';
import { ResourcesModule } from '@casebook/api/resources';
import { UsersModule } from '@casebook/api/users';
import { CallsController } from './calls.controller';
import { CallsService } from './calls.service';
import { CaseSymptomsController } from './case-symptoms.controller';
import { DraftDiscards } from './draft-discards';
import { AddendumEntity } from './entities/addendum.entity';
import { AssessmentEntity } from './entities/assessment.entity';
import { CallEntity } from './entities/call.entity';
import { InstrumentsController } from './instruments.controller';
import { OpenCallsModule } from './open-calls.module';

@Module({
  imports: [
    TypeOrmModule.forFeature([CallEntity, AssessmentEntity, AddendumEntity]),
    CasesModule,
    ResourcesModule,
    UsersModule,
    OpenCallsModule,
  ],
  controllers: [CallsController, CaseSymptomsController, InstrumentsController],
  providers: [CallsService, DraftDiscards],
  exports: [CallsService],
})
export class CallsModule {}
