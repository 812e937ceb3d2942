import { MigrationInterface, QueryRunner } from 'typeorm';

/** Work news may carry photos, kept as archive files of a new owner kind. */
export class NewsPhotos1795440000000 implements MigrationInterface {
  name = 'NewsPhotos1795440000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE archive_file_owner ADD VALUE IF NOT EXISTS 'NEWS_ITEM'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // An enum value cannot be dropped; the photos go, and the value stays unused.
    await queryRunner.query(`DELETE FROM archive_file WHERE owner_type::text = 'NEWS_ITEM'`);
  }
}
