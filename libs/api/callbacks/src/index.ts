export * from './lib/callbacks.module';
export * from './lib/callbacks.service';
export * from './lib/callback.entity';
export * from './lib/callback-attempt.entity';
