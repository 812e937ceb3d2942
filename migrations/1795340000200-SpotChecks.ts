import { MigrationInterface, QueryRunner } from 'typeorm';

export class SpotChecks1795340000200 implements MigrationInterface {
  name = 'SpotChecks1795340000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "spot_check" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "division_code" character varying(6) NOT NULL, "seed" character varying(100) NOT NULL, "sites_requested" integer NOT NULL, "households_requested" integer NOT NULL, "period" character varying(7), "assignee" character varying(50), "created_by" character varying(50) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f4e2fad54bc1d694af497b7482a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a99235abea1220c24f1023c001" ON "spot_check" ("assignee") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "spot_check_division_period_key" ON "spot_check" ("division_code", "period") WHERE period IS NOT NULL`);
    await queryRunner.query(`CREATE TYPE "public"."spot_check_outcome" AS ENUM('CONFIRMED', 'DISCREPANCY')`);
    await queryRunner.query(`CREATE TABLE "spot_check_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "spot_check_id" uuid NOT NULL, "position" integer NOT NULL, "subject_type" "public"."evidence_subject_type" NOT NULL, "subject_id" uuid NOT NULL, "site_id" uuid NOT NULL, "outcome" "public"."spot_check_outcome", "notes" text, "corrections" jsonb, "corrected_version" integer, "recorded_by" character varying(50), "recorded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_73f4151750c42ecd929712a671e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_24918508639c50431df8af4294" ON "spot_check_item" ("site_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "spot_check_item_subject_key" ON "spot_check_item" ("spot_check_id", "subject_type", "subject_id") `);
    await queryRunner.query(`ALTER TABLE "spot_check" ADD CONSTRAINT "FK_e1c2807cb2ce3903ed2c1ae68c1" FOREIGN KEY ("division_code") REFERENCES "division"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "spot_check_item" ADD CONSTRAINT "FK_e24199359ff4e060972d2e0cdef" FOREIGN KEY ("spot_check_id") REFERENCES "spot_check"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "spot_check_item" ADD CONSTRAINT "FK_24918508639c50431df8af42943" FOREIGN KEY ("site_id") REFERENCES "site"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "spot_check_item" DROP CONSTRAINT "FK_24918508639c50431df8af42943"`);
    await queryRunner.query(`ALTER TABLE "spot_check_item" DROP CONSTRAINT "FK_e24199359ff4e060972d2e0cdef"`);
    await queryRunner.query(`ALTER TABLE "spot_check" DROP CONSTRAINT "FK_e1c2807cb2ce3903ed2c1ae68c1"`);
    await queryRunner.query(`DROP INDEX "public"."spot_check_item_subject_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_24918508639c50431df8af4294"`);
    await queryRunner.query(`DROP TABLE "spot_check_item"`);
    await queryRunner.query(`DROP TYPE "public"."spot_check_outcome"`);
    await queryRunner.query(`DROP INDEX "public"."spot_check_division_period_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a99235abea1220c24f1023c001"`);
    await queryRunner.query(`DROP TABLE "spot_check"`);
  }
}
