export * from './lib/calls.module';
export * from './lib/calls.service';
export * from './lib/entities/call.entity';
export * from './lib/entities/assessment.entity';
export * from './lib/entities/addendum.entity';
