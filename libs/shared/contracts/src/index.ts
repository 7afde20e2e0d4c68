export * from './lib/roles';
export * from './lib/auth';
export * from './lib/users';
export * from './lib/paging';
export * from './lib/errors';
