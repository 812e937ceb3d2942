import { randomUUID } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { FieldProblem } from '@app/common';
import { AddPersonInput, CreateHouseholdInput, householdConsistencyProblems, parseResidentId, personConsistencyProblems, Relation } from '@app/registry';
import { readCell } from '../cell-values';
import { HOUSEHOLD_COLUMNS, PERSON_COLUMNS } from '../columns';
import { ImportRowKind } from '../runs/import-row.entity';
import { displayValue, Problem } from './import-problem';
import { consistencyProblems, inputProblems } from './reasons';
import { SheetLayout } from './sheet-layout';

/** Stands for a reference resolved at the end (site, household), so the input rules can run per row. */
const PLACEHOLDER_ID = randomUUID();

interface RowOrigin {
  sheet: string;
  row: number;
  /**
   * Column header → raw cell, for the problems found about the row: every cell while the row is
   * judged, then only those the checks at the end of the file may name (FINISH_CHECKED_HEADERS).
   */
  raw: Record<string, unknown>;
}

/** What the end of the file still needs of a row whose input went to the sink. */
interface StoredOrigin extends RowOrigin {
  seq: number;
}

export interface HouseholdRow extends StoredOrigin {
  code: string;
  siteCode: string;
  headIdNumber: string;
}

export interface PersonRow extends StoredOrigin {
  householdCode: string;
  idNumber: string;
  relation: Relation;
}

/** What the registry holds for the codes and ID numbers a file names (the importer's view of it). */
export interface RegistryLookups {
  /** Sites the importer may write to, by code. */
  sites(codes: string[]): Promise<Map<string, { id: string }>>;
  /** Households by code, wherever they are; `writable` when the importer may write to them. */
  households(codes: string[]): Promise<Map<string, { id: string; siteId: string; siteCode: string; headIdNumber: string; writable: boolean }>>;
  /** Persons who have not left, by ID number, with their household's code. */
  activePersons(idNumbers: string[]): Promise<Map<string, { id: string; householdCode: string }>>;
}

/** A row that passed its own checks, handed to the sink as it streams past (in file order, `seq`). */
export interface StoredRow {
  seq: number;
  sheet: string;
  row: number;
  kind: ImportRowKind;
  householdCode: string;
  /** The input the commit writes, as JSON (a household's without its site, named at the end). */
  inputJson: string;
}

/** Where rows go as they pass: the file is never held whole (a city's file has 177,000 rows). */
export interface RowSink {
  store(row: StoredRow): Promise<void>;
}

/** What the end of the file adds to a stored row: the record it updates, a household's site. */
export interface RowResolution {
  seq: number;
  targetId: string | null;
  siteId: string | null;
}

export interface SessionOutcome {
  problems: Problem[];
  /** One per stored row when there are no problems; the stored rows are then the import. */
  resolutions: RowResolution[];
  rowsValid: number;
  preview: { householdsCreated: number; householdsUpdated: number; personsCreated: number; personsUpdated: number };
}

const HEADER_OF: Record<string, string> = {
  ...Object.fromEntries([...HOUSEHOLD_COLUMNS, ...PERSON_COLUMNS].map((column) => [column.field, column.header])),
  siteId: '安置点编码',
  householdId: '户编码',
};
const SITE_HEADER = HEADER_OF.siteCode;
const HOUSEHOLD_CODE_HEADER = HEADER_OF.householdCode;
/** The columns the checks at the end of the file may name: only their cells are kept past a row. */
const FINISH_CHECKED_HEADERS = new Set([SITE_HEADER, HOUSEHOLD_CODE_HEADER, HEADER_OF.code, HEADER_OF.headIdNumber, HEADER_OF.idNumber, HEADER_OF.relation]);

/**
 * One file's validation: each row is read and judged by the registry's own input and
 * cross-field rules as it streams past; what needs the whole file or the database (duplicates,
 * site codes, existing households and persons) is judged at the end, in a few batched lookups.
 */
export class ImportSession {
  readonly problems: Problem[] = [];
  private readonly households: HouseholdRow[] = [];
  private readonly persons: PersonRow[] = [];
  private readonly failedRows = new Set<string>();
  private readonly householdCodes = new Map<string, RowOrigin>();
  private readonly problemCells = new Set<string>();
  private readonly idNumbers = new Map<string, RowOrigin>();
  private stored = 0;
  rowsRead = 0;

  constructor(private readonly sink: RowSink) {}

