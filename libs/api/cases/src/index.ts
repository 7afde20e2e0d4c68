export * from './lib/cases.module';
export * from './lib/cases.service';
export * from './lib/case.entity';
export * from './lib/dto/substance-rules';
