export * from './lib/api-base-url';
export * from './lib/api-error';
export * from './lib/clock';
export * from './lib/notifier';
export * from './lib/staff-api';
