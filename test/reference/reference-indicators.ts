/**
 * The reference computation: every indicator of the catalog (docs/INDICATORS.md), written in plain
 * TypeScript over the rows of the records as they stood at an instant, apart from the SQL that
 * computes them in production. It reads only the rows; every rule — who is active on a day, who
 * is 16, which claim is recognised, which facility counts — is written here again from the
 * definitions, so a mistake in the SQL shows as a difference.
 */
import type { Pool } from 'pg';
import { IndicatorKey } from '@app/indicators';

export type Level = 'REGION' | 'CITY' | 'COUNTY' | 'SITE';

export interface SiteRow {
  id: string;
  name: string;
  city_code: string;
  county_code: string;
  party_organisation_established: boolean;
  self_governance_established: boolean;
  geohazard_assessed: boolean;
  construction_status: string;
}
export interface HouseholdRow {
  id: string;
  site_id: string;
  beneficiary_count: number;
  moved_in: boolean;
  actually_resident: boolean;
  household_type: string;
  old_house_disposition: string;
  old_house_demolished: boolean;
  land_reclaimed: boolean;
  poverty_status: string;
  self_funding: number;
  property_certificate_issued: boolean;
  hukou_transferred: boolean;
  main_income_source: string | null;
  industry_projects: unknown[];
}
export interface PersonRow {
  household_id: string;
  birth_date: string;
  joined_on: string | null;
  join_reason: string;
  left_on: string | null;
  leave_reason: string | null;
  is_labour: boolean;
  employment: string;
  trainings: unknown[];
  medical_insured: boolean;
  pension_insured: boolean;
  schooling: string;
}
export interface Records {
  sites: SiteRow[];
  facilities: Array<{ site_id: string; kind_code: string; status: string }>;
  households: HouseholdRow[];
  persons: PersonRow[];
  /** Evidence files not rejected at the instant: which subject, which kind. */
  evidence: Array<{ subject_type: string; subject_id: string; kind: string }>;
  /** Household of each red-line violation open at the instant. */
  openViolations: Array<{ household_id: string }>;
}

/**
 * The records at `instant` (null: as they stand now). Plain reads of the rows; the as-of
 * functions only pick each row's version valid then.
 */
export async function readRecords(db: Pool, instant: string | null): Promise<Records> {
  const at = (table: string) => (instant === null ? table : `${table}_as_of($1::timestamptz)`);
  const params = instant === null ? [] : [instant];
  const rows = async <T>(sql: string) => (await db.query(sql, sql.includes('$1') ? params : [])).rows as T[];
  const violationsOpen = instant === null ? `status = 'OPEN'` : `detected_at <= $1::timestamptz AND (resolved_at IS NULL OR resolved_at > $1::timestamptz)`;
  return {
    sites: await rows(`SELECT id::text, name, city_code, county_code, party_organisation_established, self_governance_established,
      geohazard_assessed, construction_status::text FROM ${at('site')}`),
    facilities: await rows(`SELECT site_id::text, kind_code, status::text FROM ${at('site_facility')}`),
    households: await rows(`SELECT id::text, site_id::text, beneficiary_count, moved_in, actually_resident, household_type::text,
      old_house_disposition::text, old_house_demolished, land_reclaimed, poverty_status::text, self_funding::float8 AS self_funding,
      property_certificate_issued, hukou_transferred, main_income_source::text, industry_projects FROM ${at('household')}`),
    persons: await rows(`SELECT household_id::text, birth_date::text, joined_on::text, join_reason::text, left_on::text, leave_reason::text, is_labour, employment::text, trainings,
      medical_insured, pension_insured, schooling::text FROM ${at('person')}`),
    evidence: await rows(`SELECT subject_type::text, subject_id::text, kind::text FROM ${at('evidence')} WHERE rejected_at IS NULL`),
    openViolations: await rows(`SELECT household_id::text FROM redline_violation WHERE ${violationsOpen}`),
  };
}

