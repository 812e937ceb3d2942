import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { notFound } from '@app/common';
import { Viewer } from '@app/access';
import { assertExchangesRosters } from '@app/registry';
import { HOUSEHOLDS_KIND, ImportRun } from '../runs/import-run.entity';
import { ImportRuns } from '../runs/import-runs.service';
import { ExchangeEntry, ExchangeOutcome } from './exchange-entry.entity';

/** Exchanges as their viewers may see them: region and city staff, for runs of their jurisdiction. */
@Injectable()
export class ExchangeRuns {
  constructor(
    private readonly runs: ImportRuns,
    @InjectRepository(ExchangeEntry) private readonly entries: Repository<ExchangeEntry>,
  ) {}

  async findVisible(viewer: Viewer, id: string): Promise<ImportRun> {
    assertExchangesRosters(viewer);
    const run = await this.runs.findVisible(viewer, id);
    if (run.kind === HOUSEHOLDS_KIND) throw notFound('ExchangeRun', id);
    return run;
  }

  /** Entries in roster order, of the given outcomes (all when none). */
  entriesOf(run: ImportRun, outcomes: ExchangeOutcome[] | null, limit: number, offset = 0): Promise<ExchangeEntry[]> {
    return this.entries.find({ where: { runId: run.id, ...(outcomes?.length ? { outcome: In(outcomes) } : {}) }, order: { seq: 'ASC' }, take: limit, skip: offset });
  }
}
