export * from './lib/api-users';
