import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { badInput, DivisionCode, maskResidentId, notFound } from '@app/common';
import { Viewer } from '@app/access';
import { UUID_PATTERN } from '@app/registry';
import { ImportProblem } from './import-problem.entity';
import { HOUSEHOLDS_KIND, ImportRun } from './import-run.entity';

/** Columns whose values are resident IDs, shown masked to whoever may not see them in full. */
const RESIDENT_ID_COLUMNS = new Set(['户主身份证号', '身份证号']);
const LIST_LIMIT = 100;

/** Runs as their viewers may see them: the importer, and staff whose jurisdiction holds the run's division. */
@Injectable()
export class ImportRuns {
  constructor(
    @InjectRepository(ImportRun) private readonly runs: Repository<ImportRun>,
    @InjectRepository(ImportProblem) private readonly problems: Repository<ImportProblem>,
  ) {}

  /** A register import by default; an exchange (a roster run) when `exchange`: neither answers for the other. */
  async findVisible(viewer: Viewer, id: string, exchange = false): Promise<ImportRun> {
    const run = UUID_PATTERN.test(id) ? await this.runs.findOneBy({ id }) : null;
    if (!run || (run.kind !== HOUSEHOLDS_KIND) !== exchange || !this.sees(viewer, run)) throw notFound(exchange ? 'ExchangeRun' : 'ImportRun', id);
    return run;
  }

  /** The latest runs (imports, or exchanges when `exchange`) of a division and the divisions inside it (site staff: only their own). */
  async list(viewer: Viewer, divisionCode: string, exchange = false): Promise<ImportRun[]> {
    const division = DivisionCode.tryParse(divisionCode);
    if (!division) throw badInput([{ field: 'divisionCode', reason: 'is not a division code' }]);
    const query = this.runs.createQueryBuilder('run').orderBy('run.created_at', 'DESC').limit(LIST_LIMIT);
    const prefix = division.value.replace(/(00)+$/, '');
    query.where('run.division_code LIKE :prefix', { prefix: `${prefix}%` }).andWhere(exchange ? 'run.kind <> :kind' : 'run.kind = :kind', { kind: HOUSEHOLDS_KIND });
    if (viewer.jurisdiction.kind === 'site') query.andWhere('run.importer_id = :me', { me: viewer.userId });
    else if (!viewer.seesDivision(division.value)) throw notFound('Division', divisionCode);
    return query.getMany();
  }

  async problemsOf(viewer: Viewer, run: ImportRun): Promise<ImportProblem[]> {
    const problems = await this.problems.find({ where: { runId: run.id }, order: { id: 'ASC' } });
    if (viewer.seesFullPersonalData) return problems;
    return problems.map((problem) => (problem.column && RESIDENT_ID_COLUMNS.has(problem.column) && problem.value ? { ...problem, value: maskResidentId(problem.value) } : problem));
  }

  private sees(viewer: Viewer, run: ImportRun): boolean {
    return run.importerId === viewer.userId || (viewer.jurisdiction.kind !== 'site' && viewer.seesDivision(run.divisionCode));
  }
}
