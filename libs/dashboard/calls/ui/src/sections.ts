/**
 * `@casebook/dashboard/calls/ui/sections`: the call screen's sections below the fold,
 * which the page draws in `@defer` blocks (ADR 36). A separate entry point because the
 * bundler keeps every file the main barrel re-exports in the first download.
 */
export * from './lib/call-sections/harm-reduction';
export * from './lib/call-sections/symptom-picker';
export * from './lib/call-sections/outcome-referrals';
export * from './lib/call-sections/substances-entry';
