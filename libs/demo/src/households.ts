import { ConstructionMode, EmploymentStatus, HealthStatus, HouseholdType, IncomeSource, OldHouseDisposition, OriginLandUse, PlacementType, PovertyStatus, SchoolingStatus } from '@app/registry';
import { addDays, ageOn, maxIso, minIso, randomDate, yearOf } from './dates';
import { OriginVillage, hamletName, syntheticVillage } from './origin-villages';
import { MAX_PERSONS_PER_HOUSEHOLD, Member, Situation, composeOriginalMembers, describeMember, employ, simulateLifeEvents } from './persons';
import { Rng, Weighted } from './prng';
import { ResidentIdAllocator, ResidentIdSource } from './resident-ids';
import { HouseholdRow, PersonRow } from './rows';
import { SitePlan, finishSitePlan } from './sites';

/**
 * Households and their members for every site. Rates are set where SPEC §11 gives them
 * (old-house demolition ≈ 69 % of those that must go, ≈ 89 % of households with labour
 * employed) and elsewhere follow what counties reported around 2020; event dates spread over
 * 2016–2020 with a share inside the last twelve months, so last month's report has changes.
 */

/** Members approved per household; births since the move push the mean to about 4.3. */
export const ORIGINAL_SIZES: Weighted<number> = [
  [1, 8],
  [2, 13],
  [3, 19],
  [4, 24],
  [5, 18],
  [6, 10],
  [7, 5],
  [8, 3],
];

const EXEMPT_REASONS = [
  '旧房经鉴定为安全住房，保留作生产用房',
  '与未搬迁亲属共有产权，暂不拆除',
  '旧房位于传统村落保护范围内，予以保留',
  '旧房已纳入乡村旅游开发统一利用',
];

const WINDOW_DAYS = 365;
const PROGRAMME_END = '2020-12-31';

export interface HouseholdContext {
  today: string;
  windowStart: string;
  /**
   * Events stop at yesterday: each is recorded on its day, and a version recorded later
   * today would lie in the future of anyone reading the history now.
   */
  lastEventDay: string;
  /** Members approved per household (the scale generators shift it to match their totals). */
  originalSizes: Weighted<number>;
}

