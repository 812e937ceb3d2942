import { Viewer } from '@app/access/scope/viewer';

/**
 * Snapshot rows (alias `r`) inside a division's subtree and the caller's view scope. Rows carry
 * the city and county they lie in, so both are plain equality tests.
 */
export function reportRowScopeSql(viewer: Viewer, divisionCode: string | null): { sql: string; params: Record<string, string> } {
  const conditions: string[] = [];
  const params: Record<string, string> = {};
  const within = (code: string, name: string) => {
    if (code.endsWith('0000')) return 'true';
    params[name] = code;
    return code.endsWith('00') ? `r.city_code = :${name}` : `r.county_code = :${name}`;
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
