import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * Issue 9: co-used substances and pregnancy on the case; on each call the substances the
 * caller named, pregnancy, withdrawal danger signs, the overdose-now steps and why
 * naloxone was not discussed (ADR 25).
 *
 * Existing data: case substances keep their value (every old value is still valid;
 * "prescription-opioids" now means "release not known"). A call still being logged takes
 * its case's substance, so its guidance does not change under the counselor's hands; a
 * finalized call keeps none, because it never recorded one and a signed record must not
 * be made to say more than it did.
 */
export class SubstancesAndEmergencyPaths1764700000000 implements MigrationInterface {
  name = 'SubstancesAndEmergencyPaths1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('cases', [
      new TableColumn({
        name: 'co_used_substances',
        type: 'varchar',
        length: '400',
        default: "'[]'",
      }),
      new TableColumn({ name: 'pregnant', type: 'boolean', default: false }),
    ]);
    await queryRunner.addColumns('calls', [
      new TableColumn({
        name: 'substance',
        type: 'varchar',
        length: '24',
        isNullable: true,
      }),
      new TableColumn({
        name: 'co_used_substances',
        type: 'varchar',
        length: '400',
        default: "'[]'",
      }),
      new TableColumn({ name: 'pregnant', type: 'boolean', default: false }),
      new TableColumn({
        name: 'withdrawal_danger_signs',
        type: 'varchar',
        length: '200',
        default: "'[]'",
      }),
      new TableColumn({ name: 'overdose', type: 'text', isNullable: true }),
      new TableColumn({
        name: 'naloxone_not_discussed_reason',
        type: 'varchar',
        length: '200',
        isNullable: true,
      }),
    ]);
    await queryRunner.query(
      `UPDATE calls SET substance = (SELECT cases.primary_substance FROM cases WHERE cases.id = calls.case_id)
       WHERE status = 'draft' AND case_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of [
      'naloxone_not_discussed_reason',
      'overdose',
      'withdrawal_danger_signs',
      'pregnant',
      'co_used_substances',
      'substance',
    ]) {
      await queryRunner.dropColumn('calls', column);
    }
    await queryRunner.dropColumn('cases', 'pregnant');
    await queryRunner.dropColumn('cases', 'co_used_substances');
  }
}
