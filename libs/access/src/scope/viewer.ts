import { SqlPredicate } from '@app/common';
import { Role } from '../users/role.enum';
import {
  Jurisdiction,
  jurisdictionCoversDivision,
  parseJurisdiction,
  roleSeesFullPersonalData,
  roleWritesRecords,
  siteWithinDivisionSql,
} from './jurisdiction';

/** The authenticated caller of one request, with everything access decisions need. */
export class Viewer {
  readonly jurisdiction: Jurisdiction;

  constructor(
    readonly userId: string,
    readonly username: string,
    readonly role: Role,
    jurisdiction: string,
  ) {
    this.jurisdiction = parseJurisdiction(jurisdiction);
  }

  get writesRecords(): boolean {
    return roleWritesRecords(this.role);
  }

  get seesFullPersonalData(): boolean {
    return roleSeesFullPersonalData(this.role);
  }

  /** Whether a division (its data, as a tier platform) is inside the caller's view scope. */
  seesDivision(code: string): boolean {
    return jurisdictionCoversDivision(this.jurisdiction, code);
  }

  /** Whether a site, given its id and county, is inside the caller's view scope. */
  seesSite(site: { id: string; countyCode: string }): boolean {
    const j = this.jurisdiction;
    return j.kind === 'site' ? j.siteId === site.id : jurisdictionCoversDivision(j, site.countyCode);
  }

  /**
   * SQL predicate restricting a `site` alias to the caller's view scope. Every list and lookup
   * of sites, households and persons goes through here, so scope lives in one place.
   */
  siteScopeSql(siteAlias: string): SqlPredicate {
    const j = this.jurisdiction;
    if (j.kind === 'site') return { sql: `${siteAlias}.id = :scopeSite`, params: { scopeSite: j.siteId } };
    return siteWithinDivisionSql(siteAlias, j.code, 'scopeDivision');
  }

  /**
   * SQL predicate restricting a column of division codes (of records filed by a division, such
   * as spot checks) to the caller's view scope; site staff see no division's records.
   */
  divisionColumnScopeSql(column: string): SqlPredicate {
    const j = this.jurisdiction;
    return j.kind === 'site' ? { sql: 'false', params: {} } : j.division.withinSql(column, 'scopeDivision');
  }
}
