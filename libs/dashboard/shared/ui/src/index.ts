export * from './lib/form-errors';
export * from './lib/role-label';
export * from './lib/severity/severity-badge';
export * from './lib/load-error';
export * from './lib/phone-format';
export * from './lib/referral-type-labels';
export * from './lib/clock-duration';
