import { Gender } from '@app/registry';
import { ShortfallProjectRow, ShortfallReportRow } from './archive/demo-shortfall-projects';
import { CountyProfile } from './counties';
import { addDays, ageOn, maxIso, officeTimestamp, randomDate } from './dates';
import { officialName } from './names';
import { Rng } from './prng';
import { HouseholdRow, PersonRow, SiteFacilityRow, SiteRow } from './rows';

/**
 * The sites' own records of the special tasks (专项任务, SPEC §3.5): one per site and task, as
 * the county last recorded it. Each status follows from the records — a task is done where the
 * records show it done (everyone moved in, every old house down and reclaimed, a clinic in
 * use…) and under way elsewhere, with a note saying what is left — and is dated when the county
 * recorded it: the day the last piece fell into place when that was within the year, otherwise
 * some day of the year's updates.
 */

/** A row of table `site_task_record`. */
export interface SiteTaskRow {
  site_id: string;
  task: string;
  status: 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED';
  progress_note: string;
  recorded_on: string;
  responsible_person: string;
  updated_by: string;
  updated_at: string;
}

export interface SiteTaskSources {
  counties: readonly CountyProfile[];
  sites: readonly SiteRow[];
  facilities: readonly SiteFacilityRow[];
  households: readonly HouseholdRow[];
  persons: readonly PersonRow[];
  projects: readonly ShortfallProjectRow[];
  reports: readonly ShortfallReportRow[];
}

interface TaskState {
  status: SiteTaskRow['status'];
  note: string;
  /** When the task was completed, if the records date it. */
  doneOn?: string | null;
}

const COMMUNITY_CENTRES = ['SERVICE_HALL', 'EMPLOYMENT_CENTRE', 'HEALTH_CENTRE', 'EDUCATION_CENTRE', 'CULTURE_CENTRE', 'ELDERLY_CARE_CENTRE', 'CHILDREN_CENTRE', 'POLICING_CENTRE', 'PROPERTY_CENTRE'];

const percent = (part: number, whole: number) => (whole === 0 ? 100 : Math.round((part / whole) * 1000) / 10);
const latest = (dates: ReadonlyArray<string | null>) => dates.reduce<string | null>((last, d) => (d !== null && (last === null || d > last) ? d : last), null);

/** Who answers for a task at a site, besides the site's county-level leader. */
const RESPONSIBLE_POSTS: Readonly<Record<string, string>> = {
  EDUCATION: '县教育局副局长',
  MEDICAL_CARE: '县卫健局副局长',
  SOCIAL_SECURITY: '县人社局副局长',
  COMMUNITY_SERVICES: '安置社区主任',
  INDUSTRY_SUPPORT: '县农业农村局副局长',
  EMPLOYMENT_HELP: '县人社局就业股股长',
  CULTURAL_SERVICES: '县文广体旅局副局长',
  DEMOLITION_RECLAMATION: '迁出乡镇副镇长',
  ORGANISATION_BUILDING: '安置社区党支部书记',
  PUBLIC_SAFETY: '安置社区警务室民警',
};

function facilityTask(has: (kind: string) => boolean, kinds: readonly string[], what: string, project: { percent: number } | undefined): TaskState {
  if (kinds.some(has)) return { status: 'COMPLETED', note: `安置点${what}已建成投入使用。` };
  if (project) return { status: 'IN_PROGRESS', note: `安置点${what}建设项目推进中，完成${project.percent}%，建成前由就近${what}提供服务。` };
  return { status: 'NOT_STARTED', note: `安置点${what}尚未启动建设，搬迁群众由就近${what}提供服务。` };
}

