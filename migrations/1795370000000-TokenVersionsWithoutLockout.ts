import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in failures are throttled per client address in Redis now, so the per-account lockout
 * (which let anyone lock anyone out) goes. Each account gets a token version: tokens carry it,
 * and raising it (password, role, jurisdiction change, deactivation) retires every earlier token.
 */
export class TokenVersionsWithoutLockout1795370000000 implements MigrationInterface {
  name = 'TokenVersionsWithoutLockout1795370000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "failed_logins", DROP COLUMN "locked_until"`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "token_version" integer NOT NULL DEFAULT '0'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "token_version"`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "failed_logins" integer NOT NULL DEFAULT '0', ADD "locked_until" TIMESTAMP WITH TIME ZONE`);
  }
}
