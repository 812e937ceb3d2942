import { Ethnicity, OldHouseStructure, OriginType } from '@app/registry';
import { CountyProfile, DEMO_COUNTIES } from '../counties';
import { SurnamePools } from '../names';
import { Weighted } from '../prng';

/**
 * What the people of a county are like, for counties nobody described by hand: four
 * flavours of Guangxi's relocation areas. Three are the demo counties' own profiles
 * (Zhuang karst like Long'an, Han hill country like Bobai, Yao stony mountains like Du'an);
 * the fourth is the Miao, Dong and Yao mountains of the north (Liuzhou, Guilin).
 */
export type Flavour = Pick<
  CountyProfile,
  'ethnicities' | 'surnames' | 'originTypes' | 'oldHouseStructures' | 'outsideProvinceWorkplaces' | 'industryProjects'
>;

const demoCounty = (code: string): Flavour => {
  const county = DEMO_COUNTIES.find((c) => c.code === code);
  if (!county) throw new Error(`demo county ${code} is gone`);
  const { ethnicities, surnames, originTypes, oldHouseStructures, outsideProvinceWorkplaces, industryProjects } = county;
  return { ethnicities, surnames, originTypes, oldHouseStructures, outsideProvinceWorkplaces, industryProjects };
};

const NORTHERN_MOUNTAINS: Flavour = {
  ethnicities: [
    [Ethnicity.HAN, 35],
    [Ethnicity.MIAO, 20],
    [Ethnicity.DONG, 18],
    [Ethnicity.YAO, 15],
    [Ethnicity.ZHUANG, 11],
    [Ethnicity.OTHER, 1],
  ],
  surnames: {
    [Ethnicity.MIAO]: [['杨', 12], ['吴', 10], ['龙', 8], ['石', 7], ['梁', 5], ['贾', 4], ['韦', 4], ['潘', 3]],
    [Ethnicity.DONG]: [['吴', 14], ['杨', 12], ['石', 8], ['龙', 6], ['粟', 5], ['欧', 4], ['陆', 3], ['荣', 3]],
    [Ethnicity.YAO]: [['盘', 12], ['赵', 10], ['邓', 8], ['李', 6], ['冯', 5], ['黄', 4], ['蒋', 3]],
    DEFAULT: [['李', 6], ['唐', 5], ['蒋', 5], ['黄', 4], ['陈', 4], ['刘', 4], ['周', 3], ['王', 3], ['莫', 3], ['何', 2], ['文', 2], ['秦', 2]],
  },
  originTypes: [
    [OriginType.REMOTE_POOR_CONDITIONS, 50],
    [OriginType.GEOHAZARD, 30],
    [OriginType.ECOLOGICAL_RESERVE, 12],
    [OriginType.STONY_DESERTIFIED, 5],
    [OriginType.OTHER, 3],
  ],
  oldHouseStructures: [
    [OldHouseStructure.WOODEN, 45],
    [OldHouseStructure.EARTH_WOOD, 25],
    [OldHouseStructure.BRICK_WOOD, 18],
    [OldHouseStructure.BRICK_CONCRETE, 9],
    [OldHouseStructure.OTHER, 3],
  ],
  outsideProvinceWorkplaces: ['广东省广州市', '广东省东莞市', '广东省深圳市', '浙江省杭州市', '福建省厦门市'],
  industryProjects: [
    { name: '茶叶种植', kind: '种植' },
    { name: '油茶种植', kind: '种植' },
    { name: '罗汉果种植', kind: '种植' },
    { name: '稻田养鱼', kind: '养殖' },
    { name: '民族刺绣加工', kind: '加工' },
    { name: '乡村旅游合作社分红', kind: '入股分红' },
  ],
};

export const FLAVOURS = {
  ZHUANG_KARST: demoCounty('450123'),
  HAN_HILLS: demoCounty('450923'),
  YAO_MOUNTAINS: demoCounty('451228'),
  NORTHERN_MOUNTAINS,
} as const satisfies Record<string, Flavour>;

export type FlavourName = keyof typeof FLAVOURS;

/** Which flavour each city's counties take; anything unlisted is Zhuang karst, Guangxi's commonest. */
export const CITY_FLAVOURS: Readonly<Record<string, FlavourName>> = {
  '450100': 'ZHUANG_KARST',
  '450200': 'NORTHERN_MOUNTAINS',
  '450300': 'NORTHERN_MOUNTAINS',
  '450400': 'HAN_HILLS',
  '450600': 'HAN_HILLS',
  '450700': 'HAN_HILLS',
  '450800': 'HAN_HILLS',
  '450900': 'HAN_HILLS',
  '451000': 'ZHUANG_KARST',
  '451100': 'HAN_HILLS',
  '451200': 'YAO_MOUNTAINS',
  '451300': 'ZHUANG_KARST',
  '451400': 'ZHUANG_KARST',
};

/** The people an autonomous county is named after are more numerous there than in its city. */
const NAMED_PEOPLES: ReadonlyArray<readonly [string, Ethnicity]> = [
  ['瑶族', Ethnicity.YAO],
  ['苗族', Ethnicity.MIAO],
  ['侗族', Ethnicity.DONG],
  ['仫佬族', Ethnicity.MULAO],
  ['毛南族', Ethnicity.MAONAN],
];

/** Surnames of the smaller peoples, where a flavour has none of its own. */
const MINORITY_SURNAMES: SurnamePools = {
  [Ethnicity.MULAO]: [['银', 8], ['罗', 8], ['吴', 6], ['谢', 5], ['潘', 4], ['韦', 4], ['梁', 3]],
  [Ethnicity.MAONAN]: [['谭', 12], ['覃', 6], ['卢', 5], ['蒙', 5], ['韦', 4], ['颜', 3]],
  [Ethnicity.MIAO]: NORTHERN_MOUNTAINS.surnames[Ethnicity.MIAO],
  [Ethnicity.DONG]: NORTHERN_MOUNTAINS.surnames[Ethnicity.DONG],
  [Ethnicity.YAO]: NORTHERN_MOUNTAINS.surnames[Ethnicity.YAO],
};

/** A flavour adjusted to one county's name: 都安瑶族自治县 has more Yao than Hechi on average. */
export function flavourForCounty(flavour: Flavour, countyName: string): Pick<Flavour, 'ethnicities' | 'surnames'> {
  const named = NAMED_PEOPLES.filter(([word]) => countyName.includes(word)).map(([, ethnicity]) => ethnicity);
  if (named.length === 0) return { ethnicities: flavour.ethnicities, surnames: flavour.surnames };
  const ethnicities: Weighted<Ethnicity> = [...flavour.ethnicities.filter(([e]) => !named.includes(e)), ...named.map((e) => [e, 30 / named.length] as const)];
  const surnames: SurnamePools = { ...flavour.surnames };
  for (const ethnicity of named) surnames[ethnicity] ??= MINORITY_SURNAMES[ethnicity];
  return { ethnicities, surnames };
}
