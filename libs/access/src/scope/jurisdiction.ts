import { DivisionCode, SqlPredicate } from '@app/common';
import { Role } from '../users/role.enum';

/**
 * Where a user works: a division (region, city or county, by statistical code) or one site.
 * The tier of a division follows from its code (DivisionCode).
 */
export type Jurisdiction = { kind: 'region' | 'city' | 'county'; code: string; division: DivisionCode } | { kind: 'site'; siteId: string };

const KIND_OF_TIER = { REGION: 'region', CITY: 'city', COUNTY: 'county' } as const;

export function parseJurisdiction(value: string): Jurisdiction {
  const division = DivisionCode.tryParse(value);
  return division ? { kind: KIND_OF_TIER[division.tier], code: division.value, division } : { kind: 'site', siteId: value };
}

/** Whether a division code lies inside (or is) the jurisdiction's own division. */
export function jurisdictionCoversDivision(jurisdiction: Jurisdiction, code: string): boolean {
  return jurisdiction.kind !== 'site' && jurisdiction.division.contains(code);
}

/** Roles that capture data; the others review (SPEC §8: data entry belongs to the county and site). */
const WRITING_ROLES: ReadonlySet<Role> = new Set([Role.REGION_ADMIN, Role.COUNTY_STAFF, Role.SITE_STAFF]);
/** Roles that see resident ID numbers and phone numbers in full: those who enter and correct them. */
const FULL_PERSONAL_DATA_ROLES: ReadonlySet<Role> = new Set([Role.REGION_ADMIN, Role.COUNTY_STAFF, Role.SITE_STAFF]);

export const roleWritesRecords = (role: Role): boolean => WRITING_ROLES.has(role);
export const roleSeesFullPersonalData = (role: Role): boolean => FULL_PERSONAL_DATA_ROLES.has(role);

/**
 * SQL predicate: the `site` alias lies inside the division with this code. Sites keep their
 * city and county codes, so the planner can use those columns' indexes.
 */
export function siteWithinDivisionSql(siteAlias: string, code: string, param: string): SqlPredicate {
  return DivisionCode.parse(code).withinSql({ county: `${siteAlias}.county_code`, city: `${siteAlias}.city_code` }, param);
}
