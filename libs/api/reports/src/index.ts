export * from './lib/reports.module';
export * from './lib/csv-cells';
export * from './lib/report-range';
export * from './lib/summary-queries';
export * from './lib/report-reader';
