export * from './lib/random';
export * from './lib/synthetic-rows';
export * from './lib/synthetic-history';
export * from './lib/sqlite-writer';
export * from './lib/typeorm-writer';
export * from './lib/demo-directory';
export * from './lib/demo-history';
export * from './lib/seed.module';
