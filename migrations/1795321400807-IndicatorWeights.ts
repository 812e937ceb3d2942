import { MigrationInterface, QueryRunner } from 'typeorm';

export class IndicatorWeights1795321400807 implements MigrationInterface {
  name = 'IndicatorWeights1795321400807';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "indicator_weight" ("key" character varying(40) NOT NULL, "weight" numeric(6,3) NOT NULL, CONSTRAINT "PK_f8ab5763898fda7559f0c33cda6" PRIMARY KEY ("key"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "indicator_weight"`);
  }
}
