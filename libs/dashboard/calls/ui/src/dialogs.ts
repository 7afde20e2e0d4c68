/**
 * `@casebook/dashboard/calls/ui/dialogs`: the call screen's dialogs, apart from the main
 * barrel so pages that never open them leave them out of their first download (ADR 36).
 */
export * from './lib/dialogs/finalize-dialog';
export * from './lib/dialogs/shortcuts-dialog';
export * from './lib/dialogs/discard-draft-dialog';
