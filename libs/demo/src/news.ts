import { CountyProfile, cityCodeOf } from './counties';
import { addDays, officeTimestamp, workday } from './dates';
import { Rng } from './prng';
import { HouseholdRow, SiteRow } from './rows';
import { staffOf } from './users';

/**
 * 工作动态 (SPEC §3): what each demo tier published over the year — the region, the three demo
 * cities and the three demo counties — every week or two, by that tier's own staff. Items
 * that report numbers take them from the records: the households that moved in or whose old
 * houses came down in the weeks before, the month's spot-check results.
 */

/** A row of table `news_item`. */
export interface NewsRow {
  id: string;
  division_code: string;
  title: string;
  body: string;
  author: string;
  published_at: string;
}

/** A month's spot check of a city as the news reports it, once its visits are done. */
export interface CheckedMonth {
  cityCode: string;
  period: string;
  /** The last day a result was recorded. */
  doneOn: string;
  sites: number;
  households: number;
  checked: number;
  discrepancies: number;
}

export interface NewsSources {
  counties: readonly CountyProfile[];
  /** Names of the region, the cities and the counties, as the division table has them. */
  divisionNames: ReadonlyMap<string, string>;
  sites: readonly SiteRow[];
  households: readonly HouseholdRow[];
  checkedMonths: readonly CheckedMonth[];
}

const REGION = '450000';

/** What a template needs to write an item published on `day`. */
interface Slot {
  rng: Rng;
  day: string;
  /** The day of the tier's previous item drawn from the records: what happened since is news. */
  since: string;
}

type Template = (slot: Slot) => { title: string; body: string } | null;

const monthDay = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
const monthOf = (period: string) => `${Number(period.slice(5, 7))}月`;
const season = (day: string) => Number(day.slice(5, 7));

const TRAINING_COURSES = ['电工', '家政服务', '中式烹调', '缝纫', '电子商务', '育婴员', '养老护理', '挖掘机操作', '种养技术'];

