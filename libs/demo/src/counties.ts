import { DivisionCode } from '@app/common';
import { ConstructionMode, Ethnicity, OldHouseStructure, OriginType, PlacementType } from '@app/registry';
import { Weighted } from './prng';
import { SurnamePools } from './names';

/**
 * The three demo counties and their sites. Figures are shaped by public reporting: Du'an
 * (Hechi, a Yao autonomous county in the stony mountains) resettled the most; Long'an is
 * Zhuang karst country near Nanning; Bobai is Han (Hakka and Cantonese) hill country
 * bordering Guangdong, where most migrant work goes.
 */

export interface SiteBlueprint {
  /** Two-digit sequence within the county: site code `<county>-S<nn>`. */
  sequence: number;
  name: string;
  township: string;
  /** Street-level address after the county and township. */
  addressTail: string;
  placementType: PlacementType;
  constructionMode: ConstructionMode;
  /** Households to generate before seeded jitter. */
  households: number;
  /** Approximate WGS-84 position of the township seat; jittered per site. */
  longitude: number;
  latitude: number;
}

export interface CountyProfile {
  code: string;
  /** Full name as in the division table, used in addresses and unit names. */
  name: string;
  /** Short form used in site names (都安县八仙安置点). */
  shortName: string;
  phoneAreaCode: string;
  ethnicities: Weighted<Ethnicity>;
  surnames: SurnamePools;
  originTypes: Weighted<OriginType>;
  oldHouseStructures: Weighted<OldHouseStructure>;
  /**
   * Place codes other than the county's own that appear on IDs of people who married in or
   * were registered elsewhere, including retired codes (武鸣县 450122, 横县 450127, 宜州市
   * 451281): an ID keeps the code of its place of issue.
   */
  otherPlaceCodes: readonly string[];
  /** Where migrant workers from this county go, most common first. */
  outsideProvinceWorkplaces: readonly string[];
  outsideCountyWorkplaces: readonly string[];
  localEmployers: readonly string[];
  industryProjects: ReadonlyArray<{ name: string; kind: string }>;
  sites: readonly SiteBlueprint[];
}

const U = ConstructionMode.UNIFIED_PLAN_UNIFIED_BUILD;

