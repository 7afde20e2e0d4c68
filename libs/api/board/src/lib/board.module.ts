import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CallbackEntity } from '@casebook/api/callbacks';
import { AssessmentEntity, CallEntity } from '@casebook/api/calls';
import { BoardController } from './board.controller';
import { BoardService } from './board.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([CallEntity, AssessmentEntity, CallbackEntity]),
  ],
  controllers: [BoardController],
  providers: [BoardService],
})
export class BoardModule {}
