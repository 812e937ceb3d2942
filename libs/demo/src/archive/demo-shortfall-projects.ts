import { addDays, minutesAfter, officeTimestamp, randomDate, workday } from '../dates';
import { demoPng } from '../evidence-files';
import { Rng } from '../prng';
import { SiteFacilityRow, SiteRow } from '../rows';
import { ArchiveFileRow, archiveFileRow } from './archive-files';

/**
 * 补短板项目 (SPEC §5): the follow-up construction closing most demo sites' gaps — the school,
 * kindergarten or clinic a site still lacks, roads, water, a workshop for jobs nearby — each
 * reported on monthly by its county (percent done, what happened, often a photo). Projects
 * move towards completion and stop reporting once done; a few stall for months.
 *
 * A project building a facility the site's records do not show never finishes within the demo's
 * year: the records would then have to show the new facility.
 */

/** Rows of tables `shortfall_project` and `shortfall_progress_report`. */
export interface ShortfallProjectRow {
  id: string;
  site_id: string;
  name: string;
  category: string;
  planned_investment: number;
  created_by: string;
  created_at: string;
}

export interface ShortfallReportRow {
  id: string;
  project_id: string;
  reported_on: string;
  percent: number;
  notes: string;
  reported_by: string;
  created_at: string;
}

export interface PlannedShortfallProjects {
  projects: ShortfallProjectRow[];
  reports: ShortfallReportRow[];
  photos: ArchiveFileRow[];
  contents: Map<string, Buffer>;
  /** Projects that stopped advancing: their last reports repeat the same percent. */
  stalled: Set<string>;
}

interface ProjectKind {
  suffix: string;
  category: string;
  /** Planned investment range, 万元. */
  investment: readonly [number, number];
  /** The facility it builds, when the site lacks it; such a project stays unfinished. */
  facility?: string;
}

const GAP_PROJECTS: readonly ProjectKind[] = [
  { suffix: '配套小学建设项目', category: 'EDUCATION', investment: [900, 1800], facility: 'PRIMARY_SCHOOL' },
  { suffix: '配套幼儿园建设项目', category: 'EDUCATION', investment: [300, 700], facility: 'KINDERGARTEN' },
  { suffix: '社区卫生服务站建设项目', category: 'MEDICAL', investment: [150, 400], facility: 'CLINIC' },
  { suffix: '农贸市场建设项目', category: 'COMMUNITY_SERVICE', investment: [200, 600], facility: 'MARKET' },
];
const GENERAL_PROJECTS: readonly ProjectKind[] = [
  { suffix: '进出道路硬化工程', category: 'ROADS', investment: [120, 500] },
  { suffix: '供水管网改造工程', category: 'WATER_POWER', investment: [80, 300] },
  { suffix: '扶贫车间（标准厂房）建设项目', category: 'INDUSTRY', investment: [300, 900] },
  { suffix: '污水处理设施建设项目', category: 'ENVIRONMENT', investment: [100, 400] },
  { suffix: '文体活动广场建设项目', category: 'COMMUNITY_SERVICE', investment: [60, 200] },
];

const STALL_REASONS = [
  '受用地报批影响，项目暂停施工，正在协调办理用地手续。',
  '上级补助资金尚未拨付到位，施工进度滞后，已报请县政府协调。',
  '施工单位人员和机械不足，进度缓慢，已约谈施工单位限期整改。',
  '雨季影响，土方和基础工程暂缓施工。',
];

function stageNote(percent: number): string {
  if (percent >= 100) return '项目竣工验收合格，已交付使用。';
  if (percent >= 90) return '完成竣工初验，正在整改收尾，准备竣工验收。';
  if (percent >= 60) return '主体工程完工，正在进行装饰装修和室外配套施工。';
  if (percent >= 30) return '主体结构施工中，工程质量和安全生产情况良好。';
  if (percent >= 10) return '施工单位已进场，完成场地平整和基础施工。';
  return '完成项目立项和施工图设计，正在开展招标工作。';
}

