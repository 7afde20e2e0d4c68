export * from './lib/roles';
export * from './lib/auth';
export * from './lib/users';
export * from './lib/paging';
export * from './lib/errors';
export * from './lib/instruments';
export * from './lib/risk-screen';
export * from './lib/symptoms';
