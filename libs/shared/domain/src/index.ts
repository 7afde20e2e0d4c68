export * from './lib/account-rules';
export * from './lib/session-rules';
