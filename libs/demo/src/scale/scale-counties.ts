import { ConstructionMode, PlacementType } from '@app/registry';
import { CountyProfile, RETIRED_PLACE_CODES, SiteBlueprint, cityCodeOf } from '../counties';
import { OriginVillage } from '../origin-villages';
import { Rng } from '../prng';
import { apportion } from './apportion';
import { CITY_FLAVOURS, FLAVOURS, flavourForCounty } from './county-flavours';
import { CITY_WEIGHTS, DEFAULT_CITY_WEIGHT, ScaleShape } from './scale-shapes';

/** A county-level division with relocation work, as the division table has it. */
export interface DivisionRow {
  code: string;
  name: string;
  /** The city's name, for workplaces "in town". */
  cityName: string;
}

const AREA_CODES: Readonly<Record<string, string>> = {
  '450100': '0771', '450200': '0772', '450300': '0773', '450400': '0774', '450500': '0779', '450600': '0770', '450700': '0777',
  '450800': '0775', '450900': '0775', '451000': '0776', '451100': '0774', '451200': '0778', '451300': '0772', '451400': '0771',
};

/** Rough centre of each city (WGS-84), so sites land in the right part of the map. */
const CITY_CENTRES: Readonly<Record<string, readonly [number, number]>> = {
  '450100': [108.37, 22.82], '450200': [109.41, 24.33], '450300': [110.29, 25.27], '450400': [111.28, 23.48], '450500': [109.12, 21.48],
  '450600': [108.35, 21.69], '450700': [108.65, 21.98], '450800': [109.6, 23.11], '450900': [110.18, 22.65], '451000': [106.62, 23.9],
  '451100': [111.57, 24.4], '451200': [108.09, 24.69], '451300': [109.22, 23.75], '451400': [107.36, 22.38],
};

