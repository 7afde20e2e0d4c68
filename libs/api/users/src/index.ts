export * from './lib/users.module';
export * from './lib/users.service';
export * from './lib/user.entity';
export * from './lib/user-mapper';
export * from './lib/demo-accounts';
export * from './lib/account-bootstrap';
export * from './lib/password-hasher';
