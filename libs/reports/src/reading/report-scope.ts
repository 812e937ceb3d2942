import { DivisionCode } from '@app/common';
import { Viewer } from '@app/access';

/**
 * Snapshot rows (alias `r`) inside a division's subtree and the caller's view scope. Rows carry
 * the city and county they lie in, so both are plain equality tests.
 */
export function reportRowScopeSql(viewer: Viewer, divisionCode: string | null): { sql: string; params: Record<string, string> } {
  const conditions: string[] = [];
  const params: Record<string, string> = {};
  const within = (code: string, name: string) => {
    const division = DivisionCode.parse(code);
    // A report covers one region, whose own row and city rows carry no county code.
    if (division.tier === 'REGION') return 'true';
    const predicate = division.withinSql({ county: 'r.county_code', city: 'r.city_code' }, name);
    Object.assign(params, predicate.params);
    return predicate.sql;
  };
  const j = viewer.jurisdiction;
  if (j.kind === 'site') {
    params.scopeSite = j.siteId;
    conditions.push('r.unit_code = :scopeSite');
  } else {
    conditions.push(within(j.code, 'scopeDivision'));
  }
  if (divisionCode) conditions.push(within(divisionCode, 'subtree'));
  return { sql: conditions.join(' AND '), params };
}
