import { registerLabelledEnum } from '@app/common';

export enum HouseholdType {
  REGISTERED_POOR = 'REGISTERED_POOR',
  ALONGSIDE = 'ALONGSIDE',
}
export const HOUSEHOLD_TYPE_LABELS = registerLabelledEnum(HouseholdType, 'HouseholdType', '搬迁户类型', {
  REGISTERED_POOR: '建档立卡贫困户',
  ALONGSIDE: '同步搬迁户',
});

export enum PovertyStatus {
  NOT_EXITED = 'NOT_EXITED',
  EXITED = 'EXITED',
}
export const POVERTY_STATUS_LABELS = registerLabelledEnum(PovertyStatus, 'PovertyStatus', '脱贫情况', {
  NOT_EXITED: '未脱贫',
  EXITED: '已脱贫',
});

export enum OriginType {
  STONY_DESERTIFIED = 'STONY_DESERTIFIED',
  GEOHAZARD = 'GEOHAZARD',
  ECOLOGICAL_RESERVE = 'ECOLOGICAL_RESERVE',
  REMOTE_POOR_CONDITIONS = 'REMOTE_POOR_CONDITIONS',
  OTHER = 'OTHER',
}
export const ORIGIN_TYPE_LABELS = registerLabelledEnum(OriginType, 'OriginType', '迁出地类型', {
  STONY_DESERTIFIED: '石山地区/石漠化地区',
  GEOHAZARD: '地质灾害隐患区',
  ECOLOGICAL_RESERVE: '生态保护区',
  REMOTE_POOR_CONDITIONS: '偏远、生存条件恶劣地区',
  OTHER: '其他',
});

export enum OldHouseStructure {
  BRICK_CONCRETE = 'BRICK_CONCRETE',
  BRICK_WOOD = 'BRICK_WOOD',
  EARTH_WOOD = 'EARTH_WOOD',
  WOODEN = 'WOODEN',
  STONE = 'STONE',
  OTHER = 'OTHER',
}
export const OLD_HOUSE_STRUCTURE_LABELS = registerLabelledEnum(OldHouseStructure, 'OldHouseStructure', '旧房结构', {
  BRICK_CONCRETE: '砖混结构',
  BRICK_WOOD: '砖木结构',
  EARTH_WOOD: '土木结构',
  WOODEN: '木结构',
  STONE: '石砌结构',
  OTHER: '其他',
});

export enum OldHouseDisposition {
  MUST_DEMOLISH = 'MUST_DEMOLISH',
  EXEMPT = 'EXEMPT',
}
export const OLD_HOUSE_DISPOSITION_LABELS = registerLabelledEnum(OldHouseDisposition, 'OldHouseDisposition', '旧房处置', {
  MUST_DEMOLISH: '应拆除',
  EXEMPT: '不需拆除（保留）',
});

export enum IncomeSource {
  WAGES = 'WAGES',
  AGRICULTURE = 'AGRICULTURE',
  BUSINESS = 'BUSINESS',
  TRANSFERS = 'TRANSFERS',
  ASSET_INCOME = 'ASSET_INCOME',
  OTHER = 'OTHER',
}
export const INCOME_SOURCE_LABELS = registerLabelledEnum(IncomeSource, 'IncomeSource', '主要收入来源', {
  WAGES: '工资性收入',
  AGRICULTURE: '农业生产经营收入',
  BUSINESS: '个体经营收入',
  TRANSFERS: '转移性收入',
  ASSET_INCOME: '财产性收入',
  OTHER: '其他',
});

export enum OriginLandUse {
  TRANSFERRED = 'TRANSFERRED',
  LEASED = 'LEASED',
  COOPERATIVE = 'COOPERATIVE',
  SELF_FARMED = 'SELF_FARMED',
  IDLE = 'IDLE',
}
export const ORIGIN_LAND_USE_LABELS = registerLabelledEnum(OriginLandUse, 'OriginLandUse', '迁出地耕地林地经营方式', {
  TRANSFERRED: '流转',
  LEASED: '出租',
  COOPERATIVE: '入股合作社',
  SELF_FARMED: '自行耕种',
  IDLE: '闲置',
});
