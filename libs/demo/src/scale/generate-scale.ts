import { Client } from 'pg';
import { EVIDENCE_RELATION } from '@app/evidence';
import { REGISTRY_HISTORY as H, REGISTRY_RELATIONS as R } from '@app/registry';
import { clientDatabase, SESSION_OPTIONS } from '@app/db';
import { SiteFiguresRefresher } from '@app/indicators';
import { DEMO_COUNTIES } from '../counties';
import { addDays, officeTimestamp, randomDate } from '../dates';
import { Correction, ENTRY_DAYS, canSlipAcrossRedLine, slipCorrection } from '../history';
import { HouseholdContext, generateHousehold, householdContext, originCluster, plantRedLineCrossing } from '../households';
import { OriginVillage, loadOriginVillages } from '../origin-villages';
import { Rng } from '../prng';
import { SequentialResidentIds } from '../resident-ids';
import { HouseholdRow } from '../rows';
import { SitePlan, finishSitePlan, planSites } from '../sites';
import { CopySink } from './copy-sink';
import { EvidencePlanner } from './evidence-rows';
import { dropForLoad, restoreAfterLoad, withClient } from './load-schema';
import { householdVersions, period, personVersions, siteVersions } from './record-versions';
import { RecordIds } from './record-ids';
import { openRedlineViolations } from './redline-violations';
import { DivisionRow, planScaleCounties } from './scale-counties';
import { SCALE_SHAPES, ScaleName } from './scale-shapes';

export interface ScaleOptions {
  scale: ScaleName;
  seed: number;
  /** YYYY-MM-DD; the records' year of history ends the day before. */
  today: string;
  log?: (line: string) => void;
}

export interface ScaleSummary {
  scale: ScaleName;
  seed: number;
  today: string;
  rows: Record<string, number>;
  redline_crossings: number;
  corrected_crossings: number;
  /** Rows written to redline_violation; null when that table does not exist yet. */
  redline_violations: number | null;
  seconds: { copy: number; indexes: number; redlines: number; analyze: number; figures: number };
}

/** Loaded by COPY, in this order of connections; history tables are written directly, not by the triggers. */
const TABLES = [
  R.site,
  H.site,
  R.siteFacility,
  R.household,
  H.household,
  R.person,
  H.person,
  EVIDENCE_RELATION,
  `${EVIDENCE_RELATION}_history`,
] as const;
type Table = (typeof TABLES)[number];

/** Who entered the records: the county data-entry staff of the 精准核实 campaign. */
const ACTOR = 'data-entry';
/** Share of clean registered-poor households whose first entry had a typing slip crossing a red line, corrected later. */
const CORRECTED_SHARE = 0.002;

const seconds = (since: number) => Math.round((Date.now() - since) / 100) / 10;

async function relocationCounties(client: Client): Promise<DivisionRow[]> {
  const { rows } = await client.query<DivisionRow>(
    `SELECT c.code, c.name, p.name AS "cityName" FROM ${R.division} c JOIN ${R.division} p ON p.code = c.parent_code
      WHERE c.level = 'COUNTY' AND c.has_relocation_task ORDER BY c.code`,
  );
  if (rows.length === 0) throw new Error('no county has relocation work: have the migrations run?');
  return rows;
}

/** A slip at entry (an extra zero in the self-funding, an inflated area), corrected weeks or months later. */
function plannedCorrection(rng: Rng, h: HouseholdRow, entryDay: string, lastDay: string): Correction | undefined {
  if (!canSlipAcrossRedLine(h) || !rng.chance(CORRECTED_SHARE)) return undefined;
  const correctedOn = randomDate(rng, addDays(entryDay, 20), addDays(lastDay, -10));
  return slipCorrection(h, rng.chance(2 / 3) ? 'self_funding' : 'housing_area', correctedOn);
}

/**
 * Builds a benchmark dataset shaped as SPEC §11 describes into an empty, migrated database,
 * streaming every row through COPY as it is generated: memory use does not grow with the
 * scale. Households and persons come from the demo's generator (one random stream per
 * household), so the national dataset is a larger demo, not a different kind of data.
 */