export const DEMO_COUNTIES: readonly CountyProfile[] = [
  {
    code: '450123',
    name: '隆安县',
    shortName: '隆安县',
    phoneAreaCode: '0771',
    ethnicities: [
      [Ethnicity.ZHUANG, 93],
      [Ethnicity.HAN, 5.5],
      [Ethnicity.YAO, 1],
      [Ethnicity.MIAO, 0.5],
    ],
    surnames: {
      DEFAULT: [
        ['黄', 18], ['韦', 10], ['陆', 7], ['农', 6], ['李', 6], ['梁', 5], ['蒙', 4], ['覃', 4], ['何', 3], ['马', 3], ['林', 3], ['罗', 3],
        ['莫', 3], ['陈', 3], ['卢', 3], ['苏', 2], ['谭', 2], ['邓', 2], ['杨', 2], ['廖', 2], ['周', 2], ['赵', 2], ['刘', 2], ['潘', 2],
      ],
    },
    originTypes: [
      [OriginType.STONY_DESERTIFIED, 55],
      [OriginType.REMOTE_POOR_CONDITIONS, 30],
      [OriginType.GEOHAZARD, 10],
      [OriginType.OTHER, 5],
    ],
    oldHouseStructures: [
      [OldHouseStructure.EARTH_WOOD, 35],
      [OldHouseStructure.BRICK_WOOD, 30],
      [OldHouseStructure.STONE, 15],
      [OldHouseStructure.BRICK_CONCRETE, 12],
      [OldHouseStructure.WOODEN, 6],
      [OldHouseStructure.OTHER, 2],
    ],
    otherPlaceCodes: ['450122', '450127', '450124', '451424', '450126'],
    outsideProvinceWorkplaces: ['广东省广州市', '广东省东莞市', '广东省佛山市', '广东省深圳市', '浙江省宁波市'],
    outsideCountyWorkplaces: ['南宁市西乡塘区', '南宁市江南区', '南宁市武鸣区', '崇左市江州区'],
    localEmployers: ['隆安县震东社区扶贫车间', '隆安县那桐农业产业园', '隆安县香蕉专业合作社', '隆安县城东工业集中区', '隆安县富硒农业示范园'],
    industryProjects: [
      { name: '火龙果种植', kind: '种植' },
      { name: '香蕉种植', kind: '种植' },
      { name: '富硒水稻种植', kind: '种植' },
      { name: '肉牛养殖', kind: '养殖' },
      { name: '扶贫车间入股分红', kind: '入股分红' },
      { name: '村级光伏电站收益分配', kind: '光伏' },
    ],
    sites: [
      { sequence: 1, name: '隆安县震东社区安置点', township: '城厢镇', addressTail: '震东社区', placementType: PlacementType.TOWN, constructionMode: U, households: 180, longitude: 107.695, latitude: 23.168 },
      { sequence: 2, name: '隆安县那桐镇安置点', township: '那桐镇', addressTail: '那桐社区振兴路', placementType: PlacementType.MARKET_TOWN, constructionMode: U, households: 90, longitude: 107.925, latitude: 23.042 },
      { sequence: 3, name: '隆安县屏山乡中心村安置点', township: '屏山乡', addressTail: '屏山村', placementType: PlacementType.CENTRAL_VILLAGE, constructionMode: ConstructionMode.UNIFIED_PLAN_SELF_BUILD, households: 40, longitude: 107.548, latitude: 23.293 },
    ],
  },
  {
    code: '450923',
    name: '博白县',
    shortName: '博白县',
    phoneAreaCode: '0775',
    ethnicities: [
      [Ethnicity.HAN, 97],
      [Ethnicity.ZHUANG, 2.5],
      [Ethnicity.YAO, 0.5],
    ],
    surnames: {
      DEFAULT: [
        ['王', 10], ['陈', 8], ['刘', 6], ['李', 6], ['庞', 5], ['钟', 5], ['朱', 5], ['黄', 5], ['林', 4], ['梁', 4], ['杨', 3], ['冯', 3],
        ['邓', 3], ['吴', 3], ['张', 3], ['何', 3], ['谢', 2], ['罗', 2], ['廖', 2], ['宁', 2], ['邱', 2], ['苏', 2], ['温', 2], ['周', 2],
      ],
    },
    originTypes: [
      [OriginType.REMOTE_POOR_CONDITIONS, 55],
      [OriginType.GEOHAZARD, 25],
      [OriginType.ECOLOGICAL_RESERVE, 12],
      [OriginType.OTHER, 8],
    ],
    oldHouseStructures: [
      [OldHouseStructure.EARTH_WOOD, 40],
      [OldHouseStructure.BRICK_WOOD, 32],
      [OldHouseStructure.BRICK_CONCRETE, 18],
      [OldHouseStructure.WOODEN, 6],
      [OldHouseStructure.OTHER, 4],
    ],
    otherPlaceCodes: ['450922', '450981', '450921', '450902'],
    outsideProvinceWorkplaces: ['广东省广州市', '广东省湛江市', '广东省东莞市', '广东省佛山市', '广东省深圳市', '广东省茂名市'],
    outsideCountyWorkplaces: ['玉林市玉州区', '玉林市福绵区', '北海市海城区', '南宁市良庆区'],
    localEmployers: ['博白县编织工艺品扶贫车间', '博白县江南工业园', '博白县桂圆专业合作社', '博白县城东物流园'],
    industryProjects: [
      { name: '编织工艺品加工', kind: '加工' },
      { name: '桂圆种植', kind: '种植' },
      { name: '百香果种植', kind: '种植' },
      { name: '生猪代养', kind: '养殖' },
      { name: '扶贫车间入股分红', kind: '入股分红' },
      { name: '村级光伏电站收益分配', kind: '光伏' },
    ],
    sites: [
      { sequence: 1, name: '博白县城东安置点', township: '博白镇', addressTail: '城东新区', placementType: PlacementType.TOWN, constructionMode: U, households: 200, longitude: 109.985, latitude: 22.275 },
      { sequence: 2, name: '博白县江南工业园区安置点', township: '博白镇', addressTail: '江南工业园区', placementType: PlacementType.INDUSTRIAL_PARK, constructionMode: U, households: 110, longitude: 109.962, latitude: 22.251 },
      { sequence: 3, name: '博白县沙河镇安置点', township: '沙河镇', addressTail: '沙河圩新街', placementType: PlacementType.MARKET_TOWN, constructionMode: ConstructionMode.PURCHASE_EXISTING, households: 70, longitude: 110.130, latitude: 22.330 },
    ],
  },
  {
    code: '451228',
    name: '都安瑶族自治县',
    shortName: '都安县',
    phoneAreaCode: '0778',
    ethnicities: [
      [Ethnicity.ZHUANG, 60],
      [Ethnicity.YAO, 28],
      [Ethnicity.HAN, 10],
      [Ethnicity.MIAO, 1],
      [Ethnicity.MULAO, 1],
    ],
    surnames: {
      [Ethnicity.YAO]: [['蓝', 14], ['蒙', 12], ['罗', 8], ['潘', 8], ['韦', 8], ['袁', 3], ['卢', 3], ['李', 2], ['蒋', 2]],
      [Ethnicity.ZHUANG]: [
        ['韦', 14], ['覃', 9], ['黄', 8], ['陆', 5], ['莫', 5], ['蒙', 4], ['梁', 4], ['卢', 3], ['潘', 3], ['谭', 3], ['班', 2], ['廖', 2],
        ['何', 2], ['兰', 2], ['农', 1], ['石', 1],
      ],
      DEFAULT: [['陈', 4], ['李', 4], ['黄', 3], ['唐', 3], ['吴', 3], ['张', 2], ['刘', 2], ['王', 2], ['杨', 2], ['周', 2], ['龙', 1]],
    },
    originTypes: [
      [OriginType.STONY_DESERTIFIED, 72],
      [OriginType.GEOHAZARD, 12],
      [OriginType.REMOTE_POOR_CONDITIONS, 12],
      [OriginType.ECOLOGICAL_RESERVE, 2],
      [OriginType.OTHER, 2],
    ],
    oldHouseStructures: [
      [OldHouseStructure.STONE, 30],
      [OldHouseStructure.EARTH_WOOD, 30],
      [OldHouseStructure.BRICK_WOOD, 20],
      [OldHouseStructure.WOODEN, 10],
      [OldHouseStructure.BRICK_CONCRETE, 8],
      [OldHouseStructure.OTHER, 2],
    ],
    otherPlaceCodes: ['451281', '451229', '451227', '451224', '450124'],
    outsideProvinceWorkplaces: ['广东省东莞市', '广东省佛山市', '广东省深圳市', '广东省中山市', '浙江省温州市', '福建省泉州市'],
    outsideCountyWorkplaces: ['南宁市西乡塘区', '河池市金城江区', '柳州市柳南区', '河池市宜州区'],
    localEmployers: ['都安县八仙安置点扶贫车间', '都安县城东产业园', '都安县瑶山牛养殖示范基地', '都安县地苏服装加工厂', '都安县密洛陀食品公司'],
    industryProjects: [
      { name: '瑶山牛养殖', kind: '养殖' },
      { name: '山羊养殖', kind: '养殖' },
      { name: '油茶种植', kind: '种植' },
      { name: '扶贫车间手套加工', kind: '加工' },
      { name: '光伏扶贫电站收益分配', kind: '光伏' },
      { name: '瑶山牛产业入股分红', kind: '入股分红' },
    ],
    sites: [
      { sequence: 1, name: '都安县八仙安置点', township: '安阳镇', addressTail: '八仙片区', placementType: PlacementType.TOWN, constructionMode: U, households: 360, longitude: 108.112, latitude: 23.948 },
      { sequence: 2, name: '都安县城东产业园区安置点', township: '安阳镇', addressTail: '城东产业园', placementType: PlacementType.INDUSTRIAL_PARK, constructionMode: U, households: 100, longitude: 108.128, latitude: 23.930 },
      { sequence: 3, name: '都安县地苏镇安置点', township: '地苏镇', addressTail: '地苏街', placementType: PlacementType.MARKET_TOWN, constructionMode: U, households: 120, longitude: 108.029, latitude: 23.807 },
      { sequence: 4, name: '都安县澄江镇安置点', township: '澄江镇', addressTail: '澄江圩', placementType: PlacementType.MARKET_TOWN, constructionMode: U, households: 95, longitude: 108.158, latitude: 24.010 },
      { sequence: 5, name: '都安县高岭镇安置点', township: '高岭镇', addressTail: '高岭街', placementType: PlacementType.MARKET_TOWN, constructionMode: U, households: 85, longitude: 108.244, latitude: 23.877 },
      { sequence: 6, name: '都安县保安乡中心村安置点', township: '保安乡', addressTail: '保安村', placementType: PlacementType.CENTRAL_VILLAGE, constructionMode: ConstructionMode.UNIFIED_PLAN_SELF_BUILD, households: 45, longitude: 108.327, latitude: 24.146 },
    ],
  },
];

/**
 * Retired place codes and the year they stopped being issued, so nobody born afterwards
 * carries one (武鸣县 became 武鸣区 in 2015, 宜州市 宜州区 in 2016, 横县 横州市 in 2021).
 */
export const RETIRED_PLACE_CODES: Readonly<Record<string, number>> = {
  '450122': 2015,
  '451281': 2016,
  '450127': 2021,
};

/** City code of a county, by the statistical coding rule the division table follows. */
export function cityCodeOf(countyCode: string): string {
  return String(DivisionCode.parse(countyCode).parent);
}
