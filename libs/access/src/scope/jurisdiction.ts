import { Role } from '../users/role.enum';

/**
 * Where a user works: a division (region, city or county, by statistical code) or one site.
 * Division codes nest by prefix — 450000 ⊃ 450100 ⊃ 450123 — so the level follows from the code.
 */
export type Jurisdiction =
  | { kind: 'region'; code: string }
  | { kind: 'city'; code: string }
  | { kind: 'county'; code: string }
  | { kind: 'site'; siteId: string };

const DIVISION_CODE = /^\d{6}$/;

export function parseJurisdiction(value: string): Jurisdiction {
  if (!DIVISION_CODE.test(value)) return { kind: 'site', siteId: value };
  if (value.endsWith('0000')) return { kind: 'region', code: value };
  if (value.endsWith('00')) return { kind: 'city', code: value };
  return { kind: 'county', code: value };
}

/** Whether a division code lies inside (or is) the jurisdiction's own division. */
export function jurisdictionCoversDivision(jurisdiction: Jurisdiction, code: string): boolean {
  switch (jurisdiction.kind) {
    case 'region':
      return code.slice(0, 2) === jurisdiction.code.slice(0, 2);
    case 'city':
      return code.slice(0, 4) === jurisdiction.code.slice(0, 4);
    case 'county':
      return code === jurisdiction.code;
    case 'site':
      return false;
  }
}

/** Roles that capture data; the others review (SPEC §8: data entry belongs to the county and site). */
const WRITING_ROLES: ReadonlySet<Role> = new Set([Role.REGION_ADMIN, Role.COUNTY_STAFF, Role.SITE_STAFF]);
/** Roles that see resident ID numbers and phone numbers in full: those who enter and correct them. */
const FULL_PERSONAL_DATA_ROLES: ReadonlySet<Role> = new Set([Role.REGION_ADMIN, Role.COUNTY_STAFF, Role.SITE_STAFF]);

export const roleWritesRecords = (role: Role): boolean => WRITING_ROLES.has(role);
export const roleSeesFullPersonalData = (role: Role): boolean => FULL_PERSONAL_DATA_ROLES.has(role);

/**
 * SQL predicate: the `site` alias lies inside the division with this code. Uses the
 * denormalised city and county columns so the planner can use their indexes.
 */
export function siteWithinDivisionSql(siteAlias: string, code: string, param: string): { sql: string; params: Record<string, string> } {
  const division = parseJurisdiction(code);
  switch (division.kind) {
    case 'region':
      return { sql: `left(${siteAlias}.county_code, 2) = :${param}`, params: { [param]: code.slice(0, 2) } };
    case 'city':
      return { sql: `${siteAlias}.city_code = :${param}`, params: { [param]: code } };
    default:
      return { sql: `${siteAlias}.county_code = :${param}`, params: { [param]: code } };
  }
}