function regionTemplates(sources: NewsSources): Template[] {
  const cityNames = [...new Set(sources.counties.map((c) => cityCodeOf(c.code)))].map((code) => sources.divisionNames.get(code) as string);
  const anySite = (rng: Rng) => rng.pick(sources.sites);
  const countyOf = (site: SiteRow) => sources.divisionNames.get(site.county_code) as string;
  return [
    ({ day }) => ({
      title: '自治区召开全区易地扶贫搬迁后续扶持工作推进会',
      body: `${monthDay(day)}，自治区在南宁召开全区易地扶贫搬迁后续扶持工作推进会，总结前一阶段工作，部署下一阶段任务。会议要求各地紧盯搬迁群众就业、安置点配套设施和社区治理，确保搬迁群众稳得住、有就业、逐步能致富。`,
    }),
    ({ rng, day }) => {
      const city = rng.pick(cityNames);
      return {
        title: `自治区督查组赴${city}开展易地扶贫搬迁后续扶持工作督查`,
        body: `${monthDay(day)}起，自治区督查组赴${city}开展易地扶贫搬迁后续扶持工作督查，深入安置点实地查看公共服务配套设施建设和使用情况，入户了解搬迁群众就业增收情况，对发现的问题现场反馈、限期整改。`,
      };
    },
    ({ day }) => ({
      title: '全区易地扶贫搬迁工作调度系统业务培训班举办',
      body: `${monthDay(day)}，全区易地扶贫搬迁工作调度系统业务培训班在南宁举办，各市、县（市、区）易地扶贫搬迁业务骨干参加培训。培训围绕数据录入更新、佐证材料上传、抽查核实和月报查询等内容进行讲解和实操演练，进一步提高数据信息质量。`,
    }),
    ({ day }) => ({
      title: '自治区部署开展易地扶贫搬迁数据信息精准核实',
      body: `${monthDay(day)}，自治区印发通知，部署各地对照佐证材料逐户核实搬迁入住、实际入住、旧房拆除复垦和脱贫等信息，做到底数清、情况明，确保数据可查可看可证。`,
    }),
    ({ rng, day }) => {
      const site = anySite(rng);
      return {
        title: '全区易地扶贫搬迁安置社区治理工作现场会召开',
        body: `${monthDay(day)}，全区易地扶贫搬迁安置社区治理工作现场会在${countyOf(site)}${site.name}召开。与会人员观摩了安置社区党群服务中心、就业服务站和“四点半课堂”，交流了楼栋长制、网格化管理等经验做法。`,
      };
    },
    ({ day }) => {
      const spring = season(day) <= 4;
      return {
        title: spring ? '全区易地扶贫搬迁群众“春风行动”专场招聘活动启动' : '全区易地扶贫搬迁群众就业帮扶专场招聘活动启动',
        body: `${monthDay(day)}，自治区组织开展易地扶贫搬迁群众就业帮扶专场招聘活动，各地在大型安置点设立招聘专场，组织区内外企业进点招工，为有劳动能力的搬迁群众提供就业岗位和职业指导。`,
      };
    },
    ({ day }) => ({
      title: '自治区通报易地扶贫搬迁越线提醒问题核查整改情况',
      body: `${monthDay(day)}，自治区通报近期调度系统越线提醒问题的核查整改情况，要求各地对人均住房面积、自筹资金等越线提醒逐户核查，属于录入错误的及时更正，属于实际超标的限期整改到位。`,
    }),
    ({ day }) => ({
      title: '自治区召开易地扶贫搬迁工作视频调度会',
      body: `${monthDay(day)}，自治区召开易地扶贫搬迁工作视频调度会，通报上月各市易地扶贫搬迁主要指标排名和数据抽查核实情况，要求排名靠后的市县分析原因、制定措施，尽快补齐短板。`,
    }),
    ({ rng, day }) => {
      const city = rng.pick(cityNames);
      return {
        title: `自治区调研组赴${city}调研易地扶贫搬迁安置社区“一站式”服务`,
        body: `${monthDay(day)}，自治区调研组赴${city}调研易地扶贫搬迁安置社区服务工作，了解搬迁群众办理户籍、社保、医保和子女入学等事项的“一站式”服务情况，要求让搬迁群众办事不出社区。`,
      };
    },
    ({ rng, day }) => {
      const site = anySite(rng);
      return {
        title: '自治区调研易地扶贫搬迁安置点扶贫车间发展情况',
        body: `${monthDay(day)}，自治区调研组到${countyOf(site)}${site.name}调研扶贫车间和配套产业发展情况，要求进一步引进劳动密集型企业，扩大就近就业岗位，让搬迁群众在家门口实现稳定就业。`,
      };
    },
  ];
}

function cityTemplates(code: string, sources: NewsSources): Template[] {
  const city = sources.divisionNames.get(code) as string;
  const counties = sources.counties.filter((c) => cityCodeOf(c.code) === code);
  const sites = sources.sites.filter((s) => s.city_code === code);
  const reported = new Set<string>();
  const spotChecks: Template = ({ day }) => {
    const month = sources.checkedMonths.find((m) => m.cityCode === code && !reported.has(m.period) && m.doneOn < day && m.doneOn >= addDays(day, -40));
    if (!month) return null;
    reported.add(month.period);
    const found = month.discrepancies > 0 ? `发现信息有误${month.discrepancies}处，已由抽查人员现场核实并在系统中更正` : '未发现信息有误';
    return {
      title: `${city}完成${monthOf(month.period)}易地扶贫搬迁数据抽查核实`,
      body: `${monthOf(month.period)}，${city}从系统中随机抽取${month.sites}个安置点、${month.households}户搬迁户开展数据抽查核实，已核实样本${month.checked}个，${found}。`,
    };
  };
  return [
    spotChecks,
    ({ day }) => ({
      title: `${city}召开易地扶贫搬迁工作调度会`,
      body: `${monthDay(day)}，${city}召开易地扶贫搬迁工作调度会，听取${counties.map((c) => c.name).join('、')}工作进展汇报，研究解决安置点配套设施建设、搬迁群众就业等问题，部署下一步工作。`,
    }),
    ({ rng, day }) => {
      const county = rng.pick(counties);
      return {
        title: `${city}督导${county.name}易地扶贫搬迁后续扶持工作`,
        body: `${monthDay(day)}，${city}督导组到${county.name}督导易地扶贫搬迁后续扶持工作，实地查看安置点公共服务设施和扶贫车间运行情况，抽查佐证材料上传情况，对发现的问题列出清单、限期整改。`,
      };
    },
    ({ rng, day }) => {
      const course = rng.pick(TRAINING_COURSES);
      return {
        title: `${city}举办易地扶贫搬迁群众${course}技能培训班`,
        body: `${monthDay(day)}，${city}人社部门在${rng.pick(sites).name}举办${course}技能培训班，${rng.int(40, 90)}名搬迁群众参加培训，结业后将推荐就业。`,
      };
    },
    ({ rng, day }) => {
      const site = rng.pick(sites);
      return {
        title: `${city}开展易地扶贫搬迁安置点“大走访”活动`,
        body: `${monthDay(day)}，${city}组织市直帮扶单位干部到${site.name}开展“大走访”活动，逐户了解搬迁群众生产生活情况，收集就业、就学、就医等方面诉求，建立问题清单，限期办结。`,
      };
    },
    ({ rng, day }) => {
      const county = rng.pick(counties);
      return {
        title: `${city}举办易地扶贫搬迁群众专场招聘会`,
        body: `${monthDay(day)}，${city}在${county.name}举办易地扶贫搬迁群众专场招聘会，${rng.int(20, 45)}家企业提供岗位${rng.int(6, 18) * 100}余个，${county.localEmployers.slice(0, 2).join('、')}等企业现场招工，${rng.int(80, 260)}名搬迁群众达成就业意向。`,
      };
    },
  ];
}

