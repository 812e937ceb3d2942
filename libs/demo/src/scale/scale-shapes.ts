import { ORIGINAL_SIZES } from '../households';
import { Weighted } from '../prng';

export type ScaleName = 'demo' | 'guangxi' | 'national';
export const SCALE_NAMES: readonly ScaleName[] = ['demo', 'guangxi', 'national'];

export interface ScaleShape {
  name: ScaleName;
  /** Targets (SPEC §9, §11); households and sites are met exactly, persons within a few per cent. */
  sites: number;
  households: number;
  persons: number;
  /** Members approved per household, tuned so that with births and marriages since the persons come out right. */
  originalSizes: Weighted<number>;
  /** No site smaller than this many households (villages were not resettled one family at a time). */
  minSiteHouseholds: number;
}

/**
 * The demo keeps its three hand-drawn counties (counties.ts); Guangxi and the national scale
 * spread over every county of the 13 cities with relocation work. Nationally the programme
 * moved smaller households (9.6 M persons in 2.66 M homes, 3.6 per home, against Guangxi's 4.3).
 * The size weights were tuned by sampling 40,000 households: births and marriages since the
 * approval add about 8 % to the members approved.
 */
export const SCALE_SHAPES: Record<ScaleName, ScaleShape> = {
  demo: { name: 'demo', sites: 12, households: 1480, persons: 6400, originalSizes: ORIGINAL_SIZES, minSiteHouseholds: 20 },
  guangxi: {
    name: 'guangxi',
    sites: 500,
    households: 164_000,
    persons: 710_000,
    originalSizes: [
      [1, 7],
      [2, 13],
      [3, 19],
      [4, 24],
      [5, 18],
      [6, 11],
      [7, 5],
      [8, 3],
    ],
    minSiteHouseholds: 20,
  },
  national: {
    name: 'national',
    sites: 35_000,
    households: 2_660_000,
    persons: 9_600_000,
    originalSizes: [
      [1, 13],
      [2, 20],
      [3, 24],
      [4, 22],
      [5, 12],
      [6, 5],
      [7, 3],
      [8, 1],
    ],
    minSiteHouseholds: 8,
  },
};

/**
 * Share of the relocated persons per city (percent). Hechi alone about a quarter (SPEC §11);
 * the others follow the order of magnitude of public reporting: the stony mountains of the
 * west and north-west (Baise, Chongzuo) far ahead of the eastern plains. A city with relocation
 * work that is missing here gets DEFAULT_CITY_WEIGHT; which cities have work is data (the
 * division table), not this list.
 */
export const CITY_WEIGHTS: Readonly<Record<string, number>> = {
  '450100': 8,
  '450200': 5,
  '450300': 6,
  '450400': 2.5,
  '450600': 1,
  '450700': 2.5,
  '450800': 3.5,
  '450900': 4.5,
  '451000': 20,
  '451100': 4,
  '451200': 25,
  '451300': 7,
  '451400': 11,
};
export const DEFAULT_CITY_WEIGHT = 3;
