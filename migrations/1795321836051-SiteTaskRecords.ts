import { MigrationInterface, QueryRunner } from 'typeorm';

export class SiteTaskRecords1795321836051 implements MigrationInterface {
  name = 'SiteTaskRecords1795321836051';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."special_task" AS ENUM('PROJECT_CONSTRUCTION', 'MOVING_IN', 'EDUCATION', 'MEDICAL_CARE', 'SOCIAL_SECURITY', 'COMMUNITY_SERVICES', 'INDUSTRY_SUPPORT', 'EMPLOYMENT_HELP', 'CULTURAL_SERVICES', 'DEMOLITION_RECLAMATION', 'ORGANISATION_BUILDING', 'PUBLIC_SAFETY')`);
    await queryRunner.query(`CREATE TYPE "public"."task_status" AS ENUM('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED')`);
    await queryRunner.query(`CREATE TABLE "site_task_record" ("site_id" uuid NOT NULL, "task" "public"."special_task" NOT NULL, "status" "public"."task_status" NOT NULL, "progress_note" text, "recorded_on" date NOT NULL, "responsible_person" character varying(50), "updated_by" character varying(50) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f2328da11e6a4d94eee9129825d" PRIMARY KEY ("site_id", "task"))`);
    await queryRunner.query(`ALTER TABLE "site_task_record" ADD CONSTRAINT "FK_ce1635322ec48d865ae443d4a92" FOREIGN KEY ("site_id") REFERENCES "site"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "site_task_record" DROP CONSTRAINT "FK_ce1635322ec48d865ae443d4a92"`);
    await queryRunner.query(`DROP TABLE "site_task_record"`);
    await queryRunner.query(`DROP TYPE "public"."task_status"`);
    await queryRunner.query(`DROP TYPE "public"."special_task"`);
  }
}
