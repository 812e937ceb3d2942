import { Injectable } from '@nestjs/common';
import type { Writable } from 'node:stream';
import { forbidden } from '@app/common';
import { Viewer } from '@app/access';
import { EvidenceStorage } from '@app/evidence';
import type { ImportFormat } from '../reading/sheet-reader';
import { ImportRuns } from '../runs/import-runs.service';
import { writeProblemsWorkbook } from './problems-workbook';

/** GET /imports/:id/problems.xlsx: the file itself comes back, so only those who see resident IDs in full get it. */
@Injectable()
export class ImportProblemsDownload {
  constructor(
    private readonly runs: ImportRuns,
    private readonly storage: EvidenceStorage,
  ) {}

  /** Checks access before anything is sent; `write` then streams the workbook. */
  async open(viewer: Viewer, id: string): Promise<{ write: (out: Writable) => Promise<void> }> {
    const run = await this.runs.findVisible(viewer, id);
    if (!viewer.seesFullPersonalData) throw forbidden(`Role ${viewer.role} does not see resident IDs in full, which the uploaded file holds`);
    const problems = await this.runs.problemsOf(viewer, run);
    return {
      write: async (out) => {
        const original = await this.storage.open(run.storageKey);
        try {
          await writeProblemsWorkbook(original, run.format as ImportFormat, problems, out);
        } finally {
          original.destroy();
        }
      },
    };
  }
}
