import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { AppConfig, badInput, displayName, FileReceiver, readMultipart } from '@app/common';
import { Viewer } from '@app/access';
import { EvidenceStorage, StagedFile } from '@app/evidence';
import { JobName, JobOutbox } from '@app/jobs';
import { assertExchangesRosters, assertWritesRecords, REGISTRY_RELATIONS } from '@app/registry';
import { exchangeFieldsOf } from '../exchanges/exchange-fields';
import { rosterHeaderProblems } from '../exchanges/roster-reading';
import type { ImportFormat } from '../reading/sheet-reader';
import { ImportRun } from '../runs/import-run.entity';
import { ImportInspector } from './import-inspector';

interface StagedImport {
  staged: StagedFile;
  format: ImportFormat;
}

/** However well a workbook compresses, its sheets may not expand past this many times the upload limit. */
const UNCOMPRESSED_FACTOR = 20;

/**
 * POST /imports and POST /exchanges: receives the spreadsheet through the shared multipart reader (its limits,
 * timeouts and clean-up of a failed upload), checks it on the way in (ImportInspector), keeps it
 * in the file store, and records the run with its validation job in one transaction (JobOutbox),
 * so the job is never lost and never runs for a run that was not recorded.
 */
@Injectable()
export class ImportUploads implements FileReceiver<StagedImport> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: EvidenceStorage,
    private readonly config: AppConfig,
    private readonly outbox: JobOutbox,
  ) {}

  /** Imports write records: who may not write them learns it before sending megabytes. */
  assertMayImport(viewer: Viewer): void {
    assertWritesRecords(viewer);
  }

  async upload(viewer: Viewer, request: IncomingMessage): Promise<ImportRun> {
    this.assertMayImport(viewer);
    return this.recordRun(viewer, request, async () => ({}));
  }

  /**
   * POST /exchanges: a department roster, of `kind` as of `asOf`. Wrong fields, or a roster
   * whose header lacks the resident-ID column (or the kind's required columns), are refused
   * before anything is recorded.
   */
  async uploadRoster(viewer: Viewer, request: IncomingMessage): Promise<ImportRun> {
    assertExchangesRosters(viewer);
    return this.recordRun(viewer, request, async (fields, key, format) => {
      const { kind, asOf } = exchangeFieldsOf(fields);
      const problems = await rosterHeaderProblems(await this.storage.open(key), format, kind);
      if (problems.length > 0) throw badInput([{ field: 'file', reason: problems.join('；') }]);
      return { kind, asOf };
    });
  }

  /** Stores the file, lets `describe` judge it and the fields, then records the run and its job together. */
  private async recordRun(
    viewer: Viewer,
    request: IncomingMessage,
    describe: (fields: Record<string, string>, key: string, format: ImportFormat) => Promise<Partial<Pick<ImportRun, 'kind' | 'asOf'>>>,
  ): Promise<ImportRun> {
    const upload = await readMultipart(request, this, { idleMs: this.config.UPLOAD_IDLE_TIMEOUT_MS, deadlineMs: this.config.UPLOAD_DEADLINE_MS });
    try {
      const key = await this.storage.commit(upload.file.staged, upload.file.format === 'XLSX' ? '.xlsx' : '.csv');
      try {
        const described = await describe(upload.fields, key, upload.file.format);
        return await this.dataSource.transaction(async (manager) => {
          const run = await manager.getRepository(ImportRun).save(
            manager.getRepository(ImportRun).create({
              ...described,
              format: upload.file.format,
              fileName: displayName(upload.clientFileName),
              storageKey: key,
              importedBy: viewer.username,
              importerId: viewer.userId,
              importerRole: viewer.role,
              importerJurisdiction: viewer.jurisdiction.kind === 'site' ? viewer.jurisdiction.siteId : viewer.jurisdiction.code,
              divisionCode: await this.divisionOf(viewer),
            }),
          );
          await this.outbox.add(manager, JobName.VALIDATE_IMPORT, { runId: run.id });
          return run;
        });
      } catch (error) {
        await this.storage.remove(key);
        throw error;
      }
    } finally {
      await this.release(upload.file);
    }
  }

  async receive(content: Readable): Promise<StagedImport> {
    const { staged, sink } = await this.storage.stage();
    const inspector = new ImportInspector(this.config.IMPORT_MAX_BYTES, this.config.IMPORT_MAX_BYTES * UNCOMPRESSED_FACTOR);
    try {
      await pipeline(content, inspector, sink);
    } catch (error) {
      await this.storage.discard(staged);
      throw error;
    }
    return { staged, format: inspector.format };
  }

  release(file: StagedImport): Promise<void> {
    return this.storage.discard(file.staged);
  }

  /** Runs are listed by division: the importer's own, or for site staff their site's county. */
  private async divisionOf(viewer: Viewer): Promise<string> {
    const j = viewer.jurisdiction;
    if (j.kind !== 'site') return j.code;
    const [site] = await this.dataSource.query(`SELECT county_code AS "countyCode" FROM ${REGISTRY_RELATIONS.site} WHERE id = $1`, [j.siteId]);
    return site.countyCode;
  }
}
