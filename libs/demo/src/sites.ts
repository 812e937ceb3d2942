import { ConstructionMode, ConstructionStatus, FacilityStatus, Gender, PlacementType } from '@app/registry';
import { CountyProfile, SiteBlueprint, cityCodeOf } from './counties';
import { addDays, maxIso, minIso, randomDate, yearOf } from './dates';
import { givenName, surname } from './names';
import { Rng, Weighted } from './prng';
import { SiteFacilityRow, SiteRow } from './rows';

/**
 * Resettlement sites: built 2016–2020, nearly all accepted, with facilities and organisations
 * in the proportions Guangxi reported for its 481 sites (SPEC §11). With a dozen sites a coin
 * flip per site would drift far from those shares, so each share is met exactly (rounded)
 * and handed to the sites most likely to have it — the big town sites.
 */

export interface SitePlan {
  county: CountyProfile;
  blueprint: SiteBlueprint;
  row: SiteRow;
  facilities: SiteFacilityRow[];
  householdTarget: number;
  /** Plan years (搬迁年度) of the households placed here. */
  relocationYears: readonly number[];
  completedOn: string;
}

/** Share of the 481 sites counted in 2019–2020 that had each item (SPEC §11). */
export const REPORTED_SHARES = {
  partyOrganisation: 322 / 481,
  selfGovernance: 316 / 481,
  school: 411 / 481,
  kindergarten: 378 / 481,
  clinic: 370 / 481,
  market: 258 / 481,
} as const;

/** Community-service centres ("nine centres") are configuration; these shares are invented. */
const COMMUNITY_CENTRE_SHARES: ReadonlyArray<readonly [string, number]> = [
  ['SERVICE_HALL', 0.9],
  ['EMPLOYMENT_CENTRE', 0.75],
  ['HEALTH_CENTRE', 0.6],
  ['EDUCATION_CENTRE', 0.5],
  ['CULTURE_CENTRE', 0.7],
  ['ELDERLY_CARE_CENTRE', 0.45],
  ['CHILDREN_CENTRE', 0.55],
  ['POLICING_CENTRE', 0.5],
  ['PROPERTY_CENTRE', 0.6],
];

const PLACEMENT_WEIGHT: Record<PlacementType, number> = {
  [PlacementType.TOWN]: 3,
  [PlacementType.INDUSTRIAL_PARK]: 2,
  [PlacementType.MARKET_TOWN]: 1.5,
  [PlacementType.CENTRAL_VILLAGE]: 0,
  [PlacementType.OTHER]: 0.5,
};

const LEADER_POSTS = ['县委常委、常务副县长', '副县长', '县委常委、组织部部长', '县人大常委会副主任', '县政协副主席', '县委常委、宣传部部长', '县委常委、政法委书记'];
// Fictional firms: demo data must not suggest that a real company built a real site.
const DESIGN_UNITS = ['广西桂建工程设计有限公司', '广西八桂建筑设计研究院有限公司', '广西邕城建筑设计有限公司', '广西南岭工程设计咨询有限公司'];
const SUPERVISION_UNITS = ['广西桂信建设监理有限公司', '广西恒正工程监理有限公司', '广西红水河工程项目管理有限公司', '广西建安工程咨询监理有限公司'];
const CONSTRUCTION_UNITS = ['广西桂东建筑工程有限公司', '广西南方建设集团有限公司', '广西邕江建筑工程有限公司', '广西瑶乡建筑工程有限公司', '广西红城建设工程有限公司', '广西博安建筑工程有限公司'];
const GEOHAZARD_CONCLUSIONS: Weighted<string> = [
  ['场地地质灾害危险性小，适宜建设。', 6],
  ['场地地质灾害危险性中等，采取边坡支护和排水措施后适宜建设。', 3],
  ['评估区岩溶较发育，经地基处理后适宜建设。', 1],
];
/** Community-life notes; festivals carry the months they fall in. */
const INTEGRATION_NOTES: ReadonlyArray<{ text: string; months?: readonly number[] }> = [
  { text: '举办搬迁群众迎新春联欢会，组织写春联、送福字等活动。', months: [1, 2] },
  { text: '开展“新市民”文明习惯养成培训，讲解垃圾分类、用电用气安全和物业管理。' },
  { text: '组织搬迁群众参加“壮族三月三”民族文化活动，开展山歌对唱和抛绣球。', months: [3, 4] },
  { text: '成立安置点志愿服务队，开展邻里互助和关爱留守儿童活动。' },
  { text: '召开搬迁群众议事会，推选楼栋长，议定社区公约。' },
  { text: '举办春风行动就业招聘会，组织企业进点招工。', months: [2, 3] },
  { text: '建成社区“爱心超市”，以积分兑换方式鼓励参与社区事务。' },
  { text: '开展“四点半课堂”，为搬迁家庭子女提供课后辅导。', months: [3, 4, 5, 9, 10, 11] },
  { text: '举办家庭教育和健康知识讲座，组织家庭医生签约服务进社区。' },
  { text: '端午节组织搬迁群众包粽子、赛龙舟，增进邻里交往。', months: [6] },
];

