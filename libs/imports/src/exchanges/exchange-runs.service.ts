import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Viewer } from '@app/access';
import { assertExchangesRosters } from '@app/registry';
import { ImportRun } from '../runs/import-run.entity';
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
    return this.runs.findVisible(viewer, id, true);
  }

  /** The latest 100 exchanges of a division and the divisions inside it, newest first. */
  list(viewer: Viewer, divisionCode: string): Promise<ImportRun[]> {
    assertExchangesRosters(viewer);
    return this.runs.list(viewer, divisionCode, true);
  }

  /** Entries in roster order, of the given outcomes (all when none). */
  entriesOf(run: ImportRun, outcomes: ExchangeOutcome[] | null, limit: number, offset = 0): Promise<ExchangeEntry[]> {
    return this.entries.find({ where: { runId: run.id, ...(outcomes?.length ? { outcome: In(outcomes) } : {}) }, order: { seq: 'ASC' }, take: limit, skip: offset });
  }
}
