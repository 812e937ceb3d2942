import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DbModule } from '@app/db';
import { EvidenceModule } from '@app/evidence';
import { RegistryModule } from '@app/registry';
import { ImportCommitter } from './commit/import-commit.service';
import { ExchangeCommitter } from './exchanges/exchange-commit.service';
import { ExchangeMatcher } from './exchanges/exchange-matcher.service';
import { ExchangeReconciliation } from './exchanges/exchange-reconciliation.service';
import { ExchangeRuns } from './exchanges/exchange-runs.service';
import { ExchangesController } from './http/exchanges.controller';
import { ImportsController } from './http/imports.controller';
import { ImportProblemsDownload } from './problems/import-problems-download.service';
import { IMPORT_ENTITIES } from './imports.entities';
import { IMPORTS_RESOLVERS } from './imports.resolvers';
import { ImportRuns } from './runs/import-runs.service';
import { ImportUploads } from './upload/import-uploads.service';
import { ImportValidator } from './validation/import-validator.service';

const shared = [TypeOrmModule.forFeature([...IMPORT_ENTITIES]), DbModule, RegistryModule, EvidenceModule];

/** Imports and exchanges in the API: the template, upload and download routes, the queries and the commits. Needs JobsModule in the app. */
@Module({
  imports: shared,
  controllers: [ImportsController, ExchangesController],
  providers: [...IMPORTS_RESOLVERS, ImportRuns, ImportUploads, ImportCommitter, ImportProblemsDownload, ExchangeRuns, ExchangeCommitter, ExchangeReconciliation],
})
export class ImportsModule {}

/** Imports in the worker: validating an uploaded file, or matching an exchanged roster. */
@Module({
  imports: shared,
  providers: [ImportValidator, ExchangeMatcher],
  exports: [ImportValidator],
})
export class ImportValidationModule {}