/** Moves a date into one of `months`, same year where possible, staying within [from, to]. */
function inSeason(rng: Rng, date: string, months: readonly number[] | undefined, from: string, to: string): string {
  if (!months) return date;
  const month = String(rng.pick(months)).padStart(2, '0');
  const day = String(rng.int(1, 28)).padStart(2, '0');
  for (const year of [yearOf(date), yearOf(date) - 1, yearOf(date) + 1]) {
    const candidate = `${year}-${month}-${day}`;
    if (candidate >= from && candidate <= to) return candidate;
  }
  return date;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The k sites (k = share × n, rounded) that score highest with some seeded noise. */
function chooseByShare(rng: Rng, plans: readonly SitePlan[], share: number, noise = 1.5): Set<SitePlan> {
  const k = Math.round(share * plans.length);
  const ranked = plans
    .map((plan) => ({ plan, score: PLACEMENT_WEIGHT[plan.blueprint.placementType] + Math.log(plan.householdTarget) / 2 + rng.between(0, noise) }))
    .sort((a, b) => b.score - a.score);
  return new Set(ranked.slice(0, k).map((entry) => entry.plan));
}

function facilityStatus(rng: Rng, canBePlanned: boolean): string {
  return rng.weighted<FacilityStatus>([
    [FacilityStatus.IN_USE, 80],
    [FacilityStatus.BUILT, 15],
    [FacilityStatus.PLANNED, canBePlanned ? 5 : 0],
  ]);
}

function siteTimeline(rng: Rng, blueprint: SiteBlueprint) {
  const isLarge = blueprint.households >= 150;
  const tenderDate = randomDate(rng, '2016-03-01', blueprint.placementType === PlacementType.CENTRAL_VILLAGE ? '2018-10-31' : '2018-06-30');
  const startedOn = addDays(tenderDate, rng.int(20, 75));
  // The programme ended in 2020, so every site was finished by its last quarter.
  const completedOn = minIso(maxIso(addDays(startedOn, rng.int(isLarge ? 420 : 270, isLarge ? 780 : 540)), '2017-01-15'), '2020-10-31');
  const acceptedOn = minIso(addDays(completedOn, rng.int(20, 120)), '2020-12-20');
  return { tenderDate, startedOn, completedOn, acceptedOn };
}

export function planSites(rng: Rng, counties: readonly CountyProfile[], today: string): SitePlan[] {
  const plans: SitePlan[] = [];
  for (const county of counties) {
    for (const blueprint of county.sites) {
      const siteRng = rng.fork(`site-${county.code}-${blueprint.sequence}`);
      const householdTarget = Math.round(blueprint.households * siteRng.between(0.95, 1.05));
      const { tenderDate, startedOn, completedOn, acceptedOn } = siteTimeline(siteRng, blueprint);
      const firstYear = Math.max(2016, yearOf(tenderDate));
      const lastYear = Math.min(2020, Math.max(firstYear, yearOf(completedOn)));
      const relocationYears: number[] = [];
      for (let year = firstYear; year <= lastYear; year++) relocationYears.push(year);

      const leaderGender = siteRng.chance(0.8) ? Gender.MALE : Gender.FEMALE;
      const leaderEthnicity = siteRng.weighted(county.ethnicities);
      const leaderName = surname(siteRng, county.surnames, leaderEthnicity) + givenName(siteRng, leaderGender, siteRng.int(1965, 1980));
      const contractor = siteRng.pick(CONSTRUCTION_UNITS);
      const selfBuild = blueprint.constructionMode === ConstructionMode.UNIFIED_PLAN_SELF_BUILD;
      const code = `${county.code}-S${String(blueprint.sequence).padStart(2, '0')}`;

      const row: SiteRow = {
        id: siteRng.uuid(),
        version: 1,
        code,
        name: blueprint.name,
        county_code: county.code,
        city_code: cityCodeOf(county.code),
        address: `${county.name}${blueprint.township}${blueprint.addressTail}`,
        longitude: Number((blueprint.longitude + siteRng.between(-0.004, 0.004)).toFixed(6)),
        latitude: Number((blueprint.latitude + siteRng.between(-0.004, 0.004)).toFixed(6)),
        placement_type: blueprint.placementType,
        leader_name: leaderName,
        leader_post: siteRng.pick(LEADER_POSTS),
        leader_phone: `${county.phoneAreaCode}-${siteRng.int(5, 7)}${String(siteRng.int(0, 999999)).padStart(6, '0')}`,
        // Filled in from the generated households by finishSitePlan.
        planned_households: null,
        planned_persons: null,
        housing_units: null,
        total_investment: null,
        construction_mode: blueprint.constructionMode,
        owner_unit: siteRng.chance(0.5) ? `${county.name}城市建设投资有限责任公司` : `${county.name}易地扶贫搬迁工作指挥部`,
        design_unit: siteRng.pick(DESIGN_UNITS),
        supervision_unit: siteRng.pick(SUPERVISION_UNITS),
        construction_unit: selfBuild ? `搬迁户自建（配套工程：${contractor}）` : contractor,
        tender_method: siteRng.weighted([['公开招标', 80], ['邀请招标', 10], ['竞争性谈判', 10]]),
        tender_date: tenderDate,
        winning_bidder: contractor,
        construction_status: ConstructionStatus.ACCEPTED,
        construction_started_on: startedOn,
        construction_completed_on: completedOn,
        accepted_on: acceptedOn,
        geohazard_assessed: true,
        geohazard_assessed_on: addDays(tenderDate, -siteRng.int(30, 150)),
        geohazard_conclusion: siteRng.weighted(GEOHAZARD_CONCLUSIONS),
        housing_quality_safety: '经第三方检测机构检测，主体结构安全，安置住房竣工验收合格。',
        party_organisation_established: false,
        party_organisation_established_on: null,
        self_governance_established: false,
        self_governance_established_on: null,
        building_head_system: !selfBuild && siteRng.chance(0.85),
        integration_notes: '[]',
        // Versions and timestamps are assigned when the history is laid out (history.ts).
        created_at: '',
        updated_at: '',
      };
      plans.push({ county, blueprint, row, facilities: [], householdTarget, relocationYears, completedOn });
    }
  }
  equipSites(rng.fork('site-equipment'), plans, today);
  return plans;
}

/** Facilities, organisations, acceptance and integration notes, shared out across all sites. */
function equipSites(rng: Rng, plans: readonly SitePlan[], today: string): void {
  const windowStart = addDays(today, -365);
  // One site short of acceptance and one without a geohazard report keep those indicators
  // below 100 %, as they were; the smallest sites are the likeliest laggards.
  const bySize = [...plans].sort((a, b) => a.householdTarget - b.householdTarget);
  const unaccepted = rng.pick(bySize.slice(0, 3));
  unaccepted.row.construction_status = ConstructionStatus.COMPLETED;
  unaccepted.row.accepted_on = null;
  unaccepted.row.housing_quality_safety = '主体工程已完工，竣工验收资料正在整理报审。';
  const unassessed = rng.pick(bySize.slice(0, 4).filter((p) => p !== unaccepted));
  unassessed.row.geohazard_assessed = false;
  unassessed.row.geohazard_assessed_on = null;
  unassessed.row.geohazard_conclusion = null;

  const organisationDate = (plan: SitePlan) => randomDate(rng, addDays(plan.completedOn, 30), minIso(addDays(plan.completedOn, 400), '2021-06-30'));
  for (const plan of chooseByShare(rng, plans, REPORTED_SHARES.partyOrganisation)) {
    plan.row.party_organisation_established = true;
    plan.row.party_organisation_established_on = organisationDate(plan);
  }
  for (const plan of chooseByShare(rng, plans, REPORTED_SHARES.selfGovernance)) {
    plan.row.self_governance_established = true;
    plan.row.self_governance_established_on = organisationDate(plan);
  }

  // Tracked public services are only ever recorded as built or in use, so "has a school"
  // means the same whether an indicator counts rows or counts rows in use.
  const publicServices: ReadonlyArray<readonly [string, number]> = [
    ['PRIMARY_SCHOOL', REPORTED_SHARES.school],
    ['MIDDLE_SCHOOL', 0.45],
    ['KINDERGARTEN', REPORTED_SHARES.kindergarten],
    ['CLINIC', REPORTED_SHARES.clinic],
    ['MARKET', REPORTED_SHARES.market],
  ];
  for (const [kind, share] of publicServices) {
    for (const plan of chooseByShare(rng, plans, share)) plan.facilities.push({ site_id: plan.row.id, kind_code: kind, status: facilityStatus(rng, false) });
  }
  for (const [kind, share] of COMMUNITY_CENTRE_SHARES) {
    for (const plan of chooseByShare(rng, plans, share, 3)) plan.facilities.push({ site_id: plan.row.id, kind_code: kind, status: facilityStatus(rng, true) });
  }

  for (const plan of plans) {
    const count = rng.int(2, 4);
    const chosen = rng.shuffle(INTEGRATION_NOTES).slice(0, count);
    const notes = chosen.map((note, index) => {
      // The latest note is often recent: sites keep reporting community life.
      const recent = index === count - 1 && rng.chance(0.6);
      const [from, to] = recent ? [windowStart, addDays(today, -1)] : [addDays(plan.completedOn, 60), addDays(windowStart, -1)];
      return { date: inSeason(rng, randomDate(rng, from, to), note.months, from, to), text: note.text };
    });
    notes.sort((a, b) => a.date.localeCompare(b.date));
    plan.row.integration_notes = JSON.stringify(notes);
  }
}

/** Scale figures follow the households actually placed, as a county would have reported them. */
export function finishSitePlan(rng: Rng, plan: SitePlan, households: number, beneficiaries: number): void {
  const row = plan.row;
  row.planned_households = households + rng.int(0, 3);
  row.planned_persons = beneficiaries + rng.int(0, 12);
  row.housing_units = plan.blueprint.constructionMode === ConstructionMode.UNIFIED_PLAN_SELF_BUILD ? row.planned_households : row.planned_households + rng.int(0, 8);
  const perHousehold: Record<PlacementType, [number, number]> = {
    [PlacementType.TOWN]: [11, 14],
    [PlacementType.INDUSTRIAL_PARK]: [10, 13],
    [PlacementType.MARKET_TOWN]: [9, 12],
    [PlacementType.CENTRAL_VILLAGE]: [6, 9],
    [PlacementType.OTHER]: [8, 11],
  };
  const [low, high] = perHousehold[plan.blueprint.placementType];
  row.total_investment = round2(row.planned_households * rng.between(low, high));
}

