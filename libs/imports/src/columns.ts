import {
  EDUCATION_LEVEL_LABELS,
  EMPLOYMENT_STATUS_LABELS,
  ETHNICITY_LABELS,
  FIRST_RELOCATION_YEAR,
  GENDER_LABELS,
  HEALTH_STATUS_LABELS,
  HOUSEHOLD_TYPE_LABELS,
  INCOME_SOURCE_LABELS,
  JOIN_REASON_LABELS,
  LAST_RELOCATION_YEAR,
  OLD_HOUSE_DISPOSITION_LABELS,
  OLD_HOUSE_STRUCTURE_LABELS,
  ORIGIN_LAND_USE_LABELS,
  ORIGIN_TYPE_LABELS,
  POVERTY_STATUS_LABELS,
  RELATION_LABELS,
  SCHOOL_STAGE_LABELS,
  SCHOOLING_STATUS_LABELS,
} from '@app/registry';

/** How a cell is read: the template's format and the import's conversion follow from it. */
export type CellKind =
  | { type: 'text' }
  /** A code or number kept as text (resident IDs, codes): never a number, which loses digits. */
  | { type: 'code' }
  | { type: 'int' }
  | { type: 'decimal' }
  | { type: 'date' }
  | { type: 'yesNo' }
  /** Chinese label → enum value; `aliases` are local wordings accepted for a label. */
  | { type: 'enum'; labels: Record<string, string>; aliases?: Record<string, string> }
  /** Several texts in one cell, separated by 、，, or ; */
  | { type: 'list' };

export interface Column {
  /** The Chinese header staff read and the import matches (after trimming, `*` removed). */
  header: string;
  /** The property of the registry input it fills; `siteCode` and `householdCode` are resolved to ids. */
  field: string;
  required: boolean;
  kind: CellKind;
  /** Shown in 填写说明. */
  note?: string;
  width?: number;
}

export const HOUSEHOLD_SHEET = '搬迁户';
export const PERSON_SHEET = '搬迁人口';
export const GUIDE_SHEET = '填写说明';

const text = { type: 'text' } as const;
const code = { type: 'code' } as const;
const int = { type: 'int' } as const;
const decimal = { type: 'decimal' } as const;
const date = { type: 'date' } as const;
const yesNo = { type: 'yesNo' } as const;
const labelled = (labels: Record<string, string>, aliases?: Record<string, string>): CellKind => ({ type: 'enum', labels, aliases });

/** SPEC §2.2, in the order of the template. */
export const HOUSEHOLD_COLUMNS: readonly Column[] = [
  { header: '安置点编码', field: 'siteCode', required: true, kind: code, note: '安置点在系统中的编码，须在您的辖区内', width: 16 },
  { header: '户编码', field: 'code', required: true, kind: code, note: '全区唯一；已存在于同一安置点的户编码将更新该户', width: 18 },
  { header: '户主姓名', field: 'headName', required: true, kind: text, width: 10 },
  { header: '户主身份证号', field: 'headIdNumber', required: true, kind: code, note: '18位，须以文本格式填写，末位X可大写或小写', width: 22 },
  { header: '户主民族', field: 'headEthnicity', required: true, kind: labelled(ETHNICITY_LABELS, { 汉: 'HAN', 壮: 'ZHUANG' }), width: 10 },
  { header: '搬迁户类型', field: 'householdType', required: true, kind: labelled(HOUSEHOLD_TYPE_LABELS, { 建档立卡户: 'REGISTERED_POOR', 贫困户: 'REGISTERED_POOR', 同步搬迁: 'ALONGSIDE' }), width: 16 },
  { header: '受益人口', field: 'beneficiaryCount', required: true, kind: int, note: '核定搬迁人数，至少1人', width: 10 },
  { header: '劳动力人口', field: 'laborCount', required: false, kind: int, note: '不得超过受益人口', width: 10 },
  { header: '搬迁年度', field: 'relocationYear', required: true, kind: int, note: `${FIRST_RELOCATION_YEAR}–${LAST_RELOCATION_YEAR}`, width: 10 },
  { header: '脱贫情况', field: 'povertyStatus', required: false, kind: labelled(POVERTY_STATUS_LABELS), width: 10 },
  { header: '脱贫年度', field: 'povertyExitYear', required: false, kind: int, note: '仅已脱贫时填写', width: 10 },
  { header: '迁出地类型', field: 'originType', required: true, kind: labelled(ORIGIN_TYPE_LABELS), width: 20 },
  { header: '迁出村（屯）', field: 'originVillage', required: false, kind: text, width: 16 },
  { header: '房号', field: 'roomNumber', required: false, kind: code, width: 10 },
  { header: '住房面积（㎡）', field: 'housingArea', required: true, kind: decimal, note: '大于0', width: 12 },
  { header: '自筹资金（元）', field: 'selfFunding', required: false, kind: decimal, width: 12 },
  { header: '享受的公共服务', field: 'publicServices', required: false, kind: { type: 'list' }, note: '多项用顿号“、”分隔', width: 20 },
  { header: '是否搬迁入住', field: 'movedIn', required: false, kind: yesNo, width: 10 },
  { header: '搬迁入住日期', field: 'movedInOn', required: false, kind: date, width: 12 },
  { header: '是否实际入住', field: 'actuallyResident', required: false, kind: yesNo, width: 10 },
  { header: '旧房结构', field: 'oldHouseStructure', required: false, kind: labelled(OLD_HOUSE_STRUCTURE_LABELS), width: 10 },
  { header: '旧房处置', field: 'oldHouseDisposition', required: false, kind: labelled(OLD_HOUSE_DISPOSITION_LABELS, { 不需拆除: 'EXEMPT', 保留: 'EXEMPT' }), width: 14 },
  { header: '不需拆除的原因', field: 'oldHouseExemptReason', required: false, kind: text, note: '旧房不需拆除时必填', width: 16 },
  { header: '旧房是否已拆除', field: 'oldHouseDemolished', required: false, kind: yesNo, width: 10 },
  { header: '旧房拆除日期', field: 'oldHouseDemolishedOn', required: false, kind: date, width: 12 },
  { header: '是否已复垦复绿', field: 'landReclaimed', required: false, kind: yesNo, note: '应拆除的旧房须先拆除', width: 10 },
  { header: '复垦复绿日期', field: 'landReclaimedOn', required: false, kind: date, note: '不得早于旧房拆除日期', width: 12 },
  { header: '是否已办理不动产权证', field: 'propertyCertificateIssued', required: false, kind: yesNo, width: 12 },
  { header: '不动产权证办理日期', field: 'propertyCertificateIssuedOn', required: false, kind: date, width: 12 },
  { header: '是否已办理户口迁移', field: 'hukouTransferred', required: false, kind: yesNo, width: 12 },
  { header: '户口迁移日期', field: 'hukouTransferredOn', required: false, kind: date, width: 12 },
  { header: '主要收入来源', field: 'mainIncomeSource', required: false, kind: labelled(INCOME_SOURCE_LABELS), width: 16 },
  { header: '人均纯收入（元）', field: 'netIncomePerCapita', required: false, kind: decimal, width: 12 },
  { header: '人均纯收入所属年度', field: 'netIncomeYear', required: false, kind: int, width: 10 },
  { header: '迁出地耕地面积（亩）', field: 'originFarmlandMu', required: false, kind: decimal, width: 12 },
  { header: '迁出地林地面积（亩）', field: 'originForestlandMu', required: false, kind: decimal, width: 12 },
  { header: '迁出地耕地林地经营方式', field: 'originLandUse', required: false, kind: labelled(ORIGIN_LAND_USE_LABELS), width: 14 },
];

