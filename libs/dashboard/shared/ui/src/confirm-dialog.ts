/**
 * `@casebook/dashboard/shared/ui/confirm-dialog`: apart from the main barrel, which every
 * page imports, so Material's dialog is not in the call screen's first download (ADR 36).
 */
export * from './lib/confirm-dialog';