/** Households at the county whose `column` date lies in (since, day], by site. */
function eventsBySite(sources: NewsSources, county: string, column: 'moved_in_on' | 'old_house_demolished_on', since: string, day: string): Array<{ site: SiteRow; households: number; persons: number }> {
  const sites = sources.sites.filter((s) => s.county_code === county);
  return sites
    .map((site) => {
      const moved = sources.households.filter((h) => h.site_id === site.id && h[column] !== null && (h[column] as string) >= since && (h[column] as string) < day);
      return { site, households: moved.length, persons: moved.reduce((sum, h) => sum + h.beneficiary_count, 0) };
    })
    .filter((entry) => entry.households > 0)
    .sort((a, b) => b.households - a.households);
}

function countyTemplates(county: CountyProfile, sources: NewsSources): Template[] {
  const sites = sources.sites.filter((s) => s.county_code === county.code);
  const moveIns: Template = ({ since, day }) => {
    const moved = eventsBySite(sources, county.code, 'moved_in_on', since, day);
    if (moved.length === 0) return null;
    const households = moved.reduce((sum, m) => sum + m.households, 0);
    const persons = moved.reduce((sum, m) => sum + m.persons, 0);
    const who = moved.length === 1 ? `${moved[0].site.name}${households}户${persons}人搬迁群众` : `${moved.map((m) => `${m.site.name}${m.households}户`).join('、')}共${households}户${persons}人搬迁群众`;
    return {
      title: `${moved[0].site.name}又有搬迁群众喜迁新居`,
      body: `近日，${who}领取新房钥匙、搬入新居。社区工作人员上门帮助办理水电开户和子女转学手续，并发放就业服务联系卡。`,
    };
  };
  const demolitions: Template = ({ since, day }) => {
    const demolished = eventsBySite(sources, county.code, 'old_house_demolished_on', since, day);
    if (demolished.length === 0) return null;
    const households = demolished.reduce((sum, m) => sum + m.households, 0);
    return {
      title: `${county.name}推进搬迁户旧房拆除复垦`,
      body: `近期，${county.name}组织乡镇开展搬迁户旧房拆除复垦工作，新拆除旧房${households}户，拆除后的宅基地按宜耕则耕、宜林则林的原则复垦复绿，并及时上传拆除复垦照片作为佐证。`,
    };
  };
  return [
    moveIns,
    demolitions,
    ({ day }) => ({
      title: `${county.name}召开易地扶贫搬迁后续扶持工作推进会`,
      body: `${monthDay(day)}，${county.name}召开易地扶贫搬迁后续扶持工作推进会，逐个安置点通报搬迁入住、就业帮扶和配套设施建设进度，要求各包点领导和乡镇压实责任，按时完成各项任务。`,
    }),
    ({ rng, day }) => {
      const site = rng.pick(sites);
      const course = rng.pick(TRAINING_COURSES);
      return {
        title: `${site.name}举办${course}技能培训班`,
        body: `${monthDay(day)}，${county.name}在${site.name}举办${course}技能培训班，${rng.int(30, 70)}名搬迁群众参加为期${rng.int(5, 15)}天的培训，培训合格的颁发职业技能证书并推荐就业。`,
      };
    },
    ({ rng, day }) => {
      const site = rng.pick(sites);
      const employer = rng.pick(county.localEmployers);
      return {
        title: `${county.name}在${site.name}举办就业专场招聘会`,
        body: `${monthDay(day)}，${county.name}在${site.name}举办易地扶贫搬迁群众就业专场招聘会，${employer}等${rng.int(12, 30)}家企业提供就近就业岗位${rng.int(3, 9) * 100}余个，现场${rng.int(40, 150)}名搬迁群众达成就业意向。`,
      };
    },
    ({ rng, day }) => {
      const site = rng.pick(sites);
      return {
        title: `${site.leader_post ?? '县领导'}${site.leader_name ?? ''}到${site.name}调研`.slice(0, 200),
        body: `${monthDay(day)}，包点县级领导${site.leader_post ?? ''}${site.leader_name ?? ''}到${site.name}调研后续扶持工作，走访搬迁户，察看扶贫车间、学校和社区服务中心，要求帮助搬迁群众解决就业、就学、就医等实际困难。`,
      };
    },
    ({ rng, day }) => {
      const site = rng.pick(sites);
      return {
        title: `${site.name}开展消防安全检查和应急演练`,
        body: `${monthDay(day)}，${county.name}应急、消防部门和社区在${site.name}开展消防安全检查，排查楼道堆放杂物、电动车违规充电等隐患，并组织搬迁群众开展疏散逃生演练。`,
      };
    },
    ({ rng, day }) => {
      const site = rng.pick(sites);
      return {
        title: `${site.name}开展“新市民”文明习惯养成活动`,
        body: `${monthDay(day)}，${site.name}组织志愿者入户宣讲垃圾分类、用电用气安全和物业管理常识，引导搬迁群众尽快适应城镇生活，融入新社区。`,
      };
    },
  ];
}

