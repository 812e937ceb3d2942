import { Viewer } from '@app/access';
import { UnitLevel } from '@app/registry';

/** Tiers from the top: a region reviewer outranks city, county and site staff. */
const RANK: Record<UnitLevel, number> = { [UnitLevel.REGION]: 3, [UnitLevel.CITY]: 2, [UnitLevel.COUNTY]: 1, [UnitLevel.SITE]: 0 };

const LEVEL_OF_JURISDICTION: Record<Viewer['jurisdiction']['kind'], UnitLevel> = {
  region: UnitLevel.REGION,
  city: UnitLevel.CITY,
  county: UnitLevel.COUNTY,
  site: UnitLevel.SITE,
};

/** The tier a caller works at, from their jurisdiction (the same for every role). */
export const tierOf = (viewer: Viewer): UnitLevel => LEVEL_OF_JURISDICTION[viewer.jurisdiction.kind];

export const outranks = (reviewer: UnitLevel, other: UnitLevel): boolean => RANK[reviewer] > RANK[other];
