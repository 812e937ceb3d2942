/**
 * The national evaluation worked out in plain TypeScript from the fixture's own description,
 * apart from the SQL it checks: the rules of the figure catalog's definitions, read as staff
 * would apply them by hand to each household.
 */
export interface FixtureSite {
  code: string;
  city: string;
  county: string;
  plannedHouseholds: number;
  plannedPersons: number;
}

export interface FixtureHousehold {
  code: string;
  site: string;
  type: 'REGISTERED_POOR' | 'ALONGSIDE';
  beneficiaryCount: number;
  housingArea: number;
  selfFunding: number;
  relocationYear: number;
  movedIn: boolean;
  actuallyResident: boolean;
  exited: boolean;
  mustDemolish: boolean;
  demolished: boolean;
  reclaimed: boolean;
  mainIncomeSource: string | null;
  industry: boolean;
  /** The members who are labour, employed or not (the head first); others are not labour. */
  labour: Array<'employed' | 'unemployed'>;
  /** Evidence kinds uploaded for the household. */
  evidence: string[];
}

export const THRESHOLDS = { areaPerPerson: 25, fundingPerPerson: 2500, fundingPerHousehold: 10000 };

export type Figure = { numerator: number; denominator: number | null; value: number | null };

const round2 = (n: number) => Math.round(n * 100) / 100;
const has = (h: FixtureHousehold, kind: string) => h.evidence.includes(kind);

/** Per household, the facts the figures count. */
function facts(h: FixtureHousehold) {
  const poor = h.type === 'REGISTERED_POOR';
  const overArea = poor && round2(h.housingArea / h.beneficiaryCount) > THRESHOLDS.areaPerPerson;
  const overPerPerson = round2(h.selfFunding / h.beneficiaryCount) > THRESHOLDS.fundingPerPerson;
  const overPerHousehold = h.selfFunding > THRESHOLDS.fundingPerHousehold;
  const demolishedRecognised = h.demolished && has(h, 'DEMOLITION_RECLAMATION_PHOTO');
  return {
    poor,
    recognisedPoor: poor && has(h, 'RELOCATION_APPROVAL_FORM'),
    overArea,
    overPerPerson,
    overPerHousehold,
    residentRecognised: h.movedIn && h.actuallyResident && has(h, 'MOVE_IN_PHOTO'),
    exitRecognised: poor && h.exited && has(h, 'DUAL_CONFIRMATION_FORM'),
    fundingRecognised: h.selfFunding > 0 && has(h, 'SELF_FUNDING_RECEIPT'),
    incomeChannel: h.mainIncomeSource !== null || h.industry || h.labour.includes('employed'),
    hasLabour: h.labour.length > 0,
    labourEmployed: h.labour.includes('employed'),
    demolishedRecognised,
    reclaimedRecognised: demolishedRecognised && h.reclaimed && has(h, 'DEMOLITION_RECLAMATION_PHOTO'),
  };
}

const count = <T>(items: T[], test: (item: T) => boolean) => items.filter(test).length;
const sum = <T>(items: T[], of: (item: T) => number) => items.reduce((total, item) => total + of(item), 0);
const ratio = (numerator: number, denominator: number): Figure => ({ numerator, denominator, value: denominator === 0 ? null : numerator / denominator });
const tally = (numerator: number): Figure => ({ numerator, denominator: null, value: numerator });

/** Every figure of the housing check over some households. */
export function housingFigures(households: FixtureHousehold[]): Record<string, Figure> {
  const rows = households.map((h) => ({ h, f: facts(h) }));
  return {
    AREA_WITHIN_STANDARD: ratio(count(rows, (r) => r.f.poor && !r.f.overArea), count(rows, (r) => r.f.poor)),
    MOVED_IN: ratio(count(rows, (r) => r.h.movedIn), rows.length),
    ACTUALLY_RESIDENT: ratio(count(rows, (r) => r.f.residentRecognised), count(rows, (r) => r.h.movedIn)),
  };
}

/** Every figure of the evaluation for the households and sites of one unit. */
export function referenceFigures(sites: FixtureSite[], households: FixtureHousehold[]): Record<string, Figure> {
  const rows = households.map((h) => ({ h, f: facts(h) }));
  const recognisedPoor = rows.filter((r) => r.f.recognisedPoor);
  const funding = sum(rows, (r) => r.h.selfFunding);
  return {
    POOR_RECOGNISED: ratio(recognisedPoor.length, count(rows, (r) => r.f.poor)),
    PLAN_HOUSEHOLDS: ratio(recognisedPoor.length, sum(sites, (s) => s.plannedHouseholds)),
    PLAN_PERSONS: ratio(sum(recognisedPoor, (r) => r.h.beneficiaryCount), sum(sites, (s) => s.plannedPersons)),
    ALONGSIDE_HOUSEHOLDS: tally(count(rows, (r) => !r.f.poor)),
    ALONGSIDE_PERSONS: tally(sum(rows.filter((r) => !r.f.poor), (r) => r.h.beneficiaryCount)),
    ...housingFigures(households),
    FUNDING_WITHIN_RED_LINES: ratio(count(rows, (r) => !r.f.overPerPerson && !r.f.overPerHousehold), rows.length),
    OVER_PER_PERSON: tally(count(rows, (r) => r.f.overPerPerson)),
    OVER_PER_HOUSEHOLD: tally(count(rows, (r) => r.f.overPerHousehold)),
    SELF_FUNDING_PER_PERSON: ratio(funding, sum(rows, (r) => r.h.beneficiaryCount)),
    SELF_FUNDING_PER_HOUSEHOLD: ratio(funding, rows.length),
    SELF_FUNDING_RECOGNISED: ratio(count(rows, (r) => r.f.fundingRecognised), count(rows, (r) => r.h.selfFunding > 0)),
    POVERTY_EXIT: ratio(count(rows, (r) => r.f.exitRecognised), count(rows, (r) => r.f.poor)),
    INCOME_CHANNEL: ratio(count(rows, (r) => r.f.incomeChannel), rows.length),
    LABOUR_HOUSEHOLD_EMPLOYED: ratio(count(rows, (r) => r.f.labourEmployed), count(rows, (r) => r.f.hasLabour)),
    OLD_HOUSE_DEMOLISHED: ratio(count(rows, (r) => r.h.mustDemolish && r.f.demolishedRecognised), count(rows, (r) => r.h.mustDemolish)),
    LAND_RECLAIMED: ratio(count(rows, (r) => r.f.reclaimedRecognised), count(rows, (r) => r.f.demolishedRecognised)),
  };
}

/** The households over a self-funding red line, by code. */
export function referenceOverLine(households: FixtureHousehold[]): string[] {
  return households.filter((h) => facts(h).overPerPerson || facts(h).overPerHousehold).map((h) => h.code).sort();
}
