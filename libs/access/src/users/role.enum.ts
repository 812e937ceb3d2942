import { registerLabelledEnum } from '@app/common';

export enum Role {
  REGION_ADMIN = 'REGION_ADMIN',
  REGION_STAFF = 'REGION_STAFF',
  CITY_STAFF = 'CITY_STAFF',
  COUNTY_STAFF = 'COUNTY_STAFF',
  SITE_STAFF = 'SITE_STAFF',
  SPOT_CHECKER = 'SPOT_CHECKER',
}
export const ROLE_LABELS = registerLabelledEnum(Role, 'Role', '用户角色', {
  REGION_ADMIN: '自治区管理员',
  REGION_STAFF: '自治区工作人员',
  CITY_STAFF: '设区市工作人员',
  COUNTY_STAFF: '县级工作人员',
  SITE_STAFF: '安置点工作人员',
  SPOT_CHECKER: '抽查核实人员',
});
