import { addDays } from './dates';
import { LOADER_ACTOR, householdEventDays, planHistory } from './history';
import { generateDemoDataset } from './load-demo-data';
import { Rng } from './prng';
import { HouseholdRow } from './rows';
import { DrawnCheck, pastDrawMonths, planSpotCheckResults, withCorrectedVersions } from './spot-checks';

const TODAY = '2026-12-07';
const LAST_DAY = addDays(TODAY, -1);
const SEED = 7;

describe('pastDrawMonths', () => {
  it('lists the 2nd of every month after the last entry, up to the last day, at 00:00 in Shanghai', () => {
    expect(pastDrawMonths('2026-01-02T09:30:00+08:00', '2026-04-05')).toEqual([
      { period: '2026-02', drawnAt: '2026-02-02T00:00:00+08:00' },
      { period: '2026-03', drawnAt: '2026-03-02T00:00:00+08:00' },
      { period: '2026-04', drawnAt: '2026-04-02T00:00:00+08:00' },
    ]);
    expect(pastDrawMonths('2025-12-20T10:00:00+08:00', '2026-01-01').map((m) => m.period)).toEqual([]);
    expect(pastDrawMonths('2025-12-01T10:00:00+08:00', '2026-01-02').map((m) => m.period)).toEqual(['2025-12', '2026-01']);
  });
});

describe('planSpotCheckResults', () => {
  const dataset = generateDemoDataset(SEED, TODAY);
  const generated = new Map(dataset.households.map((h) => [h.id, { ...h }]));
  // Samples as the draw might give them: every month, the first sites and a spread of households per city.
  const checks: DrawnCheck[] = pastDrawMonths('2026-01-05T10:00:00+08:00', LAST_DAY).flatMap(({ period }, month) =>
    ['450100', '450900', '451200'].map((cityCode) => {
      const sites = dataset.sites.filter((s) => s.city_code === cityCode);
      const households = dataset.households.filter((h) => sites.some((s) => s.id === h.site_id)).filter((_, i) => (i + month) % 7 === 0);
      return {
        id: `${period}-${cityCode}`,
        cityCode,
        period,
        assignee: `checker-${cityCode}`,
        items: [
          ...sites.slice(0, 2).map((s) => ({ id: `${period}-${s.id}`, subject_type: 'SITE' as const, subject_id: s.id, site_id: s.id })),
          ...households.map((h) => ({ id: `${period}-${h.id}`, subject_type: 'HOUSEHOLD' as const, subject_id: h.id, site_id: h.site_id })),
        ],
      };
    }),
  );
  const planned = planSpotCheckResults(new Rng(SEED), checks, dataset, LAST_DAY, dataset.history.corrected);
  const history = planHistory(new Rng(SEED).fork('history'), TODAY, dataset, { recorded: planned.corrections, slips: dataset.history.slips });

  it('records results of past visits only, by the check’s assignee, in the month drawn', () => {
    const items = new Map(checks.flatMap((c) => c.items.map((i) => [i.id, c])));
    expect(planned.results.length).toBeGreaterThan(0);
    for (const result of planned.results) {
      const check = items.get(result.id) as DrawnCheck;
      expect(result.recorded_by).toBe(check.assignee);
      expect(result.recorded_at.slice(0, 7)).toBe(check.period);
      expect(result.recorded_at.slice(0, 10) <= LAST_DAY).toBe(true);
    }
    // This month's visits lie partly or wholly ahead.
    expect(planned.results.length).toBeLessThan(checks.reduce((n, c) => n + c.items.length, 0));
  });

  it('corrects a household at most once, never one the history corrects already, never on a day it changes otherwise', () => {
    const corrected = planned.corrections.map((c) => c.householdId);
    expect(corrected.length).toBeGreaterThan(5);
    expect(new Set(corrected).size).toBe(corrected.length);
    for (const { householdId, correction } of planned.corrections) {
      expect(dataset.history.corrected.has(householdId)).toBe(false);
      const before = generated.get(householdId) as HouseholdRow;
      expect(householdEventDays(before)).not.toContain(correction.correctedOn);
      // The records held the generated value until the visit; they hold what the visit found since.
      expect(correction.wrongValue).toEqual(before[correction.column]);
      expect(dataset.households.find((h) => h.id === householdId)?.[correction.column]).not.toEqual(correction.wrongValue);
    }
    expect(planned.results.filter((r) => r.outcome === 'DISCREPANCY')).toHaveLength(corrected.length);
  });

  it('never moves a registered-poor household across the housing-area red line', () => {
    for (const { householdId, correction } of planned.corrections.filter((c) => c.correction.column === 'housing_area')) {
      const household = dataset.households.find((h) => h.id === householdId);
      if (household?.household_type !== 'REGISTERED_POOR') continue;
      expect((correction.wrongValue as number) / household.beneficiary_count > 25).toBe(household.housing_area / household.beneficiary_count > 25);
    }
  });

  it('makes each correction a version of its own, by the checker at the recorded instant, leaving the first versions as they were', () => {
    expect(JSON.stringify(history.entries)).toBe(JSON.stringify(dataset.history.entries));
    const results = withCorrectedVersions(planned, history);
    for (const result of results.filter((r) => r.outcome === 'DISCREPANCY')) {
      const correction = planned.correctionOf.get(result.id);
      const batch = history.changes.find((b) => b.at === result.recorded_at && b.actor === result.recorded_by);
      const row = batch?.households.find((h) => h.id === correction?.householdId);
      expect(row?.version).toBe(result.corrected_version);
      expect(batch?.actor).not.toBe(LOADER_ACTOR);
    }
    // Versions stay in time order: every batch after the one before.
    const instants = history.changes.map((b) => Date.parse(b.at));
    expect(instants).toEqual([...instants].sort((a, b) => a - b));
  });
});
