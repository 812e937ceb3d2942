import { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkNews1795321871272 implements MigrationInterface {
  name = 'WorkNews1795321871272';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "news_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "division_code" character varying(6) NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "author" character varying(50) NOT NULL, "published_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8e2f3e03d39030228522f707758" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_22b58196b5d706eb9f8c9cfdcd" ON "news_item" ("division_code", "published_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_22b58196b5d706eb9f8c9cfdcd"`);
    await queryRunner.query(`DROP TABLE "news_item"`);
  }
}
