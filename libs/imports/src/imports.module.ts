import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DbModule } from '@app/db';
import { EvidenceModule } from '@app/evidence';
import { RegistryModule } from '@app/registry';
import { ImportCommitter } from './commit/import-commit.service';
import { ImportsController } from './http/imports.controller';
import { ImportProblemsDownload } from './problems/import-problems-download.service';
import { IMPORT_ENTITIES } from './imports.entities';
import { IMPORTS_RESOLVERS } from './imports.resolvers';
import { ImportRuns } from './runs/import-runs.service';
import { ImportUploads } from './upload/import-uploads.service';
import { ImportValidator } from './validation/import-validator.service';

const shared = [TypeOrmModule.forFeature([...IMPORT_ENTITIES]), DbModule, RegistryModule, EvidenceModule];

/** Imports in the API: the template and upload routes, the queries and the commit. Needs JobsModule in the app. */
@Module({
  imports: shared,
  controllers: [ImportsController],
  providers: [...IMPORTS_RESOLVERS, ImportRuns, ImportUploads, ImportCommitter, ImportProblemsDownload],
})
export class ImportsModule {}

/** Imports in the worker: validating an uploaded file. */
@Module({
  imports: shared,
  providers: [ImportValidator],
  exports: [ImportValidator],
})
export class ImportValidationModule {}