function taskStates(site: SiteRow, sources: SiteTaskSources, today: string): Record<string, TaskState> {
  const facilities = sources.facilities.filter((f) => f.site_id === site.id);
  const has = (kind: string) => facilities.some((f) => f.kind_code === kind && f.status !== 'PLANNED');
  const households = sources.households.filter((h) => h.site_id === site.id);
  const householdIds = new Set(households.map((h) => h.id));
  const persons = sources.persons.filter((p) => householdIds.has(p.household_id) && p.left_on === null);
  const projects = sources.projects.filter((p) => p.site_id === site.id);
  const lastReport = (category: string) => {
    const ids = new Set(projects.filter((p) => p.category === category).map((p) => p.id));
    return sources.reports.filter((r) => ids.has(r.project_id)).sort((a, b) => a.reported_on.localeCompare(b.reported_on)).at(-1);
  };
  const unfinished = projects.filter((p) => !sources.reports.some((r) => r.project_id === p.id && r.percent >= 100));

  const notMovedIn = households.filter((h) => !h.moved_in).length;
  const mustDemolish = households.filter((h) => h.old_house_disposition === 'MUST_DEMOLISH');
  const standing = mustDemolish.filter((h) => !h.old_house_demolished).length;
  const unreclaimed = mustDemolish.filter((h) => h.old_house_demolished && !h.land_reclaimed).length;
  const adults = persons.filter((p) => ageOn(p.birth_date, today) >= 16 && p.schooling !== 'IN_SCHOOL');
  const pension = percent(adults.filter((p) => p.pension_insured).length, adults.length);
  const labourHouseholds = new Set(persons.filter((p) => p.is_labour).map((p) => p.household_id));
  const employedHouseholds = new Set(persons.filter((p) => p.is_labour && !['UNEMPLOYED', 'NOT_IN_LABOUR_FORCE'].includes(p.employment)).map((p) => p.household_id));
  const employment = percent(employedHouseholds.size, labourHouseholds.size);
  const withIndustry = percent(households.filter((h) => (JSON.parse(h.industry_projects) as unknown[]).length > 0).length, households.length);
  const centres = COMMUNITY_CENTRES.filter(has).length;

  return {
    PROJECT_CONSTRUCTION:
      site.construction_status === 'ACCEPTED' && unfinished.length === 0
        ? { status: 'COMPLETED', note: `安置住房已于${site.accepted_on}通过竣工验收${projects.length > 0 ? '，补短板项目已全部完工' : ''}。`, doneOn: latest(sources.reports.filter((r) => projects.some((p) => p.id === r.project_id)).map((r) => r.reported_on)) }
        : { status: 'IN_PROGRESS', note: site.construction_status === 'ACCEPTED' ? `安置住房已竣工验收，补短板项目${unfinished.length}个正在推进。` : '安置住房主体已完工，竣工验收资料正在整理报审。' },
    MOVING_IN: notMovedIn === 0 ? { status: 'COMPLETED', note: `${households.length}户搬迁群众已全部搬迁入住。`, doneOn: latest(households.map((h) => h.moved_in_on)) } : { status: 'IN_PROGRESS', note: `已入住${households.length - notMovedIn}户，尚有${notMovedIn}户未搬迁入住，正在逐户动员。` },
    EDUCATION: facilityTask(has, ['PRIMARY_SCHOOL', 'MIDDLE_SCHOOL'], '学校', lastReport('EDUCATION')),
    MEDICAL_CARE: facilityTask(has, ['CLINIC'], '卫生室', lastReport('MEDICAL')),
    SOCIAL_SECURITY: pension >= 95 ? { status: 'COMPLETED', note: `符合条件人员养老保险参保率${pension}%，应保尽保。` } : { status: 'IN_PROGRESS', note: `符合条件人员养老保险参保率${pension}%，正在逐户动员参保。` },
    COMMUNITY_SERVICES: centres >= 6 ? { status: 'COMPLETED', note: `社区“九个中心”已建成${centres}个并投入使用。` } : { status: 'IN_PROGRESS', note: `社区“九个中心”已建成${centres}个，其余正在建设。` },
    INDUSTRY_SUPPORT: withIndustry >= 80 ? { status: 'COMPLETED', note: `${withIndustry}%的搬迁户已落实产业扶持项目。` } : { status: 'IN_PROGRESS', note: `${withIndustry}%的搬迁户已落实产业扶持项目，其余正在对接。` },
    EMPLOYMENT_HELP: employment >= 90 ? { status: 'COMPLETED', note: `有劳动力家庭就业覆盖率${employment}%，实现每户至少一人就业。` } : { status: 'IN_PROGRESS', note: `有劳动力家庭就业覆盖率${employment}%，正在开展就业帮扶。` },
    CULTURAL_SERVICES: facilityTask(has, ['CULTURE_CENTRE'], '文化活动中心', undefined),
    DEMOLITION_RECLAMATION:
      standing + unreclaimed === 0
        ? { status: 'COMPLETED', note: `应拆除旧房${mustDemolish.length}户已全部拆除复垦。`, doneOn: latest(mustDemolish.map((h) => h.land_reclaimed_on)) }
        : { status: 'IN_PROGRESS', note: `应拆除旧房${mustDemolish.length}户，尚有${standing}户待拆除、${unreclaimed}户待复垦复绿。` },
    ORGANISATION_BUILDING:
      site.party_organisation_established && site.self_governance_established
        ? { status: 'COMPLETED', note: '安置点党组织和自治组织均已成立。', doneOn: latest([site.party_organisation_established_on, site.self_governance_established_on]) }
        : site.party_organisation_established || site.self_governance_established
          ? { status: 'IN_PROGRESS', note: site.party_organisation_established ? '党组织已成立，自治组织正在筹建。' : '自治组织已成立，党组织正在筹建。' }
          : { status: 'NOT_STARTED', note: '党组织和自治组织尚未成立，由迁入地村（社区）代管。' },
    PUBLIC_SAFETY: facilityTask(has, ['POLICING_CENTRE'], '警务室', undefined),
  };
}

/** Every site's records, recorded by `reporterOf(site)` between `from` and `lastDay`. */
export function planSiteTasks(rng: Rng, sources: SiteTaskSources, reporterOf: (site: SiteRow) => string, from: string, lastDay: string, today: string): SiteTaskRow[] {
  const rows: SiteTaskRow[] = [];
  for (const site of [...sources.sites].sort((a, b) => a.code.localeCompare(b.code))) {
    const siteRng = rng.fork(site.code);
    const county = sources.counties.find((c) => c.code === site.county_code) as CountyProfile;
    for (const [task, state] of Object.entries(taskStates(site, sources, today))) {
      // Done within the year: recorded when done. Otherwise updated at some point of the year,
      // work under way more recently.
      const done = state.status === 'COMPLETED' && state.doneOn && state.doneOn >= from ? state.doneOn : null;
      const recordedOn = done ?? randomDate(siteRng, state.status === 'COMPLETED' ? from : maxIso(from, addDays(lastDay, -75)), lastDay);
      const post = RESPONSIBLE_POSTS[task];
      const responsible = post
        ? `${officialName(siteRng, county.surnames, siteRng.weighted(county.ethnicities), siteRng.chance(0.7) ? Gender.MALE : Gender.FEMALE, siteRng.int(1968, 1990))}（${post}）`
        : `${site.leader_name ?? ''}（包点县级领导）`;
      rows.push({
        site_id: site.id,
        task,
        status: state.status,
        progress_note: state.note,
        recorded_on: recordedOn,
        responsible_person: responsible.slice(0, 50),
        updated_by: reporterOf(site),
        updated_at: officeTimestamp(siteRng, recordedOn),
      });
    }
  }
  return rows;
}
