export * from './lib/call-routes';
export * from './lib/call-shortcuts';
