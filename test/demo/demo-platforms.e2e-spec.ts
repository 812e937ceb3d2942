/**
 * The demo as a newcomer meets it (issue 21): signed in as the demo users, every platform has
 * its past — work news at every demo tier, the archive searchable by document number, shortfall
 * projects with progress, monthly spot checks with discrepancy rates, special tasks with
 * completions — each in the caller's scope and consistent with the records it speaks of.
 */
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { todayInShanghai } from '@app/common';
import { DEMO_ACCOUNTS, DemoSummary, POLICY_DOCUMENTS, loadDemoData } from '@app/demo';
import { persistenceOptions } from '@app/persistence';
import { reportPeriod } from '@app/reports';
import { ApiHarness, TEST_PASSWORD } from '../support/api-harness';

const TODAY = todayInShanghai();
const TIERS: ReadonlyArray<readonly [string, string]> = [
  ['admin', '450000'],
  ['nanning', '450100'],
  ['yulin', '450900'],
  ['hechi', '451200'],
  ['longan', '450123'],
  ['bobai', '450923'],
  ['duan', '451228'],
];

describe('the demo platforms', () => {
  let api: ApiHarness;
  let summary: DemoSummary | null;

  beforeAll(async () => {
    api = await ApiHarness.start();
    const dataSource = new DataSource(persistenceOptions(process.env.DATABASE_URL as string, { poolSize: 2 }));
    await dataSource.initialize();
    try {
      // The harness signs users in with its own password; the demo's accounts get it too.
      summary = await loadDemoData(dataSource, { password: TEST_PASSWORD, evidenceDir: api.evidenceDir, today: TODAY });
    } finally {
      await dataSource.destroy();
    }
  });
  afterAll(() => api.stop());

  const rows = async <T extends Record<string, unknown>>(sql: string, parameters: unknown[] = []) => (await api.db.query<T>(sql, parameters)).rows;
  const data = async (user: string, query: string, variables: Record<string, unknown> = {}) => {
    const response = await api.as(user, query, variables);
    if (!response.data || response.errors) throw new Error(`${user}: ${JSON.stringify(response.errors)}`);
    return response.data;
  };

  it('reports what it loaded', () => {
    expect(summary).toMatchObject({ users: DEMO_ACCOUNTS.length, policyDocuments: POLICY_DOCUMENTS.length });
    expect(summary?.newsItems).toBeGreaterThan(150);
    expect(summary?.shortfallProjects).toBeGreaterThan(8);
    expect(summary?.spotChecks).toBeGreaterThanOrEqual(30);
    expect(summary?.spotCheckCorrections).toBeGreaterThan(5);
    expect(summary?.siteTaskRecords).toBe(12 * 12);
  });

  it('has work news at every demo tier, a few a month, by that tier’s own staff', async () => {
    const perTier = new Map((await rows<{ code: string; n: string }>(`SELECT division_code AS code, count(*) AS n FROM news_item GROUP BY 1`)).map((r) => [r.code, Number(r.n)]));
    for (const [user, code] of TIERS) {
      // Newest first, the tier's own and its units' below; the own ones by the tier's staff.
      const news = (await data(user, `query($c: ID!) { workNews(divisionCode: $c, first: 50) { totalCount nodes { divisionCode title body author publishedAt } } }`, { c: code })).workNews;
      const own = news.nodes.filter((item: { divisionCode: string }) => item.divisionCode === code);
      expect([code, perTier.get(code)]).toEqual([code, expect.any(Number)]);
      expect(perTier.get(code)).toBeGreaterThanOrEqual(24);
      expect(news.totalCount).toBeGreaterThanOrEqual(perTier.get(code) as number);
      expect(own.length).toBeGreaterThan(0);
      expect(new Set(own.map((item: { author: string }) => item.author))).toEqual(new Set([user]));
      expect(own.every((item: { title: string; body: string }) => /[\u4e00-\u9fff]/.test(item.title) && item.body.length > 30)).toBe(true);
      const published = news.nodes.map((item: { publishedAt: string }) => item.publishedAt);
      expect(published).toEqual([...published].sort().reverse());
    }
    // Every item's author is staff of the tier it was published for, and it was published in the past year.
    expect(
      await rows(
        `SELECT n.id FROM news_item n LEFT JOIN app_user u ON u.username = n.author
          WHERE u.jurisdiction IS DISTINCT FROM n.division_code OR u.role NOT IN ('REGION_ADMIN', 'CITY_STAFF', 'COUNTY_STAFF')
             OR n.published_at >= $1::date OR n.published_at < $1::date - 366`,
        [TODAY],
      ),
    ).toEqual([]);
    // A county sees its own platform's news, not a neighbour's or its city's.
    expect((await api.as('longan', `{ workNews(divisionCode: "450900") { totalCount } }`)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('reports each month’s move-ins in the county news with the numbers the records hold', async () => {
    const items = await rows<{ body: string; published_at: Date }>(`SELECT body, published_at FROM news_item WHERE division_code = '451228' AND title LIKE '%喜迁新居' ORDER BY published_at`);
    expect(items.length).toBeGreaterThan(0);
    const [{ total }] = await rows<{ total: string }>(
      `SELECT count(*) AS total FROM household h JOIN site s ON s.id = h.site_id WHERE s.county_code = '451228' AND h.moved_in_on >= $1::date - 365 AND h.moved_in_on < $2`,
      [TODAY, items.at(-1)?.published_at],
    );
    // Each item counts the households that moved in since the last one: together, no more than moved in.
    const reported = items.reduce((sum, item) => sum + Number(/共(\d+)户|(\d+)户\d+人/.exec(item.body)?.slice(1).find(Boolean) ?? 0), 0);
    expect(reported).toBeGreaterThan(0);
    expect(reported).toBeLessThanOrEqual(Number(total));
  });

  it('files the real policy documents, searchable by their number in every scope, with their text as a PDF', async () => {
    for (const user of ['admin', 'longan', 'yulin']) {
      const found = (await data(user, `{ policyDocuments(search: "中发〔2018〕16号") { totalCount nodes { title issuer documentNumber level issuedOn } } }`)).policyDocuments;
      expect(found.nodes).toEqual([{ title: '中共中央 国务院关于打赢脱贫攻坚战三年行动的指导意见', issuer: '中共中央 国务院', documentNumber: '中发〔2018〕16号', level: 'NATIONAL', issuedOn: '2018-06-15' }]);
    }
    const region = (await data('duan', `{ policyDocuments(search: "三年行动的实施意见") { nodes { issuer issuedOn level files { id mimeType size sha256 fileUrl } } } }`)).policyDocuments.nodes;
    expect(region).toHaveLength(1);
    expect(region[0]).toMatchObject({ issuer: '中共广西壮族自治区委员会 广西壮族自治区人民政府', issuedOn: '2018-10-24', level: 'REGION' });
    const [file] = region[0].files;
    const response = await fetch(`${api.url}${file.fileUrl}`, { headers: { authorization: `Bearer ${await api.tokenFor('duan')}` } });
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(response.status).toBe(200);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect([bytes.length, createHash('sha256').update(bytes).digest('hex')]).toEqual([file.size, file.sha256]);
    // A city's document binds that city: Liuzhou's is in the region's archive, not in Nanning's.
    expect((await data('admin', `{ policyDocuments(search: "柳扶领发〔2018〕14号") { totalCount } }`)).policyDocuments.totalCount).toBe(1);
    expect((await data('nanning', `{ policyDocuments(search: "柳扶领发〔2018〕14号") { totalCount } }`)).policyDocuments.totalCount).toBe(0);
  });

  it('takes every document number and date it carries a text for from that text, as written', () => {
    const withText = POLICY_DOCUMENTS.filter((d) => d.text !== null);
    expect(withText.length).toBeGreaterThanOrEqual(3);
    for (const document of withText) {
      // Printed dates are sometimes spaced out (2020 年 11 月 27 日).
      const text = (document.text as string).replace(/\s+/g, '');
      if (document.documentNumber) expect([document.title, text.includes(document.documentNumber)]).toEqual([document.title, true]);
      const [year, month, day] = document.issuedOn.split('-').map(Number);
      expect([document.title, text.includes(`${year}年${month}月${day}日`)]).toEqual([document.title, true]);
    }
    // The national guidance the region's opinions implement is filed under the number they cite it by.
    const opinions = withText.find((d) => d.level === 'REGION' && d.text?.includes('三年行动的实施意见'))?.text as string;
    const guidance = POLICY_DOCUMENTS.find((d) => d.documentNumber === '中发〔2018〕16号');
    expect(opinions).toContain(`《中共中央、国务院关于打赢脱贫攻坚战三年行动的指导意见》(${guidance?.documentNumber})`);
  });

  it('has shortfall projects at most sites, reported on monthly, advancing unless stalled', async () => {
    const projects = (
      await data(
        'duan',
        `{ shortfallProjects(divisionCode: "451228", first: 50) { totalCount nodes { name category percentComplete site { code }
           progressReports { reportedOn percent notes reportedBy photos { mimeType fileUrl } } } } }`,
      )
    ).shortfallProjects.nodes;
    expect(projects.length).toBeGreaterThanOrEqual(4);
    let photos = 0;
    for (const project of projects) {
      const reports = project.progressReports as Array<{ reportedOn: string; percent: number; notes: string; reportedBy: string; photos: unknown[] }>;
      expect([project.name, reports.length > 0]).toEqual([project.name, true]);
      expect(project.percentComplete).toBe(reports.at(-1)?.percent);
      expect(new Set(reports.map((r) => r.reportedBy))).toEqual(new Set(['duan']));
      photos += reports.reduce((sum, r) => sum + r.photos.length, 0);
      for (let i = 1; i < reports.length; i++) expect(reports[i].percent).toBeGreaterThanOrEqual(reports[i - 1].percent);
    }
    expect(photos).toBeGreaterThan(0);
    // Across the demo: a project stands still only while stalled, with a note saying why; finished
    // projects stop reporting; some finished, some stalled.
    const reports = await rows<{ project_id: string; percent: number; previous: number | null; notes: string; reported_on: string }>(
      `SELECT project_id, percent, lag(percent) OVER (PARTITION BY project_id ORDER BY reported_on) AS previous, notes, reported_on FROM shortfall_progress_report`,
    );
    const flat = reports.filter((r) => r.previous !== null && r.percent === r.previous);
    expect(reports.filter((r) => r.previous !== null && r.percent < (r.previous as number))).toEqual([]);
    expect(flat.length).toBeGreaterThan(0);
    expect(flat.every((r) => /暂停|滞后|缓慢|暂缓/.test(r.notes))).toBe(true);
    const finished = reports.filter((r) => r.percent === 100);
    expect(finished.length).toBeGreaterThan(0);
    expect(finished.every((r) => !reports.some((later) => later.project_id === r.project_id && later.reported_on > r.reported_on))).toBe(true);
    expect((await api.as('bobai', `{ shortfallProjects(divisionCode: "451228") { totalCount } }`)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('draws a spot check per city every month, assigned to the city’s checker, with discrepancy rates for every past month', async () => {
    const checks = (await data('nanning', `{ spotChecks(divisionCode: "450100", first: 20) { totalCount nodes { period seed assignee createdBy items { outcome recordedBy } } } }`)).spotChecks;
    expect(checks.totalCount).toBeGreaterThanOrEqual(10);
    const periods = checks.nodes.map((c: { period: string }) => c.period);
    expect(new Set(periods).size).toBe(periods.length);
    for (const check of checks.nodes) {
      expect(check).toMatchObject({ seed: `${check.period}/450100`, assignee: 'checker-nanning', createdBy: 'monthly-spot-check' });
      const recorded = check.items.filter((item: { outcome: string | null }) => item.outcome !== null);
      if (check.period < TODAY.slice(0, 7)) expect([check.period, recorded.length]).toEqual([check.period, check.items.length]);
      expect(recorded.every((item: { recordedBy: string }) => item.recordedBy === 'checker-nanning')).toBe(true);
    }
    // Rates for every month that ended since the first draw, from the region down to the sites.
    let month = reportPeriod(reportPeriod(TODAY.slice(0, 7)).previous);
    let discrepancies = 0;
    for (let i = 0; i < 10; i++, month = reportPeriod(month.previous)) {
      const rates = (await data('admin', `query($p: String) { spotCheckDiscrepancyRates(divisionCode: "450000", period: $p) { level unitCode checked discrepancies } }`, { p: month.period }))
        .spotCheckDiscrepancyRates;
      const region = rates.find((r: { level: string }) => r.level === 'REGION');
      expect([month.period, region.checked]).toEqual([month.period, 3 * 22]);
      expect(rates.filter((r: { level: string }) => r.level === 'CITY')).toHaveLength(3);
      discrepancies += region.discrepancies;
    }
    expect(discrepancies).toBeGreaterThan(0);
    expect((await api.as('longan', `{ spotChecks(divisionCode: "450900") { totalCount } }`)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('applies each discrepancy’s corrections to the record as the checker’s own version, seen in its history', async () => {
    const findings = await rows<{ subject_id: string; corrections: Record<string, unknown>; corrected_version: number; recorded_by: string; recorded_at: Date }>(
      `SELECT subject_id, corrections, corrected_version, recorded_by, recorded_at FROM spot_check_item WHERE outcome = 'DISCREPANCY'`,
    );
    expect(findings.length).toBeGreaterThan(5);
    const columns: Record<string, string> = { housingArea: 'housing_area', netIncomePerCapita: 'net_income_per_capita', mainIncomeSource: 'main_income_source' };
    for (const finding of findings) {
      const [[field, value]] = Object.entries(finding.corrections);
      const column = columns[field];
      const [version] = await rows<{ value: unknown; written_by: string; from: Date }>(
        `SELECT ${column}::text AS value, written_by, lower(sys_period) AS from
           FROM (SELECT * FROM household UNION ALL SELECT * FROM household_history) v WHERE id = $1 AND version = $2`,
        [finding.subject_id, finding.corrected_version],
      );
      const [before] = await rows<{ value: unknown }>(`SELECT ${column}::text AS value FROM household_history WHERE id = $1 AND version = $2`, [finding.subject_id, finding.corrected_version - 1]);
      expect({ value: Number.isNaN(Number(version.value)) ? version.value : Number(version.value), by: version.written_by, at: version.from.getTime() }).toEqual({
        value,
        by: finding.recorded_by,
        at: finding.recorded_at.getTime(),
      });
      expect(before.value).not.toEqual(version.value);
    }
    // The same through the API: the household's history names the checker and what changed.
    const { subject_id: id, corrections, recorded_by: checker } = findings[0];
    const history = (await data('admin', `query($id: ID!) { household(id: $id) { history { actor changes } } }`, { id })).household.history;
    const entry = history.find((e: { actor: string }) => e.actor === checker);
    expect(Object.keys(entry.changes)).toEqual(Object.keys(corrections));
    // The spot checkers made no other change to any record.
    expect(
      await rows(
        `SELECT id FROM (SELECT id, version, written_by FROM household UNION ALL SELECT id, version, written_by FROM household_history) v
          WHERE written_by LIKE 'checker-%' AND (id, version) NOT IN (SELECT subject_id, corrected_version FROM spot_check_item WHERE corrected_version IS NOT NULL)`,
      ),
    ).toEqual([]);
  });

  it('shows special tasks completed at some sites and under way at others, as the records have them', async () => {
    const tasks = (await data('duan', `{ specialTasks(divisionCode: "451228") { task siteCount sitesCompleted sitesInProgress records { siteId status progressNote updatedBy } } }`)).specialTasks;
    expect(tasks).toHaveLength(12);
    expect(tasks.every((t: { siteCount: number; records: unknown[] }) => t.siteCount === 6 && t.records.length === 6)).toBe(true);
    expect(tasks.reduce((sum: number, t: { sitesCompleted: number }) => sum + t.sitesCompleted, 0)).toBeGreaterThan(6);
    expect(tasks.reduce((sum: number, t: { sitesInProgress: number }) => sum + t.sitesInProgress, 0)).toBeGreaterThan(6);
    expect(tasks.flatMap((t: { records: Array<{ updatedBy: string }> }) => t.records.map((r) => r.updatedBy))).toEqual(Array(72).fill('duan'));
    // Moving in is done exactly where every household has moved in; demolition where every old house is down and reclaimed.
    const mismatched = await rows(
      `SELECT r.site_id, r.task FROM site_task_record r
        WHERE (r.task = 'MOVING_IN' AND (r.status = 'COMPLETED') <> NOT EXISTS (SELECT 1 FROM household h WHERE h.site_id = r.site_id AND NOT h.moved_in))
           OR (r.task = 'DEMOLITION_RECLAMATION' AND (r.status = 'COMPLETED') <> NOT EXISTS (
                 SELECT 1 FROM household h WHERE h.site_id = r.site_id AND h.old_house_disposition = 'MUST_DEMOLISH' AND NOT (h.old_house_demolished AND h.land_reclaimed)))
           OR (r.task = 'ORGANISATION_BUILDING' AND (r.status = 'COMPLETED') <> (SELECT s.party_organisation_established AND s.self_governance_established FROM site s WHERE s.id = r.site_id))
           OR r.recorded_on >= $1::date OR r.recorded_on < $1::date - 365`,
      [TODAY],
    );
    expect(mismatched).toEqual([]);
  });
});
