import { registerLabelledEnum } from '@app/common';

export enum Relation {
  HEAD = 'HEAD',
  SPOUSE = 'SPOUSE',
  CHILD = 'CHILD',
  CHILD_IN_LAW = 'CHILD_IN_LAW',
  GRANDCHILD = 'GRANDCHILD',
  PARENT = 'PARENT',
  PARENT_IN_LAW = 'PARENT_IN_LAW',
  GRANDPARENT = 'GRANDPARENT',
  SIBLING = 'SIBLING',
  OTHER = 'OTHER',
}
export const RELATION_LABELS = registerLabelledEnum(Relation, 'Relation', '与户主关系', {
  HEAD: '户主',
  SPOUSE: '配偶',
  CHILD: '子女',
  CHILD_IN_LAW: '儿媳/女婿',
  GRANDCHILD: '孙子女',
  PARENT: '父母',
  PARENT_IN_LAW: '岳父母/公婆',
  GRANDPARENT: '祖父母',
  SIBLING: '兄弟姐妹',
  OTHER: '其他',
});

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
export const GENDER_LABELS = registerLabelledEnum(Gender, 'Gender', '性别', { MALE: '男', FEMALE: '女' });

export enum Ethnicity {
  ZHUANG = 'ZHUANG',
  HAN = 'HAN',
  YAO = 'YAO',
  MIAO = 'MIAO',
  DONG = 'DONG',
  MULAO = 'MULAO',
  MAONAN = 'MAONAN',
  HUI = 'HUI',
  JING = 'JING',
  YI = 'YI',
  SHUI = 'SHUI',
  GELAO = 'GELAO',
  OTHER = 'OTHER',
}
export const ETHNICITY_LABELS = registerLabelledEnum(Ethnicity, 'Ethnicity', '民族', {
  ZHUANG: '壮族',
  HAN: '汉族',
  YAO: '瑶族',
  MIAO: '苗族',
  DONG: '侗族',
  MULAO: '仫佬族',
  MAONAN: '毛南族',
  HUI: '回族',
  JING: '京族',
  YI: '彝族',
  SHUI: '水族',
  GELAO: '仡佬族',
  OTHER: '其他民族',
});

export enum EducationLevel {
  NONE = 'NONE',
  PRIMARY = 'PRIMARY',
  JUNIOR_MIDDLE = 'JUNIOR_MIDDLE',
  SENIOR_MIDDLE = 'SENIOR_MIDDLE',
  VOCATIONAL = 'VOCATIONAL',
  COLLEGE = 'COLLEGE',
  BACHELOR_OR_ABOVE = 'BACHELOR_OR_ABOVE',
}
export const EDUCATION_LEVEL_LABELS = registerLabelledEnum(EducationLevel, 'EducationLevel', '文化程度', {
  NONE: '文盲或半文盲',
  PRIMARY: '小学',
  JUNIOR_MIDDLE: '初中',
  SENIOR_MIDDLE: '高中',
  VOCATIONAL: '中专/中职',
  COLLEGE: '大专',
  BACHELOR_OR_ABOVE: '本科及以上',
});

export enum HealthStatus {
  HEALTHY = 'HEALTHY',
  CHRONIC_ILLNESS = 'CHRONIC_ILLNESS',
  SERIOUS_ILLNESS = 'SERIOUS_ILLNESS',
  DISABLED = 'DISABLED',
}
export const HEALTH_STATUS_LABELS = registerLabelledEnum(HealthStatus, 'HealthStatus', '健康状况', {
  HEALTHY: '健康',
  CHRONIC_ILLNESS: '长期慢性病',
  SERIOUS_ILLNESS: '患有大病',
  DISABLED: '残疾',
});

