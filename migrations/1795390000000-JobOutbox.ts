import { MigrationInterface, QueryRunner } from 'typeorm';

/** The job outbox: jobs whose loss would matter, recorded before they are handed to Redis (libs/jobs JobOutbox). */
export class JobOutbox1795390000000 implements MigrationInterface {
  name = 'JobOutbox1795390000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."job_outbox_state" AS ENUM('OPEN', 'DONE', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "job_outbox" ("id" uuid NOT NULL, "job_name" character varying(60) NOT NULL, "payload" jsonb NOT NULL, "request_id" character varying(100), "state" "public"."job_outbox_state" NOT NULL DEFAULT 'OPEN', "dispatches" integer NOT NULL DEFAULT '0', "dispatched_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c3ba45dab51e3016acef18d0433" PRIMARY KEY ("id"))`);
    // The sweep reads only open rows, oldest first.
    await queryRunner.query(`CREATE INDEX "job_outbox_open_idx" ON "job_outbox" ("created_at") WHERE state = 'OPEN'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."job_outbox_open_idx"`);
    await queryRunner.query(`DROP TABLE "job_outbox"`);
    await queryRunner.query(`DROP TYPE "public"."job_outbox_state"`);
  }
}
