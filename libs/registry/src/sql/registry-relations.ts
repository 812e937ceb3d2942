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
 * The ids of the households that, in their live record or any superseded version, lay in a site
 * that was in the county (`countyCode`: SQL for a division code) in its live record or any
 * superseded version. A superset of the county's households at every instant, small enough to
 * start a county's as-of reads from instead of probing the region's.
 */
export function householdsEverInCounty(countyCode: string): string {
  const countySites = `SELECT id FROM ${REGISTRY_RELATIONS.site} WHERE county_code = ${countyCode}
    UNION SELECT id FROM ${REGISTRY_HISTORY.site} WHERE county_code = ${countyCode}`;
  return `(SELECT id FROM ${REGISTRY_RELATIONS.household} WHERE site_id IN (${countySites})
    UNION SELECT id FROM ${REGISTRY_HISTORY.household} WHERE site_id IN (${countySites}))`;
}
