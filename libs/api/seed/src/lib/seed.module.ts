import { Module } from '@nestjs/common';
import { UsersModule } from '@casebook/api/users';
import { DemoHistory } from './demo-history';

@Module({
  imports: [UsersModule],
  providers: [DemoHistory],
  exports: [DemoHistory],
})
export class SeedModule {}
