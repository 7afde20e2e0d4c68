export * from './lib/api-auth';
