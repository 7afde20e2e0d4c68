export * from './lib/labels';
export * from './lib/time-text';
export * from './lib/withdrawal-estimate';
export * from './lib/call-timer';
export * from './lib/save-status';
export * from './lib/score-summary';
export * from './lib/case-lookup/case-lookup';
export * from './lib/instrument-entry/instrument-entry';
export * from './lib/risk/risk-screen';
export * from './lib/risk/imminent-risk-panel';
export * from './lib/risk/risk-level-steps';
export * from './lib/risk/national-lines-source';
export * from './lib/call-sections/last-use-entry';
export * from './lib/call-sections/buprenorphine-readiness';
export * from './lib/final-call/call-record-view';
export * from './lib/final-call/addendum-form';
export * from './lib/call-header/call-header';
export * from './lib/callback-scheduler/callback-due';
export * from './lib/callback-scheduler/callback-scheduler';
export * from './lib/emergency/overdose-guide';
export * from './lib/emergency/emergency-disclosure-form';
export * from './lib/call-sections/caller-relation-picker';
export * from './lib/call-sections/third-party-marker';
// Their components load later, from ./sections and ./dialogs (ADR 36); their types stay here.
export type { DirectorySearch } from './lib/call-sections/outcome-referrals';
export type {
  FinalizeDialogData,
  FinalizeDialogResult,
} from './lib/dialogs/finalize-dialog';
export type { Shortcut, ShortcutGroup } from './lib/dialogs/shortcuts-dialog';
