import { Injectable } from '@nestjs/common';
import { badInput, DivisionCode, forbidden } from '@app/common';
import { JurisdictionDirectory, Role, Viewer } from '@app/access';
import { DivisionService, UnitLevel } from '@app/registry';
import { PolicyLevel } from './archive.enums';

/**
 * Filing a published document is archive work, not data capture: staff of every tier file the
 * documents of their own unit and those below it; site staff and spot checkers do not file.
 */
const FILING_ROLES: ReadonlySet<Role> = new Set([Role.REGION_ADMIN, Role.REGION_STAFF, Role.CITY_STAFF, Role.COUNTY_STAFF]);
const DIVISION_LEVEL: Record<Exclude<PolicyLevel, PolicyLevel.NATIONAL>, UnitLevel> = {
  [PolicyLevel.REGION]: UnitLevel.REGION,
  [PolicyLevel.CITY]: UnitLevel.CITY,
  [PolicyLevel.COUNTY]: UnitLevel.COUNTY,
};

/**
 * Which policy documents apply to whom. A document binds its own unit and everything below, so
 * a caller sees national documents, those of their unit and of the units above it, and those
 * of the units inside their jurisdiction.
 */
@Injectable()
export class PolicyScope {
  constructor(
    private readonly directory: JurisdictionDirectory,
    private readonly divisions: DivisionService,
  ) {}

  /** SQL on a `doc` alias: the documents the caller may see. */
  async visibleSql(viewer: Viewer): Promise<{ sql: string; params: Record<string, unknown> }> {
    const home = await this.homeDivision(viewer);
    if (!home) return { sql: 'doc.division_code IS NULL', params: {} };
    const below = DivisionCode.parse(home).withinSql('doc.division_code', 'policyHome');
    return { sql: `(doc.division_code IS NULL OR doc.division_code IN (:...policyAbove) OR ${below.sql})`, params: { ...below.params, policyAbove: DivisionCode.parse(home).selfAndAncestors.map(String) } };
  }

  /** Refuses a caller who may not file documents of this level and division. */
  async assertMayFile(viewer: Viewer, level: PolicyLevel, divisionCode: string | null | undefined): Promise<void> {
    if (!FILING_ROLES.has(viewer.role)) throw forbidden(`Role ${viewer.role} does not file policy documents`);
    if (level === PolicyLevel.NATIONAL) {
      if (divisionCode) throw badInput([{ field: 'divisionCode', reason: 'must be omitted for a national document' }]);
      if (viewer.jurisdiction.kind !== 'region') throw forbidden('National documents are filed by region staff');
      return;
    }
    const division = divisionCode ? await this.divisions.findByCode(divisionCode) : null;
    if (!division || division.level !== DIVISION_LEVEL[level]) {
      throw badInput([{ field: 'divisionCode', reason: `must be the code of the issuing ${DIVISION_LEVEL[level].toLowerCase()}` }]);
    }
    if (!viewer.seesDivision(division.code)) throw forbidden(`${division.name} is outside your jurisdiction`);
  }

  /** The division a caller works in; for site staff, their site's county. */
  private async homeDivision(viewer: Viewer): Promise<string | null> {
    const j = viewer.jurisdiction;
    if (j.kind !== 'site') return j.code;
    const { countyCode } = await this.directory.countyOf(j.siteId);
    return countyCode && DivisionCode.tryParse(countyCode)?.tier === 'COUNTY' ? countyCode : null;
  }
}
