import { MigrationInterface, QueryRunner } from 'typeorm';

/** Built bulletins and workbooks, one per month, division, format and snapshot (libs/bulletin). */
export class BulletinFiles1795430000000 implements MigrationInterface {
  name = 'BulletinFiles1795430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE bulletin_file (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        period varchar(7) NOT NULL,
        division_code varchar(6) NOT NULL,
        format varchar(8) NOT NULL,
        snapshot_id uuid NOT NULL,
        storage_key varchar(200) NOT NULL,
        size integer NOT NULL,
        sha256 char(64) NOT NULL,
        build_ms integer NOT NULL,
        built_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT bulletin_file_pkey PRIMARY KEY (id),
        CONSTRAINT bulletin_file_key UNIQUE (period, division_code, format, snapshot_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE bulletin_file`);
  }
}
