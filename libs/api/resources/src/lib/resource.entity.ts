import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ReferralType } from '@casebook/shared/contracts';
import { timestampColumnType } from '@casebook/api/core';

/** One entry of the referral directory; retired (inactive), never deleted. */
@Entity('referral_resources')
export class ResourceEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** Lower-cased name, for search that behaves alike on SQLite and PostgreSQL. */
  @Column({ name: 'name_search', type: 'varchar', length: 120 })
  nameSearch!: string;

  @Column({ type: 'varchar', length: 16 })
  type!: ReferralType;

  /** E.164, or a US short dialling code as its digits (ADR 26). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  hours!: string | null;

  /** JSON string[]. */
  @Column({ type: 'varchar', length: 200 })
  languages!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  notes!: string | null;

  /** A national line (988, SAMHSA, Poison Control), marked in the directory. */
  @Column({ type: 'boolean', default: false })
  national!: boolean;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: timestampColumnType() })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
