/**
 * What access control needs to know about places without owning them: whether a jurisdiction
 * (a division code or a site id) exists, and the county it lies in. Implemented by the
 * registry and handed to AccessModule by the app, so access never reads registry tables.
 */
export abstract class JurisdictionDirectory {
  abstract countyOf(jurisdiction: string): Promise<{ exists: boolean; countyCode: string | null }>;
}