/** SPEC §2.3; the head of household is recorded from 搬迁户 and may be listed here to complete them. */
export const PERSON_COLUMNS: readonly Column[] = [
  { header: '户编码', field: 'householdCode', required: true, kind: code, note: '所属搬迁户的户编码（本文件或系统中已有）', width: 18 },
  { header: '姓名', field: 'name', required: true, kind: text, width: 10 },
  { header: '身份证号', field: 'idNumber', required: true, kind: code, note: '18位，须以文本格式填写', width: 22 },
  { header: '与户主关系', field: 'relation', required: true, kind: labelled(RELATION_LABELS), note: '户主一行须与搬迁户表的户主身份证号一致', width: 12 },
  { header: '性别', field: 'gender', required: false, kind: labelled(GENDER_LABELS), note: '不填则取自身份证号', width: 8 },
  { header: '出生日期', field: 'birthDate', required: false, kind: date, note: '不填则取自身份证号', width: 12 },
  { header: '民族', field: 'ethnicity', required: true, kind: labelled(ETHNICITY_LABELS, { 汉: 'HAN', 壮: 'ZHUANG' }), width: 10 },
  { header: '文化程度', field: 'education', required: false, kind: labelled(EDUCATION_LEVEL_LABELS), width: 12 },
  { header: '健康状况', field: 'health', required: false, kind: labelled(HEALTH_STATUS_LABELS), width: 12 },
  { header: '是否参加养老保险', field: 'pensionInsured', required: false, kind: yesNo, width: 10 },
  { header: '是否参加医疗保险', field: 'medicalInsured', required: false, kind: yesNo, width: 10 },
  { header: '就学情况', field: 'schooling', required: false, kind: labelled(SCHOOLING_STATUS_LABELS), width: 12 },
  { header: '在读学段', field: 'schoolStage', required: false, kind: labelled(SCHOOL_STAGE_LABELS), width: 10 },
  { header: '就业情况', field: 'employment', required: false, kind: labelled(EMPLOYMENT_STATUS_LABELS), width: 16 },
  { header: '就业单位或地点', field: 'employer', required: false, kind: text, width: 18 },
  { header: '月工资（元）', field: 'monthlyWage', required: false, kind: decimal, width: 10 },
  { header: '是否劳动力', field: 'isLabour', required: false, kind: yesNo, width: 10 },
  { header: '人口增加原因', field: 'joinReason', required: false, kind: labelled(JOIN_REASON_LABELS), width: 10 },
  { header: '增加日期', field: 'joinedOn', required: false, kind: date, width: 12 },
];

const MIN_KNOWN_HEADERS = 3;

/**
 * The sheet a data sheet is, told by its header row (a county's workbook may have one sheet per
 * township): its key column and a few more of the kind's headers, so a row of 填写说明 naming
 * one column is not taken for a header.
 */
export function sheetKindOf(headers: ReadonlySet<string>): 'HOUSEHOLD' | 'PERSON' | null {
  const known = (columns: readonly Column[]) => columns.filter((column) => headers.has(column.header)).length;
  if (headers.has('户主身份证号') && known(HOUSEHOLD_COLUMNS) >= MIN_KNOWN_HEADERS) return 'HOUSEHOLD';
  if (headers.has('身份证号') && headers.has('与户主关系') && known(PERSON_COLUMNS) >= MIN_KNOWN_HEADERS) return 'PERSON';
  return null;
}

export const columnsOf = (kind: 'HOUSEHOLD' | 'PERSON'): readonly Column[] => (kind === 'HOUSEHOLD' ? HOUSEHOLD_COLUMNS : PERSON_COLUMNS);
