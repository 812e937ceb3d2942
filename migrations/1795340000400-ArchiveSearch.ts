import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Substring search of the electronic archive (SPEC §5): any fragment of a policy document's
 * title, issuer or number (桂政发〔2018〕1号), or of a shortfall project's name, found through a
 * trigram index rather than a scan. Chinese has no spaces to split words on, so full-text
 * search would miss fragments; trigrams match them (given a UTF-8 aware LC_CTYPE).
 * The indexed expressions must match the services' search expressions verbatim.
 */
export class ArchiveSearch1795340000400 implements MigrationInterface {
  name = 'ArchiveSearch1795340000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE INDEX policy_document_search_trgm ON policy_document
      USING gin ((title || ' ' || issuer || ' ' || coalesce(document_number, '')) gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX shortfall_project_name_trgm ON shortfall_project USING gin (name gin_trgm_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX shortfall_project_name_trgm`);
    await queryRunner.query(`DROP INDEX policy_document_search_trgm`);
    // The extension stays: other objects may have come to depend on it.
  }
}
