export * from './lib/board.module';
export * from './lib/board.service';