  /** Reads and judges one data row of a sheet laid out as `layout`. */
  async addRow(sheet: string, rowNumber: number, cells: readonly unknown[], layout: SheetLayout): Promise<void> {
    this.rowsRead += 1;
    const origin: RowOrigin = { sheet, row: rowNumber, raw: {} };
    const values: Record<string, unknown> = {};
    for (const [column, index] of layout.positions) {
      const raw = cells[index];
      origin.raw[column.header] = raw;
      const reading = readCell(raw, column.kind);
      if (reading.ok) values[column.field] = reading.value;
      else this.problem(origin, column.header, reading.reason);
    }
    if (layout.kind === 'HOUSEHOLD') await this.addHousehold(origin, values);
    else await this.addPerson(origin, values);
  }

  private async addHousehold(origin: RowOrigin, values: Record<string, unknown>): Promise<void> {
    const { siteCode, ...fields } = values;
    if (!siteCode) this.problem(origin, SITE_HEADER, '为必填项，不得为空');
    const input = plainToInstance(CreateHouseholdInput, { ...fields, siteId: PLACEHOLDER_ID });
    const problems = inputProblems(await validate(input));
    if (problems.length === 0) problems.push(...consistencyProblems(householdConsistencyProblems(input)));
    this.fieldProblems(origin, problems);
    const code = input.code;
    if (typeof code === 'string' && code) {
      const earlier = this.householdCodes.get(code);
      if (earlier) this.problem(origin, HEADER_OF.code, `户编码与${where(earlier)}重复`);
      else this.householdCodes.set(code, origin);
    }
    this.claimIdNumber(origin, input.headIdNumber, HEADER_OF.headIdNumber);
    settle(origin);
    if (!this.failed(origin)) {
      const { siteId: _placeholder, ...rest } = { ...input };
      const seq = await this.store(origin, ImportRowKind.HOUSEHOLD, code, rest);
      this.households.push({ ...origin, seq, code, siteCode: String(siteCode), headIdNumber: input.headIdNumber });
    }
  }

  private async addPerson(origin: RowOrigin, values: Record<string, unknown>): Promise<void> {
    const { householdCode, ...fields } = values;
    if (!householdCode) this.problem(origin, HOUSEHOLD_CODE_HEADER, '为必填项，不得为空');
    // Gender and birth date left blank are the ones the resident ID gives; given, they must agree with it.
    const parsed = typeof fields.idNumber === 'string' ? parseResidentId(fields.idNumber) : null;
    if (parsed?.ok) {
      fields.gender ??= parsed.value.gender;
      fields.birthDate ??= parsed.value.birthDate;
    }
    const input = plainToInstance(AddPersonInput, { ...fields, householdId: PLACEHOLDER_ID });
    const problems = inputProblems(await validate(input));
    if (problems.length === 0) problems.push(...consistencyProblems(personConsistencyProblems(input)));
    this.fieldProblems(origin, problems);
    settle(origin);
    if (!this.failed(origin)) {
      const { householdId: _placeholder, ...rest } = { ...input };
      const seq = await this.store(origin, ImportRowKind.PERSON, String(householdCode), rest);
      this.persons.push({ ...origin, seq, householdCode: String(householdCode), idNumber: input.idNumber, relation: input.relation });
    }
  }

