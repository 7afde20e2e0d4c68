export * from './lib/auth.module';
export * from './lib/auth.controller';
export * from './lib/sessions/session.service';
export * from './lib/sessions/session.entity';
export * from './lib/throttle/login-throttle';
export * from './lib/login.service';
