import { Division } from './divisions/division.entity';
import { Household } from './households/household.entity';
import { Person } from './persons/person.entity';
import { FacilityKind } from './sites/facility-kind.entity';
import { SiteFacility } from './sites/site-facility.entity';
import { Site } from './sites/site.entity';

export const REGISTRY_ENTITIES = [Division, Site, FacilityKind, SiteFacility, Household, Person] as const;