/** Each month's report on a working day around the 25th, from the month after `from` to `lastDay`. */
function reportDays(from: string, lastDay: string): string[] {
  const days: string[] = [];
  for (let month = addDays(from.slice(0, 8) + '01', 32).slice(0, 8); ; month = addDays(`${month}01`, 32).slice(0, 8)) {
    const day = workday(`${month}25`);
    if (day > lastDay) return days;
    days.push(day);
  }
}

/**
 * The projects of the sites given, from `from` (the start of the demo's year) to `lastDay`. Two
 * of the smallest sites have none; the others one to three, reported by `reporterOf(site)`.
 */
export function planShortfallProjects(
  rng: Rng,
  sites: readonly SiteRow[],
  facilities: readonly SiteFacilityRow[],
  reporterOf: (site: SiteRow) => string,
  from: string,
  lastDay: string,
): PlannedShortfallProjects {
  const planned: PlannedShortfallProjects = { projects: [], reports: [], photos: [], contents: new Map(), stalled: new Set() };
  const withoutProjects = new Set([...sites].sort((a, b) => (a.planned_households ?? 0) - (b.planned_households ?? 0)).slice(0, 2).map((s) => s.id));
  for (const site of [...sites].sort((a, b) => a.code.localeCompare(b.code))) {
    if (withoutProjects.has(site.id)) continue;
    const siteRng = rng.fork(site.code);
    const has = new Set(facilities.filter((f) => f.site_id === site.id).map((f) => f.kind_code));
    const gaps = GAP_PROJECTS.filter((kind) => kind.facility && !has.has(kind.facility));
    const kinds = [...siteRng.shuffle(gaps).slice(0, 1), ...siteRng.shuffle(GENERAL_PROJECTS)].slice(0, siteRng.int(1, 3));
    for (const kind of kinds) planProject(siteRng, planned, site, kind, reporterOf(site), from, lastDay);
  }
  return planned;
}

function planProject(rng: Rng, planned: PlannedShortfallProjects, site: SiteRow, kind: ProjectKind, reporter: string, from: string, lastDay: string): void {
  const createdOn = workday(randomDate(rng, addDays(from, 5), addDays(from, 120)));
  const project: ShortfallProjectRow = {
    id: rng.uuid(),
    site_id: site.id,
    name: `${site.name}${kind.suffix}`,
    category: kind.category,
    planned_investment: rng.int(kind.investment[0], kind.investment[1]),
    created_by: reporter,
    created_at: officeTimestamp(rng, createdOn),
  };
  planned.projects.push(project);

  // Some projects were under way before they were registered here. Buildings the records lack
  // advance slowly enough (at most 20 + 12 × 6 %) never to finish within the year.
  let percent = rng.chance(0.4) ? rng.int(10, kind.facility ? 20 : 40) : 0;
  const [least, most] = kind.facility ? [2, 6] : [5, 16];
  const stallsAfter = rng.chance(0.2) ? rng.int(2, 6) : Number.POSITIVE_INFINITY;
  const stallReason = rng.pick(STALL_REASONS);
  const days = reportDays(createdOn, lastDay);
  for (let month = 0; month < days.length; month++) {
    const stalled = month >= stallsAfter;
    if (!stalled) percent = Math.min(100, percent + rng.int(least, most));
    else planned.stalled.add(project.id);
    const day = days[month];
    const createdAt = officeTimestamp(rng, day);
    const report: ShortfallReportRow = {
      id: rng.uuid(),
      project_id: project.id,
      reported_on: day,
      percent,
      notes: stalled ? stallReason : stageNote(percent),
      reported_by: reporter,
      created_at: createdAt,
    };
    planned.reports.push(report);
    if (rng.chance(0.6)) {
      const id = rng.uuid();
      const bytes = demoPng(`shortfall project progress ${day} ${percent}% report ${report.id} photo ${id} (demo data)`, id);
      const at = minutesAfter(createdAt, rng.int(3, 40));
      const photo = archiveFileRow(
        { owner_type: 'SHORTFALL_PROGRESS_REPORT', owner_id: report.id },
        { id, bytes, mimeType: 'image/png', originalName: `IMG_${day.replace(/-/g, '')}_${at.slice(11, 19).replace(/:/g, '')}.png` },
        reporter,
        at,
      );
      planned.photos.push(photo);
      planned.contents.set(id, bytes);
    }
    if (percent >= 100) return;
  }
}
