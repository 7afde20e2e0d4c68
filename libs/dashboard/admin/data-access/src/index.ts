export * from './lib/users.actions';
export * from './lib/users.feature';
export * from './lib/users-api';
export * from './lib/provide-users-state';
