import { registerLabelledEnum } from '@app/common';

/** Which government issued a policy document. */
export enum PolicyLevel {
  NATIONAL = 'NATIONAL',
  REGION = 'REGION',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
}
export const POLICY_LEVEL_LABELS = registerLabelledEnum(PolicyLevel, 'PolicyLevel', '政策文件层级', {
  NATIONAL: '国家',
  REGION: '自治区',
  CITY: '设区市',
  COUNTY: '县（市、区）',
});

/** 补短板项目 categories: the public-service gaps a site's follow-up construction closes. */
export enum ShortfallCategory {
  EDUCATION = 'EDUCATION',
  MEDICAL = 'MEDICAL',
  ROADS = 'ROADS',
  WATER_POWER = 'WATER_POWER',
  COMMUNITY_SERVICE = 'COMMUNITY_SERVICE',
  INDUSTRY = 'INDUSTRY',
  ENVIRONMENT = 'ENVIRONMENT',
  OTHER = 'OTHER',
}
export const SHORTFALL_CATEGORY_LABELS = registerLabelledEnum(ShortfallCategory, 'ShortfallCategory', '补短板项目类别', {
  EDUCATION: '教育设施',
  MEDICAL: '医疗卫生设施',
  ROADS: '道路交通',
  WATER_POWER: '供水供电',
  COMMUNITY_SERVICE: '社区服务设施',
  INDUSTRY: '产业配套（扶贫车间等）',
  ENVIRONMENT: '环境整治',
  OTHER: '其他',
});

/** What an archive file belongs to. */
export enum ArchiveFileOwner {
  POLICY_DOCUMENT = 'POLICY_DOCUMENT',
  SHORTFALL_PROGRESS_REPORT = 'SHORTFALL_PROGRESS_REPORT',
}
export const ARCHIVE_FILE_OWNER_LABELS = registerLabelledEnum(ArchiveFileOwner, 'ArchiveFileOwner', '档案文件所属', {
  POLICY_DOCUMENT: '政策文件',
  SHORTFALL_PROGRESS_REPORT: '补短板项目进度报告',
});