/** Every week or two from shortly after `from` to `lastDay`, on working days. */
function slotDays(rng: Rng, from: string, lastDay: string): string[] {
  const days: string[] = [];
  for (let day = workday(addDays(from, rng.int(2, 10))); day <= lastDay; day = workday(addDays(day, rng.int(7, 14)))) days.push(day);
  return days;
}

/**
 * A tier's items. A slot takes news from the records (the first of the `dataTemplates` that has
 * any) unless the previous item did, so routine work still gets reported; otherwise the other
 * templates take turns.
 */
function tierNews(rng: Rng, code: string, templates: readonly Template[], dataTemplates: number, from: string, lastDay: string): NewsRow[] {
  const author = staffOf(code).username;
  const rows: NewsRow[] = [];
  let since = from;
  let previousFromRecords = false;
  let turn = rng.int(0, templates.length - 1);
  for (const day of slotDays(rng, from, lastDay)) {
    const slot = { rng, day, since };
    let item: ReturnType<Template> = previousFromRecords ? null : templates.slice(0, dataTemplates).reduce<ReturnType<Template>>((found, template) => found ?? template(slot), null);
    previousFromRecords = item !== null;
    if (item) since = day;
    while (!item) item = templates[dataTemplates + (turn++ % (templates.length - dataTemplates))](slot);
    rows.push({ id: rng.uuid(), division_code: code, title: item.title, body: item.body, author, published_at: officeTimestamp(rng, day) });
  }
  return rows;
}

/** The work news of every demo tier from `from` (the start of the demo's year) to `lastDay`. */
export function planNews(rng: Rng, sources: NewsSources, from: string, lastDay: string): NewsRow[] {
  const cities = [...new Set(sources.counties.map((c) => cityCodeOf(c.code)))].sort();
  return [
    ...tierNews(rng.fork(REGION), REGION, regionTemplates(sources), 0, from, lastDay),
    ...cities.flatMap((code) => tierNews(rng.fork(code), code, cityTemplates(code, sources), 1, from, lastDay)),
    ...sources.counties.flatMap((county) => tierNews(rng.fork(county.code), county.code, countyTemplates(county, sources), 2, from, lastDay)),
  ];
}