const TOWN_AREAS = ['城东', '城南', '城西', '城北', '新城', '幸福', '安居', '和谐', '惠民', '振兴', '同心', '福源'];
const PARK_NAMES = ['城东产业园', '工业集中区', '循环经济产业园', '农产品加工园', '现代物流园'];
const MARKET_STREETS = ['新街', '振兴路', '圩场路', '民族路', '幸福路', '新区'];
const CHINESE_ORDINALS = ['', '', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 都安瑶族自治县 → 都安县, as site names and staff write it. */
export function shortCountyName(name: string): string {
  return name.replace(/(各族|瑶族|苗族|侗族|仫佬族|毛南族|壮族)+自治县$/, '县');
}

/** Urban districts resettled few people; autonomous counties, the poorest mountains, the most. */
function countyWeight(rng: Rng, name: string): number {
  const kind = name.endsWith('自治县') ? 1.8 : name.endsWith('区') ? 0.3 : 1;
  return kind * Math.exp(rng.normal(0, 0.45));
}

function siteSizes(rng: Rng, households: number, sites: number, minimum: number): number[] {
  // Log-normal: a few large town sites with thousands of households, many small village ones.
  const weights = Array.from({ length: sites }, () => Math.exp(rng.normal(0, 0.9)));
  return apportion(households, weights, Math.min(minimum, Math.floor(households / sites)));
}

function placementFor(rng: Rng, rank: number, households: number): PlacementType {
  if (rank === 0 && households >= 100) return PlacementType.TOWN;
  if (households >= 400) return rng.weighted([[PlacementType.TOWN, 65], [PlacementType.INDUSTRIAL_PARK, 35]]);
  if (households >= 80) return rng.weighted([[PlacementType.MARKET_TOWN, 78], [PlacementType.TOWN, 10], [PlacementType.INDUSTRIAL_PARK, 4], [PlacementType.OTHER, 8]]);
  return rng.weighted([[PlacementType.CENTRAL_VILLAGE, 72], [PlacementType.MARKET_TOWN, 22], [PlacementType.OTHER, 6]]);
}

function constructionModeFor(rng: Rng, placement: PlacementType): ConstructionMode {
  switch (placement) {
    case PlacementType.CENTRAL_VILLAGE:
      return rng.weighted([[ConstructionMode.UNIFIED_PLAN_SELF_BUILD, 60], [ConstructionMode.UNIFIED_PLAN_UNIFIED_BUILD, 40]]);
    case PlacementType.TOWN:
      return rng.weighted([[ConstructionMode.UNIFIED_PLAN_UNIFIED_BUILD, 90], [ConstructionMode.PURCHASE_EXISTING, 10]]);
    case PlacementType.INDUSTRIAL_PARK:
      return ConstructionMode.UNIFIED_PLAN_UNIFIED_BUILD;
    default:
      return rng.weighted([[ConstructionMode.UNIFIED_PLAN_UNIFIED_BUILD, 82], [ConstructionMode.UNIFIED_PLAN_SELF_BUILD, 10], [ConstructionMode.PURCHASE_EXISTING, 5], [ConstructionMode.OTHER, 3]]);
  }
}

/** A name a county would give the site; repeated names get a phase (（二期）). */
function siteNaming(short: string, villages: readonly OriginVillage[]) {
  const townships = [...new Set(villages.map((v) => v.township))];
  const seat = townships[0] ?? '城关镇';
  const used = new Map<string, number>();
  const counters = { town: 0, park: 0 };
  const unique = (base: string) => {
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? `${base}安置点` : `${base}安置点（${CHINESE_ORDINALS[n] ?? n}期）`;
  };
  return (rng: Rng, placement: PlacementType): Pick<SiteBlueprint, 'name' | 'township' | 'addressTail'> => {
    if (placement === PlacementType.TOWN) {
      const area = TOWN_AREAS[counters.town++ % TOWN_AREAS.length];
      return { name: unique(`${short}${seat}${area}`), township: seat, addressTail: `${area}片区` };
    }
    if (placement === PlacementType.INDUSTRIAL_PARK) {
      const park = PARK_NAMES[counters.park++ % PARK_NAMES.length];
      return { name: unique(`${short}${park}`), township: seat, addressTail: park };
    }
    const village = villages.length > 0 ? rng.pick(villages) : { township: seat, village: '中心村' };
    if (placement === PlacementType.MARKET_TOWN) {
      return { name: unique(`${short}${village.township}`), township: village.township, addressTail: rng.pick(MARKET_STREETS) };
    }
    const hamlet = village.village.replace(/村$/, '');
    const kind = placement !== PlacementType.CENTRAL_VILLAGE ? '集中' : hamlet.endsWith('中心') ? '村' : '中心村';
    return { name: unique(`${short}${village.township}${hamlet}${kind}`), township: village.township, addressTail: village.village };
  };
}

/**
 * Every county of the cities with relocation work, with its share of the scale's households
 * split over its sites: households and sites sum to the targets exactly; Hechi takes about a
 * quarter. Profiles (peoples, surnames, workplaces) come from the city's flavour.
 */
export function planScaleCounties(
  rng: Rng,
  shape: ScaleShape,
  divisions: readonly DivisionRow[],
  villagesByCounty: ReadonlyMap<string, readonly OriginVillage[]>,
): CountyProfile[] {
  const cities = [...new Set(divisions.map((d) => cityCodeOf(d.code)))].sort();
  const cityHouseholds = apportion(shape.households, cities.map((c) => CITY_WEIGHTS[c] ?? DEFAULT_CITY_WEIGHT));
  const counties: Array<{ division: DivisionRow; households: number }> = [];
  cities.forEach((city, i) => {
    const members = divisions.filter((d) => cityCodeOf(d.code) === city).sort((a, b) => a.code.localeCompare(b.code));
    const shares = apportion(cityHouseholds[i], members.map((d) => countyWeight(rng.fork(`weight-${d.code}`), d.name)));
    members.forEach((division, j) => counties.push({ division, households: shares[j] }));
  });
  const siteCounts = apportion(shape.sites, counties.map((c) => c.households), 1);

  return counties.map(({ division, households }, i): CountyProfile => {
    const cRng = rng.fork(`county-${division.code}`);
    const city = cityCodeOf(division.code);
    const flavour = FLAVOURS[CITY_FLAVOURS[city] ?? 'ZHUANG_KARST'];
    const short = shortCountyName(division.name);
    const neighbours = divisions.filter((d) => cityCodeOf(d.code) === city && d.code !== division.code).map((d) => d.code);
    const retired = Object.keys(RETIRED_PLACE_CODES).filter((code) => cityCodeOf(code) === city);
    const districts = divisions.filter((d) => cityCodeOf(d.code) === city && d.name.endsWith('区')).map((d) => `${d.cityName}${d.name}`);
    const [cityLongitude, cityLatitude] = CITY_CENTRES[city] ?? [108.3, 23.5];
    const centre = [cityLongitude + cRng.between(-0.5, 0.5), cityLatitude + cRng.between(-0.4, 0.4)];
    const villages = villagesByCounty.get(division.code) ?? [];
    const name = siteNaming(short, villages);
    const sizes = siteSizes(cRng, households, siteCounts[i], shape.minSiteHouseholds).sort((a, b) => b - a);
    const sites = sizes.map((size, rank): SiteBlueprint => {
      const placement = placementFor(cRng, rank, size);
      return {
        sequence: rank + 1,
        ...name(cRng, placement),
        placementType: placement,
        constructionMode: constructionModeFor(cRng, placement),
        households: size,
        longitude: centre[0] + cRng.between(-0.12, 0.12),
        latitude: centre[1] + cRng.between(-0.1, 0.1),
      };
    });
    return {
      ...flavour,
      ...flavourForCounty(flavour, division.name),
      code: division.code,
      name: division.name,
      shortName: short,
      phoneAreaCode: AREA_CODES[city] ?? '0771',
      otherPlaceCodes: neighbours.length + retired.length > 0 ? [...cRng.shuffle(neighbours).slice(0, 4), ...retired] : [division.code],
      outsideCountyWorkplaces: districts.length > 0 ? districts : [`${division.cityName}城区`],
      localEmployers: ['扶贫车间', '城东产业园', '农业示范园', '工业集中区', '专业合作社'].map((kind) => `${short}${kind}`),
      sites,
    };
  });
}
