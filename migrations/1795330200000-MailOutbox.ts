import { MigrationInterface, QueryRunner } from 'typeorm';

export class MailOutbox1795330200000 implements MigrationInterface {
  name = 'MailOutbox1795330200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."mail_outbox_status" AS ENUM('PENDING', 'SENT', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "mail_outbox" ("id" uuid NOT NULL, "dedupe_key" character varying(300) NOT NULL, "recipient" character varying(200) NOT NULL, "subject" character varying(300) NOT NULL, "body" text NOT NULL, "message_id" character varying(250) NOT NULL, "status" "public"."mail_outbox_status" NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "lease_until" TIMESTAMP WITH TIME ZONE, "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "server_response" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f98b21146dd23ba194f53d8a3d" ON "mail_outbox" ("dedupe_key") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3c364b2c15ecfabf0b12e8b18a" ON "mail_outbox" ("message_id") `);
    await queryRunner.query(`CREATE INDEX "mail_outbox_pending_idx" ON "mail_outbox" ("created_at") WHERE status = 'PENDING'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."mail_outbox_pending_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3c364b2c15ecfabf0b12e8b18a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f98b21146dd23ba194f53d8a3d"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
    await queryRunner.query(`DROP TYPE "public"."mail_outbox_status"`);
  }
}
