import { parseJurisdiction } from '@app/access/scope/jurisdiction';
import { Viewer } from '@app/access/scope/viewer';

export interface SqlPredicate {
  sql: string;
  params: Record<string, string>;
}

/** SQL: a column holding a division code lies inside (or is) the division `code`; codes nest by prefix. */
export function divisionCodeWithinSql(column: string, code: string, param: string): SqlPredicate {
  switch (parseJurisdiction(code).kind) {
    case 'region':
      return { sql: `left(${column}, 2) = :${param}`, params: { [param]: code.slice(0, 2) } };
    case 'city':
      return { sql: `left(${column}, 4) = :${param}`, params: { [param]: code.slice(0, 4) } };
    default:
      return { sql: `${column} = :${param}`, params: { [param]: code } };
  }
}

/** SQL: a division-code column inside the caller's jurisdiction; site staff see no division. */
export function divisionCodeScopeSql(viewer: Viewer, column: string): SqlPredicate {
  const j = viewer.jurisdiction;
  return j.kind === 'site' ? { sql: 'false', params: {} } : divisionCodeWithinSql(column, j.code, 'scopeDivision');
}
