export * from './lib/callbacks-routes';
export * from './lib/callbacks-api';
export * from './lib/callbacks.actions';
export * from './lib/callbacks.feature';
export * from './lib/provide-callbacks-state';
export * from './lib/due-time';
