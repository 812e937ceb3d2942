import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each unit's sign-off of the month as it stood when a report snapshot was published. */
export class ReportCertification1795425000000 implements MigrationInterface {
  name = 'ReportCertification1795425000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "report_certification" (
      "snapshot_id" uuid NOT NULL, "division_code" character varying(6) NOT NULL, "period" character varying(7) NOT NULL,
      "level" "public"."unit_level" NOT NULL, "unit_name" character varying(100) NOT NULL, "status" "public"."certification_status" NOT NULL,
      "certified_by" character varying(50), "certified_at" TIMESTAMP WITH TIME ZONE, "corrections_of_previous_month" integer NOT NULL,
      CONSTRAINT "PK_report_certification" PRIMARY KEY ("snapshot_id", "division_code"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "report_certification"`);
  }
}