export async function generateScaleDataset(url: string, options: ScaleOptions): Promise<ScaleSummary> {
  const log = options.log ?? (() => undefined);
  const shape = SCALE_SHAPES[options.scale];
  const rng = new Rng(options.seed);

  const { counties, villages, facilityKinds } = await withClient(url, async (client) => {
    const { rows: existing } = await client.query(`SELECT EXISTS (SELECT 1 FROM ${R.site}) OR EXISTS (SELECT 1 FROM ${R.household}) AS used`);
    if (existing[0].used) throw new Error('the database already has sites or households: generate into an empty one');
    const kinds = new Set((await client.query<{ code: string }>(`SELECT code FROM ${R.facilityKind}`)).rows.map((r) => r.code));
    if (shape.name === 'demo') return { counties: DEMO_COUNTIES, villages: loadOriginVillages(DEMO_COUNTIES.map((c) => c.code)), facilityKinds: kinds };
    const divisions = await relocationCounties(client);
    const byCounty = loadOriginVillages(divisions.map((d) => d.code));
    return { counties: planScaleCounties(rng.fork('counties'), shape, divisions, byCounty), villages: byCounty, facilityKinds: kinds };
  });
  const plans = planSites(rng.fork('sites'), counties, options.today);
  const ids = new RecordIds(options.seed);
  for (const plan of plans) {
    // The sites' jitter is for the demo's hand-drawn sizes; the scales' sizes already sum to the target.
    if (shape.name !== 'demo') plan.householdTarget = plan.blueprint.households;
    plan.row.id = ids.next();
    for (const facility of plan.facilities) facility.site_id = plan.row.id;
  }
  log(`planned ${plans.length} sites in ${counties.length} counties, ${plans.reduce((n, p) => n + p.householdTarget, 0)} households`);

  const dropped = await withClient(url, (client) => dropForLoad(client, TABLES));
  const copyStarted = Date.now();
  const sinks = Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await CopySink.open(url, t)]))) as Record<Table, CopySink>;
  let crossings = 0;
  let corrections = 0;
  try {
    const writer = new SiteWriter(rng, ids, options.today, shape.originalSizes, sinks, facilityKinds, villages);
    for (const [i, plan] of plans.entries()) {
      const written = writer.write(plan);
      crossings += written.crossings;
      corrections += written.corrections;
      await Promise.all(TABLES.map((t) => sinks[t].flush()));
      if ((i + 1) % Math.max(1, Math.floor(plans.length / 20)) === 0) log(`  ${i + 1}/${plans.length} sites, ${sinks.person.rows} persons (${seconds(copyStarted)} s)`);
    }
  } catch (error) {
    await Promise.all(TABLES.map((t) => sinks[t].abort()));
    throw error;
  }
  const rows: Record<string, number> = {};
  for (const t of TABLES) rows[t] = await sinks[t].finish();
  const copySeconds = seconds(copyStarted);
  log(`copied in ${copySeconds} s: ${JSON.stringify(rows)}`);

  const indexStarted = Date.now();
  log('rebuilding keys, indexes and foreign keys');
  await restoreAfterLoad(url, dropped, 2, log);
  const indexSeconds = seconds(indexStarted);

  const redlineStarted = Date.now();
  const violations = await withClient(url, (client) => openRedlineViolations(clientDatabase(client)));
  const redlineSeconds = seconds(redlineStarted);

  const analyzeStarted = Date.now();
  await withClient(url, (client) => client.query(`ANALYZE`));
  const analyzeSeconds = seconds(analyzeStarted);

  // The load bypassed the triggers that mark sites for the live indicators: compute them all.
  const figuresStarted = Date.now();
  await withClient(url, (client) => new SiteFiguresRefresher(clientDatabase(client)).rebuildAll(), SESSION_OPTIONS);
  log(`computed the live indicators' per-site figures in ${seconds(figuresStarted)} s`);
  return {
    scale: shape.name,
    seed: options.seed,
    today: options.today,
    rows,
    redline_crossings: crossings,
    corrected_crossings: corrections,
    redline_violations: violations,
    seconds: { copy: copySeconds, indexes: indexSeconds, redlines: redlineSeconds, analyze: analyzeSeconds, figures: seconds(figuresStarted) },
  };
}

