export * from './lib/provide-idle-warning';