export enum SchoolingStatus {
  NOT_SCHOOL_AGE = 'NOT_SCHOOL_AGE',
  IN_SCHOOL = 'IN_SCHOOL',
  DROPPED_OUT = 'DROPPED_OUT',
  GRADUATED = 'GRADUATED',
}
export const SCHOOLING_STATUS_LABELS = registerLabelledEnum(SchoolingStatus, 'SchoolingStatus', '就学情况', {
  NOT_SCHOOL_AGE: '非在学年龄',
  IN_SCHOOL: '在校生',
  DROPPED_OUT: '辍学',
  GRADUATED: '已毕业/已离校',
});

export enum SchoolStage {
  PRESCHOOL = 'PRESCHOOL',
  PRIMARY = 'PRIMARY',
  JUNIOR_MIDDLE = 'JUNIOR_MIDDLE',
  SENIOR_MIDDLE = 'SENIOR_MIDDLE',
  VOCATIONAL = 'VOCATIONAL',
  HIGHER = 'HIGHER',
}
export const SCHOOL_STAGE_LABELS = registerLabelledEnum(SchoolStage, 'SchoolStage', '在读学段', {
  PRESCHOOL: '学前教育',
  PRIMARY: '小学',
  JUNIOR_MIDDLE: '初中',
  SENIOR_MIDDLE: '普通高中',
  VOCATIONAL: '中职',
  HIGHER: '高等教育',
});

export enum EmploymentStatus {
  LOCAL_JOB = 'LOCAL_JOB',
  OUTSIDE_COUNTY = 'OUTSIDE_COUNTY',
  OUTSIDE_PROVINCE = 'OUTSIDE_PROVINCE',
  PUBLIC_WELFARE_POST = 'PUBLIC_WELFARE_POST',
  SELF_EMPLOYED = 'SELF_EMPLOYED',
  UNEMPLOYED = 'UNEMPLOYED',
  NOT_IN_LABOUR_FORCE = 'NOT_IN_LABOUR_FORCE',
}
export const EMPLOYMENT_STATUS_LABELS = registerLabelledEnum(EmploymentStatus, 'EmploymentStatus', '就业情况', {
  LOCAL_JOB: '县内务工',
  OUTSIDE_COUNTY: '县外区内务工',
  OUTSIDE_PROVINCE: '区外务工',
  PUBLIC_WELFARE_POST: '公益性岗位',
  SELF_EMPLOYED: '自主创业/灵活就业',
  UNEMPLOYED: '未就业',
  NOT_IN_LABOUR_FORCE: '非劳动力',
});

/** Statuses that count as employed for the employment indicators. */
export const EMPLOYED_STATUSES: readonly EmploymentStatus[] = [
  EmploymentStatus.LOCAL_JOB,
  EmploymentStatus.OUTSIDE_COUNTY,
  EmploymentStatus.OUTSIDE_PROVINCE,
  EmploymentStatus.PUBLIC_WELFARE_POST,
  EmploymentStatus.SELF_EMPLOYED,
];

export enum JoinReason {
  ORIGINAL_MEMBER = 'ORIGINAL_MEMBER',
  BIRTH = 'BIRTH',
  MARRIAGE = 'MARRIAGE',
  OTHER = 'OTHER',
}
export const JOIN_REASON_LABELS = registerLabelledEnum(JoinReason, 'JoinReason', '人口增加原因', {
  ORIGINAL_MEMBER: '原有成员',
  BIRTH: '新生',
  MARRIAGE: '婚入',
  OTHER: '其他',
});

export enum LeaveReason {
  DEATH = 'DEATH',
  MARRIAGE_OUT = 'MARRIAGE_OUT',
  MOVED_AWAY = 'MOVED_AWAY',
  OTHER = 'OTHER',
}
export const LEAVE_REASON_LABELS = registerLabelledEnum(LeaveReason, 'LeaveReason', '人口减少原因', {
  DEATH: '死亡',
  MARRIAGE_OUT: '婚出',
  MOVED_AWAY: '迁出',
  OTHER: '其他',
});
