import { useQuery } from '@apollo/client/react';
import { LIVE_FIGURES, REPORT_FIGURES } from '../../api/queries';
import type { FigureFragment, ReportFigureFragment, UnitLevel } from '../../gql/graphql';
import type { Figure, PlatformFigures, UnitFigures } from './figures';

const UNIT_LEVEL: Record<string, UnitLevel> = { REGION: 'CITY', CITY: 'COUNTY', COUNTY: 'SITE' };

export type Month = { kind: 'live'; latestPublished?: string } | { kind: 'published'; period: string };

function liveFigures(values: readonly FigureFragment[], previous: Map<string, ReportFigureFragment>): Record<string, Figure> {
  return Object.fromEntries(
    values.map((v) => {
      const before = previous.get(v.key)?.value;
      const change = v.value !== null && v.value !== undefined && before !== null && before !== undefined ? v.value - before : null;
      return [v.key, { value: v.value ?? null, numerator: v.numerator, denominator: v.denominator, change }];
    }),
  );
}

function reportFigure(row: ReportFigureFragment): Figure {
  return { value: row.value ?? null, numerator: row.numerator ?? null, denominator: row.denominator ?? null, change: row.changeFromPreviousMonth ?? null };
}

function byUnit(rows: readonly ReportFigureFragment[]): Map<string, Map<string, ReportFigureFragment>> {
  const units = new Map<string, Map<string, ReportFigureFragment>>();
  for (const row of rows) {
    if (!units.has(row.unitCode)) units.set(row.unitCode, new Map());
    units.get(row.unitCode)?.set(row.indicator, row);
  }
  return units;
}

const hrefOf = (level: UnitLevel, id: string) => (level === 'SITE' ? `/site/${id}` : `/division/${id}`);

/**
 * The figures of a division platform for a month: live from the records (compared with the
 * latest published month), or as published. Units are the divisions below, or a county's sites.
 */
export function useDivisionFigures(code: string, level: string, month: Month | undefined) {
  const unitLevel = UNIT_LEVEL[level];
  const reportPeriod = month?.kind === 'published' ? month.period : month?.latestPublished;
  const report = useQuery(REPORT_FIGURES, {
    variables: { code, period: reportPeriod ?? '', ownLevel: level as UnitLevel, unitLevel },
    skip: !month || !reportPeriod,
  });
  const live = useQuery(LIVE_FIGURES, { variables: { code, withSites: unitLevel === 'SITE' }, skip: month?.kind !== 'live' });

  const loading = !month || (month.kind === 'live' && (!live.data || (reportPeriod !== undefined && !report.data))) || (month.kind === 'published' && !report.data);
  const error = live.error ?? report.error;
  if (loading || error || !month) return { loading: !error, error, figures: undefined };

  const published = report.data?.monthlyReport;
  const ownRows = new Map((published?.own ?? []).filter((row) => row.unitCode === code).map((row) => [row.indicator, row]));
  const unitRows = byUnit((published?.units ?? []).filter((row) => row.parentCode === code));
  const problems = new Map((published?.problems ?? []).filter((p) => p.parentCode === code).map((p) => [p.unitCode, p]));

  let figures: PlatformFigures;
  if (month.kind === 'live') {
    const division = live.data?.division;
    const liveUnits: Array<{ id: string; name: string; indicators: readonly FigureFragment[] }> =
      unitLevel === 'SITE'
        ? (division?.sites?.nodes ?? []).map((site) => ({ id: site.id, name: site.name, indicators: site.indicators }))
        : (division?.children ?? []).filter((child) => child.hasRelocationTask).map((child) => ({ id: child.code, name: child.name, indicators: child.indicators }));
    figures = {
      asOf: division?.indicatorsAsOf,
      own: liveFigures(division?.indicators ?? [], ownRows),
      units: liveUnits.map(
        (unit): UnitFigures => ({
          id: unit.id,
          name: unit.name,
          href: hrefOf(unitLevel, unit.id),
          figures: liveFigures(unit.indicators, unitRows.get(unit.id) ?? new Map()),
        }),
      ),
    };
  } else {
    figures = {
      own: Object.fromEntries([...ownRows].map(([key, row]) => [key, reportFigure(row)])),
      units: [...unitRows].map(([id, rows]): UnitFigures => {
        const first = rows.values().next().value as ReportFigureFragment;
        return {
          id,
          name: first.unitName,
          href: hrefOf(unitLevel, id),
          figures: Object.fromEntries([...rows].map(([key, row]) => [key, reportFigure(row)])),
          openViolations: problems.get(id)?.openViolations,
          unrecognizedClaims: problems.get(id)?.unrecognizedClaims,
        };
      }),
    };
  }
  return { loading: false, error: undefined, figures, unitLevel };
}