/** `day` less whole years, as a calendar does it (29 February falls back to the 28th). */
export function yearsBefore(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const last = new Date(Date.UTC(y - years, m, 0)).getUTCDate();
  return `${String(y - years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Stable work (SPEC §4): local, outside the county or the region, a public-welfare post, self-employed. */
const EMPLOYED = new Set(['LOCAL_JOB', 'OUTSIDE_COUNTY', 'OUTSIDE_PROVINCE', 'PUBLIC_WELFARE_POST', 'SELF_EMPLOYED']);

/** SPEC §5: each claim, when it is made, and the evidence kind that recognises it. */
const HOUSEHOLD_CLAIMS: Array<[string, (h: HouseholdRow) => boolean, string]> = [
  ['BENEFICIARY_POPULATION', (h) => h.beneficiary_count > 0, 'RELOCATION_APPROVAL_FORM'],
  ['ACTUALLY_RESIDENT', (h) => h.actually_resident, 'MOVE_IN_PHOTO'],
  ['OLD_HOUSE_DEMOLISHED', (h) => h.old_house_demolished, 'DEMOLITION_RECLAMATION_PHOTO'],
  ['LAND_RECLAIMED', (h) => h.land_reclaimed, 'DEMOLITION_RECLAMATION_PHOTO'],
  ['POVERTY_EXIT', (h) => h.poverty_status === 'EXITED', 'DUAL_CONFIRMATION_FORM'],
  ['SELF_FUNDING', (h) => h.self_funding > 0, 'SELF_FUNDING_RECEIPT'],
];
const SITE_CLAIMS: Array<[string, (s: SiteRow) => boolean, string]> = [
  ['GEOHAZARD_ASSESSMENT', (s) => s.geohazard_assessed, 'GEOHAZARD_ASSESSMENT_REPORT'],
  ['HOUSING_QUALITY_SAFETY', (s) => s.construction_status === 'ACCEPTED', 'COMPLETION_ACCEPTANCE_REPORT'],
];

/** The kinds each coverage indicator counts, in use only (the catalog's one facility rule). */
const COVERAGE_KINDS: Partial<Record<IndicatorKey, string[]>> = {
  [IndicatorKey.SCHOOL_COVERAGE]: ['PRIMARY_SCHOOL', 'MIDDLE_SCHOOL'],
  [IndicatorKey.CLINIC_COVERAGE]: ['CLINIC'],
  [IndicatorKey.COMMUNITY_SERVICE_COVERAGE]: ['SERVICE_HALL'],
  [IndicatorKey.CULTURE_CENTRE_COVERAGE]: ['CULTURE_CENTRE'],
  [IndicatorKey.POLICING_CENTRE_COVERAGE]: ['POLICING_CENTRE'],
};

export type Figures = Record<IndicatorKey, [number, number]>;

const zero = (): Figures => Object.fromEntries(Object.values(IndicatorKey).map((key) => [key, [0, 0]])) as unknown as Figures;

/** Every site's numerators and denominators on `day`, from the records. */
export function siteFigures(records: Records, day: string): Map<string, Figures> {
  const backed = new Set(records.evidence.map((e) => `${e.subject_type}:${e.subject_id}:${e.kind}`));
  const by16 = yearsBefore(day, 16);
  const by6 = yearsBefore(day, 6);
  const personsOf = new Map<string, PersonRow[]>();
  for (const p of records.persons) {
    const active = (p.left_on === null || p.left_on > day) && (p.joined_on === null || p.joined_on <= day);
    if (active) personsOf.set(p.household_id, [...(personsOf.get(p.household_id) ?? []), p]);
  }
  const violationsOf = new Map<string, number>();
  for (const v of records.openViolations) violationsOf.set(v.household_id, (violationsOf.get(v.household_id) ?? 0) + 1);
  const inUse = new Set(records.facilities.filter((f) => f.status === 'IN_USE').map((f) => `${f.site_id}:${f.kind_code}`));

  const result = new Map<string, Figures>();
  for (const s of records.sites) {
    const f = zero();
    const add = (key: IndicatorKey, n: number, d: number) => {
      f[key][0] += n;
      f[key][1] += d;
    };
    const siteRecognised = (claim: string) => {
      const [, made, kind] = SITE_CLAIMS.find(([c]) => c === claim)!;
      return made(s) && backed.has(`SITE:${s.id}:${kind}`);
    };
    for (const [, made, kind] of SITE_CLAIMS) add(IndicatorKey.EVIDENCE_COMPLETENESS, made(s) && backed.has(`SITE:${s.id}:${kind}`) ? 1 : 0, made(s) ? 1 : 0);
    add(IndicatorKey.GEOHAZARD_ASSESSED_RATE, siteRecognised('GEOHAZARD_ASSESSMENT') ? 1 : 0, 1);
    add(IndicatorKey.ACCEPTANCE_RATE, siteRecognised('HOUSING_QUALITY_SAFETY') ? 1 : 0, 1);
    add(IndicatorKey.PARTY_ORGANISATION_RATE, s.party_organisation_established ? 1 : 0, 1);
    add(IndicatorKey.SELF_GOVERNANCE_RATE, s.self_governance_established ? 1 : 0, 1);
    for (const [key, kinds] of Object.entries(COVERAGE_KINDS)) add(key as IndicatorKey, kinds.some((k) => inUse.has(`${s.id}:${k}`)) ? 1 : 0, 1);
    result.set(s.id, f);
  }

  for (const h of records.households) {
    const f = result.get(h.site_id);
    if (!f) continue;
    const add = (key: IndicatorKey, n: number | boolean, d: number | boolean) => {
      f[key][0] += Number(n);
      f[key][1] += Number(d);
    };
    const recognised = (claim: string) => {
      const [, made, kind] = HOUSEHOLD_CLAIMS.find(([c]) => c === claim)!;
      return made(h) && backed.has(`HOUSEHOLD:${h.id}:${kind}`);
    };
    for (const [claim, made] of HOUSEHOLD_CLAIMS) add(IndicatorKey.EVIDENCE_COMPLETENESS, recognised(claim), made(h));
    const persons = personsOf.get(h.id) ?? [];
    const labour = persons.filter((p) => p.is_labour);
    const employedLabour = labour.filter((p) => EMPLOYED.has(p.employment));
    const beneficiaries = recognised('BENEFICIARY_POPULATION') ? h.beneficiary_count : 0;
    const demolished = recognised('OLD_HOUSE_DEMOLISHED');
    const pensionAge = persons.filter((p) => p.birth_date <= by16 && p.schooling !== 'IN_SCHOOL');
    const schoolAge = persons.filter((p) => p.birth_date <= by6 && p.birth_date > by16);

    add(IndicatorKey.MOVE_IN_RATE, h.moved_in ? beneficiaries : 0, beneficiaries);
    add(IndicatorKey.ACTUAL_RESIDENCE_RATE, h.moved_in && recognised('ACTUALLY_RESIDENT'), h.moved_in);
    add(IndicatorKey.DEMOLITION_RATE, h.old_house_disposition === 'MUST_DEMOLISH' && demolished, h.old_house_disposition === 'MUST_DEMOLISH');
    add(IndicatorKey.RECLAMATION_RATE, demolished && recognised('LAND_RECLAIMED'), demolished);
    add(IndicatorKey.POVERTY_EXIT_RATE, h.household_type === 'REGISTERED_POOR' && recognised('POVERTY_EXIT'), h.household_type === 'REGISTERED_POOR');
    add(IndicatorKey.PROPERTY_CERTIFICATE_RATE, h.moved_in && h.property_certificate_issued, h.moved_in);
    add(IndicatorKey.HUKOU_TRANSFER_RATE, h.moved_in && h.hukou_transferred, h.moved_in);
    add(IndicatorKey.EMPLOYMENT_COVERAGE, labour.length > 0 && employedLabour.length > 0, labour.length > 0);
    add(IndicatorKey.LABOUR_EMPLOYMENT_RATE, employedLabour.length, labour.length);
    const incomeChannel = h.main_income_source !== null || h.industry_projects.length > 0 || persons.some((p) => EMPLOYED.has(p.employment));
    add(IndicatorKey.INCOME_CHANNEL_COVERAGE, incomeChannel, 1);
    add(IndicatorKey.MEDICAL_INSURANCE_RATE, persons.filter((p) => p.medical_insured).length, persons.length);
    add(IndicatorKey.PENSION_INSURANCE_RATE, pensionAge.filter((p) => p.pension_insured).length, pensionAge.length);
    add(IndicatorKey.COMPULSORY_EDUCATION_RATE, schoolAge.filter((p) => p.schooling === 'IN_SCHOOL').length, schoolAge.length);
    add(IndicatorKey.REDLINE_VIOLATIONS, violationsOf.get(h.id) ?? 0, 0);
    add(IndicatorKey.INDUSTRY_SUPPORT_COVERAGE, h.industry_projects.length > 0, 1);
    add(IndicatorKey.SKILLS_TRAINING_COVERAGE, labour.filter((p) => p.trainings.length > 0).length, labour.length);
  }
  return result;
}

export interface ReferenceRow {
  unitCode: string;
  level: Level;
  parentCode: string | null;
  indicator: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  rankInParent: number | null;
  rankInRegion: number | null;
}

const COUNTS = new Set<string>([IndicatorKey.REDLINE_VIOLATIONS]);
const LOWER_IS_BETTER = new Set<string>([IndicatorKey.REDLINE_VIOLATIONS]);

/** Competition ranks (1, 2, 2, 4), best first, units without a value after every unit with one. */
function rank(rows: ReferenceRow[], better: (a: number, b: number) => boolean): Map<ReferenceRow, number> {
  const ranks = new Map<ReferenceRow, number>();
  for (const row of rows) {
    const ahead = rows.filter((other) => (row.value === null ? other.value !== null : other.value !== null && better(other.value, row.value))).length;
    ranks.set(row, ahead + 1);
  }
  return ranks;
}

/**
 * Every unit's rows as a monthly report has them: the sums of its sites' figures for every
 * indicator (a count without denominator), the weighted composite, and both ranks.
 */
export function reportRows(records: Records, figures: Map<string, Figures>, weights: Record<string, number>): ReferenceRow[] {
  const units = new Map<string, { level: Level; parentCode: string | null; figures: Figures }>();
  const addTo = (code: string, level: Level, parentCode: string | null, f: Figures) => {
    const unit = units.get(code) ?? { level, parentCode, figures: zero() };
    for (const key of Object.values(IndicatorKey)) {
      unit.figures[key][0] += f[key][0];
      unit.figures[key][1] += f[key][1];
    }
    units.set(code, unit);
  };
  addTo('450000', 'REGION', null, zero());
  for (const s of records.sites) {
    const f = figures.get(s.id)!;
    addTo(s.id, 'SITE', s.county_code, f);
    addTo(s.county_code, 'COUNTY', s.city_code, f);
    addTo(s.city_code, 'CITY', '450000', f);
    addTo('450000', 'REGION', null, f);
  }
  const rows: ReferenceRow[] = [];
  for (const [unitCode, unit] of units) {
    let weighted = 0;
    let total = 0;
    for (const key of Object.values(IndicatorKey)) {
      const [n, d] = unit.figures[key];
      const count = COUNTS.has(key);
      const value = count ? n : d === 0 ? null : n / d;
      rows.push({ unitCode, level: unit.level, parentCode: unit.parentCode, indicator: key, numerator: n, denominator: count ? null : d, value, rankInParent: null, rankInRegion: null });
      const weight = weights[key] ?? 0;
      if (value !== null && weight > 0) {
        weighted += weight * value;
        total += weight;
      }
    }
    const composite = total === 0 ? null : weighted / total;
    rows.push({ unitCode, level: unit.level, parentCode: unit.parentCode, indicator: 'COMPOSITE', numerator: null, denominator: null, value: composite, rankInParent: null, rankInRegion: null });
  }
  const groups = (key: (row: ReferenceRow) => string) => {
    const map = new Map<string, ReferenceRow[]>();
    for (const row of rows.filter((r) => r.level !== 'REGION')) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
    return map.values();
  };
  const better = (indicator: string) => (LOWER_IS_BETTER.has(indicator) ? (a: number, b: number) => a < b : (a: number, b: number) => a > b);
  for (const group of groups((r) => `${r.level}|${r.parentCode}|${r.indicator}`)) {
    for (const [row, r] of rank(group, better(group[0].indicator))) row.rankInParent = r;
  }
  for (const group of groups((r) => `${r.level}|${r.indicator}`)) {
    for (const [row, r] of rank(group, better(group[0].indicator))) row.rankInRegion = r;
  }
  return rows;
}

/**
 * Every unit's deaths and additions (persons who joined other than as original members) from
 * `firstDay` to `lastDay`, counted at the site of their household as the records stand in
 * `records`, and summed into its county, city and the region: a monthly report's unit summaries.
 */
export function monthPopulation(records: Records, firstDay: string, lastDay: string): Map<string, { deceased: number; added: number }> {
  const within = (day: string | null) => day !== null && day >= firstDay && day <= lastDay;
  const sites = new Map(records.sites.map((s) => [s.id, s]));
  const siteOf = new Map(records.households.map((h) => [h.id, sites.get(h.site_id)]));
  const units = new Map<string, { deceased: number; added: number }>();
  for (const p of records.persons) {
    const site = siteOf.get(p.household_id);
    const deceased = p.leave_reason === 'DEATH' && within(p.left_on) ? 1 : 0;
    const added = p.join_reason !== 'ORIGINAL_MEMBER' && within(p.joined_on) ? 1 : 0;
    if (!site || deceased + added === 0) continue;
    for (const code of [site.id, site.county_code, site.city_code, '450000']) {
      const unit = units.get(code) ?? { deceased: 0, added: 0 };
      units.set(code, { deceased: unit.deceased + deceased, added: unit.added + added });
    }
  }
  return units;
}
