import { registerLabelledEnum } from '@app/common';

export enum UnitLevel {
  REGION = 'REGION',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  SITE = 'SITE',
}
export const UNIT_LEVEL_LABELS = registerLabelledEnum(UnitLevel, 'UnitLevel', '单位层级', {
  REGION: '自治区',
  CITY: '设区市',
  COUNTY: '县（市、区）',
  SITE: '安置点',
});