/** Generates one site with its households, persons, versions and evidence, into the sinks. */
class SiteWriter {
  private readonly ctx: HouseholdContext;
  private readonly residentIds = new SequentialResidentIds();
  private readonly households: Rng;
  private readonly history: Rng;
  private readonly evidence: EvidencePlanner;

  constructor(
    rng: Rng,
    private readonly ids: RecordIds,
    today: string,
    originalSizes: Parameters<typeof householdContext>[1],
    private readonly sinks: Record<Table, CopySink>,
    private readonly facilityKinds: ReadonlySet<string>,
    private readonly villages: ReadonlyMap<string, readonly OriginVillage[]>,
  ) {
    this.ctx = householdContext(today, originalSizes);
    this.households = rng.fork('households');
    this.history = rng.fork('history');
    this.evidence = new EvidencePlanner(rng.fork('evidence'), this.ctx.lastEventDay, () => ids.next());
  }

  write(plan: SitePlan): { crossings: number; corrections: number } {
    const { ctx, sinks } = this;
    const code = plan.row.code;
    const siteRng = this.households.fork(`households-${code}`);
    const cluster = originCluster(siteRng, plan, this.villages.get(plan.county.code) ?? []);
    const entryRng = this.history.fork(`entry-${code}`);
    const entryDay = addDays(ctx.windowStart, entryRng.int(0, ENTRY_DAYS - 1));
    const entry = { day: entryDay, at: officeTimestamp(entryRng, entryDay) };
    const reviewer = `city-${plan.row.city_code}`;
    const uploaders = [
      { username: `site-${code}`, level: 'SITE' as const, reviewer },
      { username: `county-${plan.county.code}`, level: 'COUNTY' as const, reviewer },
    ];

    let beneficiaries = 0;
    let crossings = 0;
    let corrections = 0;
    for (let index = 0; index < plan.householdTarget; index++) {
      const hRng = siteRng.fork(`household-${index}`);
      const { household, persons } = generateHousehold(hRng, ctx, plan, index, cluster, this.residentIds);
      household.id = this.ids.next();
      beneficiaries += household.beneficiary_count;
      const crossed = plantRedLineCrossing(hRng.fork('red-line'), household);
      const correction = crossed ? undefined : plannedCorrection(hRng.fork('correction'), household, entryDay, ctx.lastEventDay);
      if (crossed) crossings++;
      if (correction) corrections++;

      const versionRng = hRng.fork('versions');
      const versions = householdVersions(versionRng, household, entry, ctx.lastEventDay, correction, ACTOR);
      sinks.household.write(versions.current);
      sinks.household_history.writeAll(versions.history);
      for (const person of persons) {
        person.id = this.ids.next();
        person.household_id = household.id;
        const personRows = personVersions(versionRng, person, entry, ctx.lastEventDay, ACTOR);
        sinks.person.write(personRows.current);
        sinks.person_history.writeAll(personRows.history);
      }
      this.evidence.household(household, entryDay, uploaders[index % 2]);
    }
    finishSitePlan(siteRng, plan, plan.householdTarget, beneficiaries);

    const site = siteVersions(entryRng, plan.row, entry, ctx.lastEventDay, ACTOR);
    sinks.site.write(site.current);
    sinks.site_history.writeAll(site.history);
    // The facilities as entered with the site (their history starts with it).
    const facilityPeriod = { sys_period: period(site.current.created_at, null), written_by: ACTOR };
    sinks.site_facility.writeAll(plan.facilities.filter((f) => this.facilityKinds.has(f.kind_code)).map((f) => ({ ...f, ...facilityPeriod })));
    this.evidence.site(plan.row, entryDay, uploaders[1]);
    const evidence = this.evidence.drain();
    sinks.evidence.writeAll(evidence.current);
    sinks.evidence_history.writeAll(evidence.history);
    return { crossings, corrections };
  }
}
