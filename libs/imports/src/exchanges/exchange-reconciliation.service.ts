import { Injectable } from '@nestjs/common';
import type { Writable } from 'node:stream';
import { Viewer } from '@app/access';
import { ExchangeRuns } from './exchange-runs.service';
import { ENTRY_PAGE, writeReconciliationWorkbook } from './reconciliation-workbook';

/** GET /exchanges/:id/reconciliation.xlsx: checks access before anything is sent; `write` then streams it. */
@Injectable()
export class ExchangeReconciliation {
  constructor(private readonly runs: ExchangeRuns) {}

  async open(viewer: Viewer, id: string): Promise<{ write: (out: Writable) => Promise<void> }> {
    const run = await this.runs.findVisible(viewer, id);
    return {
      write: (out) => writeReconciliationWorkbook(run, (outcomes, offset) => this.runs.entriesOf(run, outcomes, ENTRY_PAGE, offset), viewer.seesFullPersonalData, out),
    };
  }
}
