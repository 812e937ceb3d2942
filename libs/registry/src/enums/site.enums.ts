import { registerLabelledEnum } from '@app/common';

export enum PlacementType {
  TOWN = 'TOWN',
  INDUSTRIAL_PARK = 'INDUSTRIAL_PARK',
  MARKET_TOWN = 'MARKET_TOWN',
  CENTRAL_VILLAGE = 'CENTRAL_VILLAGE',
  OTHER = 'OTHER',
}
export const PLACEMENT_TYPE_LABELS = registerLabelledEnum(PlacementType, 'PlacementType', '安置方式', {
  TOWN: '城镇/县城安置',
  INDUSTRIAL_PARK: '产业园区安置',
  MARKET_TOWN: '集镇安置',
  CENTRAL_VILLAGE: '中心村安置',
  OTHER: '其他',
});

export enum ConstructionMode {
  UNIFIED_PLAN_UNIFIED_BUILD = 'UNIFIED_PLAN_UNIFIED_BUILD',
  UNIFIED_PLAN_SELF_BUILD = 'UNIFIED_PLAN_SELF_BUILD',
  PURCHASE_EXISTING = 'PURCHASE_EXISTING',
  OTHER = 'OTHER',
}
export const CONSTRUCTION_MODE_LABELS = registerLabelledEnum(ConstructionMode, 'ConstructionMode', '建设方式', {
  UNIFIED_PLAN_UNIFIED_BUILD: '统规统建',
  UNIFIED_PLAN_SELF_BUILD: '统规自建',
  PURCHASE_EXISTING: '购买存量房',
  OTHER: '其他',
});

export enum ConstructionStatus {
  NOT_STARTED = 'NOT_STARTED',
  UNDER_CONSTRUCTION = 'UNDER_CONSTRUCTION',
  COMPLETED = 'COMPLETED',
  ACCEPTED = 'ACCEPTED',
}
export const CONSTRUCTION_STATUS_LABELS = registerLabelledEnum(ConstructionStatus, 'ConstructionStatus', '建设状态', {
  NOT_STARTED: '未开工',
  UNDER_CONSTRUCTION: '在建',
  COMPLETED: '已完工',
  ACCEPTED: '已竣工验收',
});

export enum FacilityStatus {
  PLANNED = 'PLANNED',
  BUILT = 'BUILT',
  IN_USE = 'IN_USE',
}
export const FACILITY_STATUS_LABELS = registerLabelledEnum(FacilityStatus, 'FacilityStatus', '设施状态', {
  PLANNED: '规划中',
  BUILT: '已建成',
  IN_USE: '已投入使用',
});

export enum FacilityCategory {
  PUBLIC_SERVICE = 'PUBLIC_SERVICE',
  COMMUNITY_CENTRE = 'COMMUNITY_CENTRE',
}
export const FACILITY_CATEGORY_LABELS = registerLabelledEnum(FacilityCategory, 'FacilityCategory', '设施类别', {
  PUBLIC_SERVICE: '基本公共服务配套设施',
  COMMUNITY_CENTRE: '社区服务"九个中心"',
});
