import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { timestampColumnType } from '@casebook/api/core';
import { UserEntity } from '@casebook/api/users';

/** A dated, signed note added to a finalized call; the call itself never changes. */
@Entity('call_addenda')
export class AddendumEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'call_id', type: 'varchar', length: 36 })
  callId!: string;

  @Column({ name: 'author_id', type: 'varchar', length: 36 })
  authorId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'author_id' })
  author!: Relation<UserEntity>;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt!: Date;
}
