export * from './lib/resources.module';
export * from './lib/resources.service';
export * from './lib/resource.entity';