export function householdContext(today: string, originalSizes: Weighted<number> = ORIGINAL_SIZES): HouseholdContext {
  return { today, windowStart: addDays(today, -WINDOW_DAYS), lastEventDay: addDays(today, -1), originalSizes };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

/**
 * A milestone no earlier than `lower`: usually within `spanDays` of it and before the last
 * twelve months, with `recentShare` of them (and any whose lower bound is recent) inside
 * the last twelve months.
 */
function milestone(rng: Rng, ctx: HouseholdContext, lower: string, recentShare: number, spanDays: number): string {
  if (lower >= ctx.windowStart || rng.chance(recentShare)) return randomDate(rng, maxIso(lower, ctx.windowStart), ctx.lastEventDay);
  return randomDate(rng, lower, minIso(addDays(lower, spanDays), addDays(ctx.windowStart, -1)));
}

function roomNumber(placement: PlacementType, mode: ConstructionMode | string | null, index: number): string {
  if (mode === ConstructionMode.UNIFIED_PLAN_SELF_BUILD || placement === PlacementType.CENTRAL_VILLAGE) return `${index + 1}号`;
  // Six-storey blocks, two units of two flats per floor: 24 flats per block.
  const building = Math.floor(index / 24) + 1;
  const unit = Math.floor((index % 24) / 12) + 1;
  const floor = Math.floor((index % 12) / 2) + 1;
  const door = (index % 2) + 1;
  return `${building}栋${unit}单元${floor}0${door}`;
}

/** 6–15 origin villages per site: relocation moved whole hamlets, so origins cluster. */
export function originCluster(rng: Rng, plan: SitePlan, villages: readonly OriginVillage[]): string[] {
  const township = plan.blueprint.township;
  const local = villages.filter((v) => v.township === township);
  const nearby = plan.blueprint.placementType === PlacementType.MARKET_TOWN || plan.blueprint.placementType === PlacementType.CENTRAL_VILLAGE;
  const count = rng.int(6, 15);
  const cluster: string[] = [];
  for (let i = 0; i < count; i++) {
    const pool = nearby && local.length > 0 && rng.chance(0.7) ? local : villages;
    const village = pool.length > 0 ? rng.pick(pool) : syntheticVillage(rng, township);
    const hamlets = rng.int(1, 3);
    for (let h = 0; h < hamlets; h++) cluster.push(`${village.township}${village.village}${hamletName(rng)}`);
  }
  return cluster;
}

function publicServicesFor(rng: Rng, type: HouseholdType, persons: ReadonlyArray<{ member: Member; situation: Situation }>, today: string): string[] {
  const active = persons.filter((p) => p.member.leftOn === null);
  const services: string[] = [];
  if (rng.chance(0.95)) services.push('就医');
  if (active.some((p) => p.situation.schooling === SchoolingStatus.IN_SCHOOL)) services.push('就学');
  if (rng.chance(0.7)) services.push('社保转移接续');
  if (active.some((p) => p.situation.isLabour) && rng.chance(0.8)) services.push('就业服务');
  if (type === HouseholdType.REGISTERED_POOR && rng.chance(0.18)) services.push('低保');
  if (active.some((p) => ageOn(p.member.birthDate, today) >= 70) && rng.chance(0.4)) services.push('养老服务');
  if (active.some((p) => p.situation.health === HealthStatus.DISABLED)) services.push('残疾人帮扶');
  return services;
}

export interface GeneratedHouseholds {
  households: HouseholdRow[];
  persons: PersonRow[];
}

export function generateHouseholds(
  rng: Rng,
  plans: readonly SitePlan[],
  villagesByCounty: ReadonlyMap<string, readonly OriginVillage[]>,
  today: string,
): GeneratedHouseholds {
  const ctx = householdContext(today);
  const ids = new ResidentIdAllocator();
  const households: HouseholdRow[] = [];
  const persons: PersonRow[] = [];

  for (const plan of plans) {
    const siteRng = rng.fork(`households-${plan.row.code}`);
    const cluster = originCluster(siteRng, plan, villagesByCounty.get(plan.county.code) ?? []);
    let beneficiaries = 0;
    for (let index = 0; index < plan.householdTarget; index++) {
      // A stream per household: changing one household's rules leaves the others as they were.
      const hRng = siteRng.fork(`household-${index}`);
      const generated = generateHousehold(hRng, ctx, plan, index, cluster, ids);
      beneficiaries += generated.household.beneficiary_count;
      households.push(generated.household);
      persons.push(...generated.persons);
    }
    finishSitePlan(siteRng, plan, plan.householdTarget, beneficiaries);
  }
  plantRedLineCrossings(rng.fork('red-lines'), households);
  return { households, persons };
}

/** One household and its members, from its own random stream. */
export function generateHousehold(
  rng: Rng,
  ctx: HouseholdContext,
  plan: SitePlan,
  index: number,
  cluster: readonly string[],
  ids: ResidentIdSource,
): { household: HouseholdRow; persons: PersonRow[] } {
  const county = plan.county;
  const factory = { rng, county, ids };
  const householdId = rng.uuid();
  const type = rng.chance(0.7) ? HouseholdType.REGISTERED_POOR : HouseholdType.ALONGSIDE;
  const relocationYear = rng.pick(plan.relocationYears);
  const approvedOn = randomDate(rng, `${relocationYear}-01-10`, `${relocationYear}-06-30`);
  const members = composeOriginalMembers(factory, approvedOn, Math.min(MAX_PERSONS_PER_HOUSEHOLD, rng.weighted(ctx.originalSizes)));
  const beneficiaryCount = members.length;
  simulateLifeEvents(factory, members, approvedOn, ctx.lastEventDay);

  // Moving in: almost everyone by the end of 2020, a few stragglers within the last year.
  const movedIn = rng.chance(0.97);
  let movedInOn: string | null = null;
  if (movedIn) {
    const earliest = maxIso(addDays(approvedOn, 30), addDays(plan.completedOn, -30));
    movedInOn = rng.chance(0.015) ? randomDate(rng, ctx.windowStart, ctx.lastEventDay) : randomDate(rng, earliest, minIso(addDays(earliest, 300), PROGRAMME_END));
  }

  const described = members.map((member) => ({ member, situation: describeMember(rng, member, member.leftOn ?? ctx.today, approvedOn) }));
  assignEmployment(rng, described, ctx.today, plan.row.name, county);
  const activeLabour = described.filter((p) => p.member.leftOn === null && p.situation.isLabour).length;
  const anyEmployed = described.some((p) => p.member.leftOn === null && p.situation.employment !== EmploymentStatus.UNEMPLOYED && p.situation.employment !== EmploymentStatus.NOT_IN_LABOUR_FORCE);
  const head = members[0];

  // Old house: most must go; exemption needs a stated reason (household-consistency rule).
  const exempt = rng.chance(type === HouseholdType.ALONGSIDE ? 0.2 : 0.06);
  const demolished = !exempt && rng.chance(movedIn ? 0.7 : 0.2);
  const demolishedOn = demolished ? milestone(rng, ctx, movedInOn ?? addDays(approvedOn, 180), 0.12, 900) : null;
  const reclaimed = demolished && rng.chance(0.85);
  const reclaimedOn = reclaimed && demolishedOn ? milestone(rng, ctx, addDays(demolishedOn, 30), 0.15, 365) : null;
  const certificate = movedIn && rng.chance(0.72);
  const certificateOn = certificate && movedInOn ? milestone(rng, ctx, addDays(movedInOn, 180), 0.2, 1200) : null;
  const hukou = movedIn && rng.chance(0.8);
  const hukouOn = hukou && movedInOn ? milestone(rng, ctx, movedInOn, 0.08, 700) : null;

  const exited = type === HouseholdType.REGISTERED_POOR && rng.chance(0.96);
  const exitYear = exited ? Math.min(2020, Math.max(relocationYear, movedInOn ? yearOf(movedInOn) : relocationYear) + rng.weighted([[0, 50], [1, 35], [2, 15]])) : null;

  // Self-funding within the caps: red-line crossings are planted separately, on purpose.
  const fundingPerPerson = rng.chance(0.15) ? 0 : roundTo(rng.between(500, 2000), 100);
  const selfFunding = Math.min(fundingPerPerson * beneficiaryCount, 10000);
  const housingArea = round2(beneficiaryCount * rng.between(20, 25));

  const incomeSource = rng.chance(0.004)
    ? null
    : anyEmployed
      ? rng.weighted<IncomeSource>([[IncomeSource.WAGES, 80], [IncomeSource.BUSINESS, 6], [IncomeSource.AGRICULTURE, 8], [IncomeSource.ASSET_INCOME, 4], [IncomeSource.OTHER, 2]])
      : rng.weighted<IncomeSource>([[IncomeSource.TRANSFERS, 55], [IncomeSource.AGRICULTURE, 25], [IncomeSource.ASSET_INCOME, 15], [IncomeSource.OTHER, 5]]);
  const netIncome = round2(Math.max(anyEmployed ? 7000 : 5500, rng.normal(anyEmployed ? 13500 : 8500, anyEmployed ? 3500 : 2000)));
  const projectCount = rng.weighted([[0, 40], [1, 45], [2, 15]]);
  const projects = rng
    .shuffle(county.industryProjects)
    .slice(0, projectCount)
    .map((p) => ({ name: p.name, kind: p.kind, supportAmount: roundTo(rng.between(1000, 10000), 500) }));

  const household: HouseholdRow = {
    id: householdId,
    version: 1,
    code: `${plan.row.code}-${String(index + 1).padStart(4, '0')}`,
    site_id: plan.row.id,
    head_name: head.name,
    head_id_number: head.idNumber,
    household_type: type,
    beneficiary_count: beneficiaryCount,
    labor_count: Math.min(activeLabour, beneficiaryCount),
    relocation_year: relocationYear,
    poverty_status: exited ? PovertyStatus.EXITED : PovertyStatus.NOT_EXITED,
    poverty_exit_year: exitYear,
    origin_type: rng.weighted(county.originTypes),
    origin_village: rng.pick(cluster),
    room_number: roomNumber(plan.blueprint.placementType, plan.row.construction_mode, index),
    housing_area: housingArea,
    self_funding: selfFunding,
    public_services: publicServicesFor(rng, type, described, ctx.today),
    moved_in: movedIn,
    moved_in_on: movedInOn,
    actually_resident: movedIn && rng.chance(0.92),
    old_house_structure: rng.weighted(county.oldHouseStructures),
    old_house_disposition: exempt ? OldHouseDisposition.EXEMPT : OldHouseDisposition.MUST_DEMOLISH,
    old_house_exempt_reason: exempt ? rng.pick(EXEMPT_REASONS) : null,
    old_house_demolished: demolished,
    old_house_demolished_on: demolishedOn,
    land_reclaimed: reclaimed,
    land_reclaimed_on: reclaimedOn,
    property_certificate_issued: certificate,
    property_certificate_issued_on: certificateOn,
    hukou_transferred: hukou,
    hukou_transferred_on: hukouOn,
    main_income_source: incomeSource,
    net_income_per_capita: netIncome,
    net_income_year: yearOf(ctx.today) - 1,
    industry_projects: JSON.stringify(projects),
    origin_farmland_mu: round2(Math.min(8, Math.max(0.3, rng.normal(2.2, 1.1)))),
    origin_forestland_mu: round2(rng.chance(0.3) ? 0 : rng.between(1, 18)),
    origin_land_use: rng.chance(0.02)
      ? null
      : rng.weighted<OriginLandUse>([[OriginLandUse.COOPERATIVE, 25], [OriginLandUse.TRANSFERRED, 20], [OriginLandUse.LEASED, 12], [OriginLandUse.SELF_FARMED, 33], [OriginLandUse.IDLE, 10]]),
    // Versions and timestamps are assigned when the history is laid out (history.ts).
    created_at: '',
    updated_at: '',
  };

  const personRows = described.map(({ member, situation }): PersonRow => {
    return {
      id: member.id,
      version: 1,
      household_id: householdId,
      name: member.name,
      id_number: member.idNumber,
      relation: member.relation,
      gender: member.gender,
      birth_date: member.birthDate,
      ethnicity: member.ethnicity,
      education: situation.education,
      health: situation.health,
      pension_insured: situation.pensionInsured,
      medical_insured: situation.medicalInsured,
      schooling: situation.schooling,
      school_stage: situation.schoolStage,
      employment: situation.employment,
      employer: situation.employer,
      monthly_wage: situation.monthlyWage,
      trainings: JSON.stringify(situation.trainings),
      is_labour: situation.isLabour,
      join_reason: member.joinReason,
      joined_on: member.joinedOn,
      leave_reason: member.leaveReason,
      left_on: member.leftOn,
      created_at: '',
      updated_at: '',
    };
  });
  return { household, persons: personRows };
}

/**
 * About 89 % of households with labour have someone in work (SPEC §11). Deciding that per
 * household, then who works, reproduces the household-level rate the policy is judged by
 * rather than whatever a per-person coin would give.
 */
function assignEmployment(
  rng: Rng,
  described: ReadonlyArray<{ member: Member; situation: Situation }>,
  today: string,
  siteName: string,
  county: SitePlan['county'],
): void {
  const places = { county, siteName };
  const labour = described.filter((p) => p.situation.isLabour);
  const active = labour.filter((p) => p.member.leftOn === null);
  const hasWorker = rng.chance(0.89);
  for (const person of labour) {
    const age = ageOn(person.member.birthDate, person.member.leftOn ?? today);
    if (hasWorker && rng.chance(0.7)) employ(rng, person.situation, age, places);
  }
  const employedNow = active.some((p) => p.situation.employment !== EmploymentStatus.UNEMPLOYED);
  if (hasWorker && active.length > 0 && !employedNow) {
    // Prefer a working-age man or woman in their prime as the household's earner.
    const earner = [...active].sort((a, b) => Math.abs(ageOn(a.member.birthDate, today) - 35) - Math.abs(ageOn(b.member.birthDate, today) - 35))[0];
    employ(rng, earner.situation, ageOn(earner.member.birthDate, today), places);
  }
}

/** The crossings themselves: an area above 25 ㎡ per person, funding above 2,500 per person or 10,000 per household. */
function crossHousingArea(rng: Rng, h: HouseholdRow): void {
  h.housing_area = round2(h.beneficiary_count * rng.between(25.6, 31));
}

function crossFundingPerPerson(rng: Rng, h: HouseholdRow): void {
  h.self_funding = roundTo(rng.between(2800, 4000), 100) * h.beneficiary_count;
}

function crossFundingPerHousehold(rng: Rng, h: HouseholdRow): void {
  h.self_funding = roundTo(rng.between(2100, 2500), 50) * h.beneficiary_count;
}

/**
 * A handful of households cross each red line (SPEC §7) so that detection, alerts and the
 * red-line queries have something to find: ≈ 0.5 % of registered-poor households above
 * 25 ㎡ per person, and a few above 2,500 yuan per person or 10,000 yuan per household.
 */
function plantRedLineCrossings(rng: Rng, households: HouseholdRow[]): void {
  const poor = households.filter((h) => h.household_type === HouseholdType.REGISTERED_POOR);
  const taken = new Set<HouseholdRow>();
  const choose = (candidates: HouseholdRow[], count: number) => {
    const chosen = rng.shuffle(candidates.filter((h) => !taken.has(h))).slice(0, count);
    chosen.forEach((h) => taken.add(h));
    return chosen;
  };
  for (const h of choose(poor, Math.max(2, Math.round(poor.length * 0.005)))) crossHousingArea(rng, h);
  for (const h of choose(poor.filter((p) => p.beneficiary_count <= 3), Math.max(2, Math.round(households.length * 0.003)))) crossFundingPerPerson(rng, h);
  for (const h of choose(poor.filter((p) => p.beneficiary_count >= 5), Math.max(2, Math.round(households.length * 0.002)))) crossFundingPerHousehold(rng, h);
}

/**
 * The same shares decided one household at a time, for generators that stream households
 * and never hold them all: of all households ≈ 0.35 % (0.5 % of the registered poor) above
 * the area line, ≈ 0.3 % above the per-person and ≈ 0.2 % above the per-household funding
 * line. Returns whether the household now crosses a line.
 */
export function plantRedLineCrossing(rng: Rng, h: HouseholdRow): boolean {
  if (h.household_type !== HouseholdType.REGISTERED_POOR) return false;
  const draw = rng.float();
  if (draw < 0.005) crossHousingArea(rng, h);
  else if (draw < 0.016 && h.beneficiary_count <= 3) crossFundingPerPerson(rng, h);
  else if (draw >= 0.016 && draw < 0.024 && h.beneficiary_count >= 5) crossFundingPerHousehold(rng, h);
  else return false;
  return true;
}
