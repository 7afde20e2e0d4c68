/**
 * `@casebook/dashboard/calls/ui/dialogs`: the call screen's dialogs, fetched the first time
 * one opens (ADR 36); apart from the main barrel so they stay out of the first download.
 */
export * from './lib/dialogs/finalize-dialog';
export * from './lib/dialogs/shortcuts-dialog';
