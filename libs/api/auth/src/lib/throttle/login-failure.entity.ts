import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@casebook/api/core';

/** One failed sign-in; counted per username and per client address for the 429 throttle. */
@Entity('login_failures')
export class LoginFailureEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ name: 'client_address', type: 'varchar', length: 64 })
  clientAddress!: string;

  @Column({ name: 'failed_at', type: timestampColumnType() })
  failedAt!: Date;
}
