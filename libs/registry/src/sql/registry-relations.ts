/**
 * The registry's records as SQL relations: the one way other features name them in SQL they
 * write themselves (indicator figures, reports, samples, alerts). Each relation has the columns
 * of the registry's entity of the same name; `registryAsOf` gives the same records as they
 * stood at an instant, reconstructed from the history the triggers keep.
 */
export interface RegistryRelations {
  readonly division: string;
  readonly site: string;
  readonly facilityKind: string;
  readonly siteFacility: string;
  readonly household: string;
  readonly person: string;
}

/** The live records. */
export const REGISTRY_RELATIONS = {
  division: 'division',
  site: 'site',
  facilityKind: 'facility_kind',
  siteFacility: 'site_facility',
  household: 'household',
  person: 'person',
} as const satisfies RegistryRelations;

/**
 * The records as they were at `instant` (SQL for a timestamptz, such as a bound parameter),
 * sites' facilities included. Divisions and facility kinds are reference data that does not
 * change with the records.
 */
export function registryAsOf(instant: string): RegistryRelations {
  return {
    ...REGISTRY_RELATIONS,
    site: `site_as_of(${instant})`,
    siteFacility: `site_facility_as_of(${instant})`,
    household: `household_as_of(${instant})`,
    person: `person_as_of(${instant})`,
  };
}

/**
 * The history tables of the versioned records (superseded versions with their validity), for
 * bulk loaders that write a past directly rather than through the triggers: the demo and the
 * scale generator.
 */
export const REGISTRY_HISTORY = { site: 'site_history', household: 'household_history', person: 'person_history' } as const;

/**
 * An SQL predicate: the household `householdId` (SQL for its id) lay, in its live record or any
 * superseded version, in a site that was in the county `countyCode` (SQL for a division code) in
 * its live record or any superseded version. True of every household of the county at any
 * instant, so a county's as-of reads can keep to its households before probing their versions.
 * Written as EXISTS so PostgreSQL hashes the county's households once, from the site index,
 * whatever the county's size (a set-based IN over a large county turned into a scan of every
 * household).
 */
export function householdEverInCounty(householdId: string, countyCode: string): string {
  const countySites = `SELECT id FROM ${REGISTRY_RELATIONS.site} WHERE county_code = ${countyCode}
    UNION ALL SELECT id FROM ${REGISTRY_HISTORY.site} WHERE county_code = ${countyCode}`;
  const inCounty = (table: string) => `EXISTS (SELECT 1 FROM ${table} ever WHERE ever.id = ${householdId} AND ever.site_id IN (${countySites}))`;
  return `(${inCounty(REGISTRY_RELATIONS.household)} OR ${inCounty(REGISTRY_HISTORY.household)})`;
}