  /**
   * The checks that need the whole file and the registry; without problems, what each stored row
   * writes to (the household or person it updates, a household's site).
   */
  async finish(lookups: RegistryLookups): Promise<SessionOutcome> {
    const sites = await lookups.sites([...new Set(this.households.map((h) => h.siteCode))]);
    const fileCodes = new Set(this.households.map((h) => h.code));
    const referenced = [...new Set([...fileCodes, ...this.persons.map((p) => p.householdCode)])];
    const existing = await lookups.households(referenced);
    const people = await lookups.activePersons([...new Set([...this.households.map((h) => h.headIdNumber), ...this.persons.map((p) => p.idNumber)])]);
    const preview = { householdsCreated: 0, householdsUpdated: 0, personsCreated: 0, personsUpdated: 0 };
    const resolutions: RowResolution[] = [];

    const headOf = new Map<string, string>();
    for (const household of this.households) {
      const site = sites.get(household.siteCode);
      const current = existing.get(household.code);
      if (!site) this.problem(household, SITE_HEADER, '安置点编码不存在，或该安置点不在您的辖区内');
      else if (current && (current.siteId !== site.id || !current.writable)) {
        this.problem(household, HEADER_OF.code, `户编码已被其他安置点${current.writable ? `（${current.siteCode}）` : ''}的搬迁户使用`);
      } else {
        const holder = people.get(household.headIdNumber);
        if (holder && holder.householdCode !== household.code) this.problem(household, HEADER_OF.headIdNumber, '已登记在其他搬迁户且未减少');
      }
      headOf.set(household.code, household.headIdNumber);
      if (this.failed(household) || !site) continue;
      if (current) preview.householdsUpdated += 1;
      else preview.householdsCreated += 1;
      resolutions.push({ seq: household.seq, targetId: current?.id ?? null, siteId: site.id });
    }
    for (const person of this.persons) {
      const inFile = fileCodes.has(person.householdCode);
      const current = existing.get(person.householdCode);
      if (!inFile && (!current || !current.writable)) {
        this.problem(person, HOUSEHOLD_CODE_HEADER, '户编码在本文件的搬迁户表和系统中都不存在，或不在您的辖区内');
        continue;
      }
      const headId = headOf.get(person.householdCode) ?? current?.headIdNumber;
      const isHead = person.idNumber === headId;
      if (person.relation === Relation.HEAD && !isHead) this.problem(person, HEADER_OF.relation, '户主须与搬迁户的户主身份证号一致');
      if (person.relation !== Relation.HEAD && isHead) this.problem(person, HEADER_OF.relation, '该身份证号是本户户主，与户主关系应为“户主”');
      if (!isHead) this.claimIdNumber(person, person.idNumber, HEADER_OF.idNumber);
      const holder = people.get(person.idNumber);
      if (holder && holder.householdCode !== person.householdCode) this.problem(person, HEADER_OF.idNumber, '已登记在其他搬迁户且未减少');
      if (this.failed(person)) continue;
      // The head of a new household is created with it: their row completes a new person.
      if (holder) preview.personsUpdated += 1;
      else preview.personsCreated += 1;
      resolutions.push({ seq: person.seq, targetId: holder?.id ?? null, siteId: null });
    }
    return { problems: this.problems, resolutions: this.problems.length === 0 ? resolutions : [], rowsValid: this.rowsRead - this.failedRows.size, preview };
  }

  private async store(origin: RowOrigin, kind: ImportRowKind, householdCode: string, input: object): Promise<number> {
    const seq = this.stored++;
    await this.sink.store({ seq, sheet: origin.sheet, row: origin.row, kind, householdCode, inputJson: JSON.stringify(input) });
    return seq;
  }

  /** A resident ID may appear once in a file (a head may appear again as their household's head row). */
  private claimIdNumber(origin: RowOrigin, idNumber: string | undefined, header: string): void {
    if (!idNumber) return;
    const earlier = this.idNumbers.get(idNumber);
    if (earlier && (earlier.sheet !== origin.sheet || earlier.row !== origin.row)) this.problem(origin, header, `身份证号与${where(earlier)}重复`);
    else this.idNumbers.set(idNumber, origin);
  }

  private fieldProblems(origin: RowOrigin, problems: FieldProblem[]): void {
    for (const problem of problems) this.problem(origin, HEADER_OF[problem.field] ?? problem.field, problem.reason);
  }

  private problem(origin: RowOrigin, column: string, reason: string): void {
    const key = `${origin.sheet}\u0000${origin.row}`;
    // One reason per cell is enough to fix it; the first rule that failed is the most basic.
    const cell = `${key}\u0000${column}`;
    if (this.problemCells.has(cell)) return;
    this.problemCells.add(cell);
    this.failedRows.add(key);
    this.problems.push({ sheet: origin.sheet, row: origin.row, column, value: displayValue(origin.raw[column]), reason });
  }

  private failed(origin: RowOrigin): boolean {
    return this.failedRows.has(`${origin.sheet}\u0000${origin.row}`);
  }
}

/**
 * A row judged on its own keeps only the cells the end of the file may still name (its input has
 * gone to the sink): what the end of the file checks over all rows (duplicates, the registry) is
 * held until then, and every row with every cell and its input took the worker past its 320 MB
 * heap at 177,000 rows.
 */
function settle(origin: RowOrigin): void {
  origin.raw = Object.fromEntries(Object.entries(origin.raw).filter(([header]) => FINISH_CHECKED_HEADERS.has(header)));
}

const where = (origin: RowOrigin): string => `“${origin.sheet}”第 ${origin.row} 行`;
