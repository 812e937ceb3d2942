/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 月度数据确认状态 */
export type CertificationStatus =
  /** 已确认 */
  | 'CERTIFIED'
  /** 未确认 */
  | 'NOT_CERTIFIED'
  /** 已退回（须重新确认） */
  | 'RETURNED';

/** 需佐证材料认定的上报事项 */
export type Claim =
  /** 实际入住 */
  | 'ACTUALLY_RESIDENT'
  /** 受益人口 */
  | 'BENEFICIARY_POPULATION'
  /** 地灾评估 */
  | 'GEOHAZARD_ASSESSMENT'
  /** 安置住房质量安全（竣工验收） */
  | 'HOUSING_QUALITY_SAFETY'
  /** 已复垦复绿 */
  | 'LAND_RECLAIMED'
  /** 旧房已拆除 */
  | 'OLD_HOUSE_DEMOLISHED'
  /** 已脱贫 */
  | 'POVERTY_EXIT'
  /** 自筹资金 */
  | 'SELF_FUNDING';

/** 建设状态 */
export type ConstructionStatus =
  /** 已竣工验收 */
  | 'ACCEPTED'
  /** 已完工 */
  | 'COMPLETED'
  /** 未开工 */
  | 'NOT_STARTED'
  /** 在建 */
  | 'UNDER_CONSTRUCTION';

export type CreateUserInput = {
  email?: string | null | undefined;
  /** A division code (region, city, county) or, for site staff, a site id */
  jurisdiction: string;
  password: string;
  role: Role;
  username: string;
};

/** 就业情况 */
export type EmploymentStatus =
  /** 县内务工 */
  | 'LOCAL_JOB'
  /** 非劳动力 */
  | 'NOT_IN_LABOUR_FORCE'
  /** 县外区内务工 */
  | 'OUTSIDE_COUNTY'
  /** 区外务工 */
  | 'OUTSIDE_PROVINCE'
  /** 公益性岗位 */
  | 'PUBLIC_WELFARE_POST'
  /** 自主创业/灵活就业 */
  | 'SELF_EMPLOYED'
  /** 未就业 */
  | 'UNEMPLOYED';

/** 民族 */
export type Ethnicity =
  /** 侗族 */
  | 'DONG'
  /** 仡佬族 */
  | 'GELAO'
  /** 汉族 */
  | 'HAN'
  /** 回族 */
  | 'HUI'
  /** 京族 */
  | 'JING'
  /** 毛南族 */
  | 'MAONAN'
  /** 苗族 */
  | 'MIAO'
  /** 仫佬族 */
  | 'MULAO'
  /** 其他民族 */
  | 'OTHER'
  /** 水族 */
  | 'SHUI'
  /** 瑶族 */
  | 'YAO'
  /** 彝族 */
  | 'YI'
  /** 壮族 */
  | 'ZHUANG';

/** 佐证材料类型 */
export type EvidenceKind =
  /** 住房竣工验收报告 */
  | 'COMPLETION_ACCEPTANCE_REPORT'
  /** 旧房拆除复垦照片 */
  | 'DEMOLITION_RECLAMATION_PHOTO'
  /** 脱贫双认定表 */
  | 'DUAL_CONFIRMATION_FORM'
  /** 地灾评估报告 */
  | 'GEOHAZARD_ASSESSMENT_REPORT'
  /** 实际入住照片 */
  | 'MOVE_IN_PHOTO'
  /** 其他材料 */
  | 'OTHER'
  /** 搬迁审批表 */
  | 'RELOCATION_APPROVAL_FORM'
  /** 自筹资金凭证 */
  | 'SELF_FUNDING_RECEIPT'
  /** 安置点照片 */
  | 'SITE_PHOTO';

/** 佐证材料所属对象 */
export type EvidenceSubjectType =
  /** 搬迁户 */
  | 'HOUSEHOLD'
  /** 搬迁人口 */
  | 'PERSON'
  /** 安置点 */
  | 'SITE';

/** 设施状态 */
export type FacilityStatus =
  /** 已建成 */
  | 'BUILT'
  /** 已投入使用 */
  | 'IN_USE'
  /** 规划中 */
  | 'PLANNED';

/** 性别 */
export type Gender =
  /** 女 */
  | 'FEMALE'
  /** 男 */
  | 'MALE';

/** All given conditions must hold. */
export type HouseholdFilter = {
  /** 实际入住（上报值） */
  actuallyResident?: boolean | null | undefined;
  /** Region, city or county code */
  divisionCode?: string | number | null | undefined;
  householdType?: HouseholdType | null | undefined;
  /** true: households with labour but nobody employed (有劳动力无人就业); false: with at least one employed member */
  laborWithoutEmployment?: boolean | null | undefined;
  movedIn?: boolean | null | undefined;
  /** 旧房已拆除（上报值） */
  oldHouseDemolished?: boolean | null | undefined;
  oldHouseStructure?: OldHouseStructure | null | undefined;
  povertyStatus?: PovertyStatus | null | undefined;
  /** Only households with an open violation of this red line */
  redline?: RedlineRule | null | undefined;
  relocationYear?: number | null | undefined;
  siteId?: string | number | null | undefined;
};

/** 搬迁户类型 */
export type HouseholdType =
  /** 同步搬迁户 */
  | 'ALONGSIDE'
  /** 建档立卡贫困户 */
  | 'REGISTERED_POOR';

/** 导入状态 */
export type ImportStatus =
  /** 已提交入库 */
  | 'COMMITTED'
  /** 有问题，未写入任何数据 */
  | 'FAILED'
  /** 排队等待校验 */
  | 'QUEUED'
  /** 校验通过，待提交 */
  | 'VALIDATED'
  /** 正在校验 */
  | 'VALIDATING';

/** 主要收入来源 */
export type IncomeSource =
  /** 农业生产经营收入 */
  | 'AGRICULTURE'
  /** 财产性收入 */
  | 'ASSET_INCOME'
  /** 个体经营收入 */
  | 'BUSINESS'
  /** 其他 */
  | 'OTHER'
  /** 转移性收入 */
  | 'TRANSFERS'
  /** 工资性收入 */
  | 'WAGES';

export type IndicatorDirection =
  /** 越高越好 */
  | 'HIGHER_IS_BETTER'
  /** 越低越好 */
  | 'LOWER_IS_BETTER';

/** 指标 */
export type IndicatorKey =
  /** 竣工验收率（经认定已竣工验收的安置点 / 安置点数） */
  | 'ACCEPTANCE_RATE'
  /** 实际入住率（经认定实际入住的户数 / 已搬迁入住户数） */
  | 'ACTUAL_RESIDENCE_RATE'
  /** 医疗机构配套率（有卫生室/医院投入使用的安置点 / 安置点数） */
  | 'CLINIC_COVERAGE'
  /** 社区综合服务中心覆盖率（有综合服务中心投入使用的安置点 / 安置点数） */
  | 'COMMUNITY_SERVICE_COVERAGE'
  /** 义务教育阶段入学率（6至15周岁在校儿童 / 6至15周岁儿童） */
  | 'COMPULSORY_EDUCATION_RATE'
  /** 文化服务设施覆盖率（有文化活动中心投入使用的安置点 / 安置点数） */
  | 'CULTURE_CENTRE_COVERAGE'
  /** 旧房拆除率（经认定已拆除的旧房 / 应拆除的旧房） */
  | 'DEMOLITION_RATE'
  /** 有劳动力家庭就业覆盖率（至少一人稳定就业的有劳动力家庭 / 有劳动力的家庭） */
  | 'EMPLOYMENT_COVERAGE'
  /** 佐证材料完整率（有佐证材料的事项 / 上报的事项） */
  | 'EVIDENCE_COMPLETENESS'
  /** 地灾评估完成率（经认定完成地灾评估的安置点 / 安置点数） */
  | 'GEOHAZARD_ASSESSED_RATE'
  /** 户口迁移率（已办理户口迁移的入住户 / 已搬迁入住户数） */
  | 'HUKOU_TRANSFER_RATE'
  /** 增收渠道覆盖率（至少有一个增收渠道的户 / 搬迁户数） */
  | 'INCOME_CHANNEL_COVERAGE'
  /** 产业扶持覆盖率（有产业项目扶持的户 / 搬迁户数） */
  | 'INDUSTRY_SUPPORT_COVERAGE'
  /** 劳动力就业率（已就业劳动力 / 劳动力人数） */
  | 'LABOUR_EMPLOYMENT_RATE'
  /** 基本医疗保险参保率（参加医保的在册人口 / 在册人口） */
  | 'MEDICAL_INSURANCE_RATE'
  /** 搬迁入住率（已搬迁入住户的经认定受益人口 / 经认定的受益人口） */
  | 'MOVE_IN_RATE'
  /** 党组织建立率（已建立党组织的安置点 / 安置点数） */
  | 'PARTY_ORGANISATION_RATE'
  /** 养老保险参保率（参保的16周岁以上非在校人口 / 16周岁以上非在校人口） */
  | 'PENSION_INSURANCE_RATE'
  /** 警务服务覆盖率（有警务服务中心投入使用的安置点 / 安置点数） */
  | 'POLICING_CENTRE_COVERAGE'
  /** 脱贫率（经认定已脱贫的建档立卡贫困户 / 建档立卡贫困户） */
  | 'POVERTY_EXIT_RATE'
  /** 不动产权证办证率（已办理不动产权证的入住户 / 已搬迁入住户数） */
  | 'PROPERTY_CERTIFICATE_RATE'
  /** 复垦复绿率（经认定已复垦复绿的地块 / 经认定已拆除的旧房） */
  | 'RECLAMATION_RATE'
  /** 政策红线问题数（未整改的红线问题 / （计数指标，无分母）） */
  | 'REDLINE_VIOLATIONS'
  /** 学校配套率（有小学或初中投入使用的安置点 / 安置点数） */
  | 'SCHOOL_COVERAGE'
  /** 自治组织建立率（已建立自治组织的安置点 / 安置点数） */
  | 'SELF_GOVERNANCE_RATE'
  /** 劳动力技能培训覆盖率（接受过技能培训的劳动力 / 劳动力人数） */
  | 'SKILLS_TRAINING_COVERAGE';

export type IndicatorUnit =
  /** 计数 */
  | 'COUNT'
  /** 比率（0–1） */
  | 'RATIO';

export type IndustryProjectInput = {
  /** 项目类别（种植、养殖、加工、光伏、入股分红等） */
  kind?: string | null | undefined;
  /** 项目名称 */
  name: string;
  /** 扶持金额（元） */
  supportAmount?: number | null | undefined;
};

/** 人口减少原因 */
export type LeaveReason =
  /** 死亡 */
  | 'DEATH'
  /** 婚出 */
  | 'MARRIAGE_OUT'
  /** 迁出 */
  | 'MOVED_AWAY'
  /** 其他 */
  | 'OTHER';

/** 旧房处置 */
export type OldHouseDisposition =
  /** 不需拆除（保留） */
  | 'EXEMPT'
  /** 应拆除 */
  | 'MUST_DEMOLISH';

/** 旧房结构 */
export type OldHouseStructure =
  /** 砖混结构 */
  | 'BRICK_CONCRETE'
  /** 砖木结构 */
  | 'BRICK_WOOD'
  /** 土木结构 */
  | 'EARTH_WOOD'
  /** 其他 */
  | 'OTHER'
  /** 石砌结构 */
  | 'STONE'
  /** 木结构 */
  | 'WOODEN';

/** 迁出地耕地林地经营方式 */
export type OriginLandUse =
  /** 入股合作社 */
  | 'COOPERATIVE'
  /** 闲置 */
  | 'IDLE'
  /** 出租 */
  | 'LEASED'
  /** 自行耕种 */
  | 'SELF_FARMED'
  /** 流转 */
  | 'TRANSFERRED';

/** 迁出地类型 */
export type OriginType =
  /** 生态保护区 */
  | 'ECOLOGICAL_RESERVE'
  /** 地质灾害隐患区 */
  | 'GEOHAZARD'
  /** 其他 */
  | 'OTHER'
  /** 偏远、生存条件恶劣地区 */
  | 'REMOTE_POOR_CONDITIONS'
  /** 石山地区/石漠化地区 */
  | 'STONY_DESERTIFIED';

/** 安置方式 */
export type PlacementType =
  /** 中心村安置 */
  | 'CENTRAL_VILLAGE'
  /** 产业园区安置 */
  | 'INDUSTRIAL_PARK'
  /** 集镇安置 */
  | 'MARKET_TOWN'
  /** 其他 */
  | 'OTHER'
  /** 城镇/县城安置 */
  | 'TOWN';

/** 脱贫情况 */
export type PovertyStatus =
  /** 已脱贫 */
  | 'EXITED'
  /** 未脱贫 */
  | 'NOT_EXITED';

/** 排名依据：各项指标或综合得分 */
export type RankingKey =
  /** 竣工验收率（经认定已竣工验收的安置点 / 安置点数） */
  | 'ACCEPTANCE_RATE'
  /** 实际入住率（经认定实际入住的户数 / 已搬迁入住户数） */
  | 'ACTUAL_RESIDENCE_RATE'
  /** 医疗机构配套率（有卫生室/医院投入使用的安置点 / 安置点数） */
  | 'CLINIC_COVERAGE'
  /** 社区综合服务中心覆盖率（有综合服务中心投入使用的安置点 / 安置点数） */
  | 'COMMUNITY_SERVICE_COVERAGE'
  /** 综合得分（各比率指标加权平均） */
  | 'COMPOSITE'
  /** 义务教育阶段入学率（6至15周岁在校儿童 / 6至15周岁儿童） */
  | 'COMPULSORY_EDUCATION_RATE'
  /** 文化服务设施覆盖率（有文化活动中心投入使用的安置点 / 安置点数） */
  | 'CULTURE_CENTRE_COVERAGE'
  /** 旧房拆除率（经认定已拆除的旧房 / 应拆除的旧房） */
  | 'DEMOLITION_RATE'
  /** 有劳动力家庭就业覆盖率（至少一人稳定就业的有劳动力家庭 / 有劳动力的家庭） */
  | 'EMPLOYMENT_COVERAGE'
  /** 佐证材料完整率（有佐证材料的事项 / 上报的事项） */
  | 'EVIDENCE_COMPLETENESS'
  /** 地灾评估完成率（经认定完成地灾评估的安置点 / 安置点数） */
  | 'GEOHAZARD_ASSESSED_RATE'
  /** 户口迁移率（已办理户口迁移的入住户 / 已搬迁入住户数） */
  | 'HUKOU_TRANSFER_RATE'
  /** 增收渠道覆盖率（至少有一个增收渠道的户 / 搬迁户数） */
  | 'INCOME_CHANNEL_COVERAGE'
  /** 产业扶持覆盖率（有产业项目扶持的户 / 搬迁户数） */
  | 'INDUSTRY_SUPPORT_COVERAGE'
  /** 劳动力就业率（已就业劳动力 / 劳动力人数） */
  | 'LABOUR_EMPLOYMENT_RATE'
  /** 基本医疗保险参保率（参加医保的在册人口 / 在册人口） */
  | 'MEDICAL_INSURANCE_RATE'
  /** 搬迁入住率（已搬迁入住户的经认定受益人口 / 经认定的受益人口） */
  | 'MOVE_IN_RATE'
  /** 党组织建立率（已建立党组织的安置点 / 安置点数） */
  | 'PARTY_ORGANISATION_RATE'
  /** 养老保险参保率（参保的16周岁以上非在校人口 / 16周岁以上非在校人口） */
  | 'PENSION_INSURANCE_RATE'
  /** 警务服务覆盖率（有警务服务中心投入使用的安置点 / 安置点数） */
  | 'POLICING_CENTRE_COVERAGE'
  /** 脱贫率（经认定已脱贫的建档立卡贫困户 / 建档立卡贫困户） */
  | 'POVERTY_EXIT_RATE'
  /** 不动产权证办证率（已办理不动产权证的入住户 / 已搬迁入住户数） */
  | 'PROPERTY_CERTIFICATE_RATE'
  /** 复垦复绿率（经认定已复垦复绿的地块 / 经认定已拆除的旧房） */
  | 'RECLAMATION_RATE'
  /** 政策红线问题数（未整改的红线问题 / （计数指标，无分母）） */
  | 'REDLINE_VIOLATIONS'
  /** 学校配套率（有小学或初中投入使用的安置点 / 安置点数） */
  | 'SCHOOL_COVERAGE'
  /** 自治组织建立率（已建立自治组织的安置点 / 安置点数） */
  | 'SELF_GOVERNANCE_RATE'
  /** 劳动力技能培训覆盖率（接受过技能培训的劳动力 / 劳动力人数） */
  | 'SKILLS_TRAINING_COVERAGE';

/** 政策红线 */
export type RedlineRule =
  /** 人均住房面积超标 */
  | 'HOUSING_AREA_PER_PERSON'
  /** 户均自筹资金超标 */
  | 'SELF_FUNDING_PER_HOUSEHOLD'
  /** 人均自筹资金超标 */
  | 'SELF_FUNDING_PER_PERSON';

/** 与户主关系 */
export type Relation =
  /** 子女 */
  | 'CHILD'
  /** 儿媳/女婿 */
  | 'CHILD_IN_LAW'
  /** 孙子女 */
  | 'GRANDCHILD'
  /** 祖父母 */
  | 'GRANDPARENT'
  /** 户主 */
  | 'HEAD'
  /** 其他 */
  | 'OTHER'
  /** 父母 */
  | 'PARENT'
  /** 岳父母/公婆 */
  | 'PARENT_IN_LAW'
  /** 兄弟姐妹 */
  | 'SIBLING'
  /** 配偶 */
  | 'SPOUSE';

/** 用户角色 */
export type Role =
  /** 设区市工作人员 */
  | 'CITY_STAFF'
  /** 县级工作人员 */
  | 'COUNTY_STAFF'
  /** 自治区管理员 */
  | 'REGION_ADMIN'
  /** 自治区工作人员 */
  | 'REGION_STAFF'
  /** 安置点工作人员 */
  | 'SITE_STAFF'
  /** 抽查核实人员 */
  | 'SPOT_CHECKER';

/** 专项任务 */
export type SpecialTask =
  /** 社区服务 */
  | 'COMMUNITY_SERVICES'
  /** 文化服务 */
  | 'CULTURAL_SERVICES'
  /** 拆旧复垦 */
  | 'DEMOLITION_RECLAMATION'
  /** 教育保障 */
  | 'EDUCATION'
  /** 就业帮扶 */
  | 'EMPLOYMENT_HELP'
  /** 产业扶持 */
  | 'INDUSTRY_SUPPORT'
  /** 医疗保障 */
  | 'MEDICAL_CARE'
  /** 搬迁入住 */
  | 'MOVING_IN'
  /** 组织建设 */
  | 'ORGANISATION_BUILDING'
  /** 项目建设 */
  | 'PROJECT_CONSTRUCTION'
  /** 平安建设 */
  | 'PUBLIC_SAFETY'
  /** 社会保障 */
  | 'SOCIAL_SECURITY';

/** 任务状态 */
export type TaskStatus =
  /** 已完成 */
  | 'COMPLETED'
  /** 推进中 */
  | 'IN_PROGRESS'
  /** 未开始 */
  | 'NOT_STARTED';

/** 单位层级 */
export type UnitLevel =
  /** 设区市 */
  | 'CITY'
  /** 县（市、区） */
  | 'COUNTY'
  /** 自治区 */
  | 'REGION'
  /** 安置点 */
  | 'SITE';

/** Fields to change; the site of a household is fixed (move a household by recreating it). */
export type UpdateHouseholdInput = {
  actuallyResident?: boolean | null | undefined;
  /** 受益人口; at least 1, the per-person red lines divide by it */
  beneficiaryCount?: number | null | undefined;
  code?: string | null | undefined;
  /** 户主民族 */
  headEthnicity?: Ethnicity | null | undefined;
  /** 户主身份证号; the head is recorded as a member of the household (relation HEAD) with the gender and birth date this ID gives */
  headIdNumber?: string | null | undefined;
  headName?: string | null | undefined;
  householdType?: HouseholdType | null | undefined;
  /** ㎡, greater than 0 */
  housingArea?: number | null | undefined;
  hukouTransferred?: boolean | null | undefined;
  hukouTransferredOn?: string | null | undefined;
  industryProjects?: Array<IndustryProjectInput> | null | undefined;
  /** at most beneficiaryCount */
  laborCount?: number | null | undefined;
  landReclaimed?: boolean | null | undefined;
  landReclaimedOn?: string | null | undefined;
  mainIncomeSource?: IncomeSource | null | undefined;
  movedIn?: boolean | null | undefined;
  movedInOn?: string | null | undefined;
  netIncomePerCapita?: number | null | undefined;
  netIncomeYear?: number | null | undefined;
  oldHouseDemolished?: boolean | null | undefined;
  oldHouseDemolishedOn?: string | null | undefined;
  oldHouseDisposition?: OldHouseDisposition | null | undefined;
  oldHouseExemptReason?: string | null | undefined;
  oldHouseStructure?: OldHouseStructure | null | undefined;
  /** 亩 */
  originFarmlandMu?: number | null | undefined;
  /** 亩 */
  originForestlandMu?: number | null | undefined;
  originLandUse?: OriginLandUse | null | undefined;
  originType?: OriginType | null | undefined;
  originVillage?: string | null | undefined;
  povertyExitYear?: number | null | undefined;
  povertyStatus?: PovertyStatus | null | undefined;
  propertyCertificateIssued?: boolean | null | undefined;
  propertyCertificateIssuedOn?: string | null | undefined;
  publicServices?: Array<string> | null | undefined;
  relocationYear?: number | null | undefined;
  roomNumber?: string | null | undefined;
  /** 元, 0 or more */
  selfFunding?: number | null | undefined;
};

export type UpdateUserInput = {
  email?: string | null | undefined;
  /** A division code (region, city, county) or, for site staff, a site id */
  jurisdiction?: string | null | undefined;
  password?: string | null | undefined;
  role?: Role | null | undefined;
};

/** 红线预警状态 */
export type ViolationStatus =
  /** 未解除 */
  | 'OPEN'
  /** 已解除（数据已更正或规则已调整） */
  | 'RESOLVED';

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: Array<{ id: string, username: string, role: Role, jurisdiction: string, email: string | null, active: boolean }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, username: string, role: Role, jurisdiction: string, email: string | null, active: boolean } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, role: Role, jurisdiction: string, email: string | null, active: boolean } };

export type DeactivateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateUserMutation = { deactivateUser: { id: string, active: boolean } };

export type RedlineRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type RedlineRulesQuery = { redlineRules: Array<{ rule: RedlineRule, label: string, formula: string, threshold: number, unit: string, householdTypes: Array<HouseholdType>, enabled: boolean, updatedAt: string, updatedBy: string, version: number }> };

export type UpdateRedlineRuleMutationVariables = Exact<{
  rule: RedlineRule;
  version: number;
  threshold?: number | null | undefined;
  householdTypes?: Array<HouseholdType> | HouseholdType | null | undefined;
  enabled?: boolean | null | undefined;
}>;


export type UpdateRedlineRuleMutation = { updateRedlineRule: { rule: RedlineRule, threshold: number, householdTypes: Array<HouseholdType>, enabled: boolean, updatedAt: string, updatedBy: string, version: number } };

export type IndicatorWeightsQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicatorWeightsQuery = { indicatorDefinitions: Array<{ key: IndicatorKey, nameZh: string, unit: IndicatorUnit, direction: IndicatorDirection, weight: number }> };

export type SetIndicatorWeightMutationVariables = Exact<{
  key: IndicatorKey;
  weight: number;
}>;


export type SetIndicatorWeightMutation = { setIndicatorWeight: Array<{ key: IndicatorKey, weight: number }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { username: string, role: Role, jurisdiction: string } };

export type DivisionPlatformQueryVariables = Exact<{
  code: string | number;
}>;


export type DivisionPlatformQuery = { division: { code: string, name: string, level: UnitLevel, parent: { code: string, name: string, parent: { code: string, name: string } | null } | null, children: Array<{ code: string, name: string, hasRelocationTask: boolean }> } | null, indicatorDefinitions: Array<{ key: IndicatorKey, nameZh: string, unit: IndicatorUnit, direction: IndicatorDirection, weight: number, numeratorZh: string, denominatorZh: string }> };

export type PublishedMonthsQueryVariables = Exact<{
  code: string | number;
  p0: string;
  p1: string;
  p2: string;
  p3: string;
  p4: string;
  p5: string;
  p6: string;
  p7: string;
  p8: string;
  p9: string;
  p10: string;
  p11: string;
}>;


export type PublishedMonthsQuery = { m0: { period: string, excelUrl: string, pdfUrl: string } | null, m1: { period: string, excelUrl: string, pdfUrl: string } | null, m2: { period: string, excelUrl: string, pdfUrl: string } | null, m3: { period: string, excelUrl: string, pdfUrl: string } | null, m4: { period: string, excelUrl: string, pdfUrl: string } | null, m5: { period: string, excelUrl: string, pdfUrl: string } | null, m6: { period: string, excelUrl: string, pdfUrl: string } | null, m7: { period: string, excelUrl: string, pdfUrl: string } | null, m8: { period: string, excelUrl: string, pdfUrl: string } | null, m9: { period: string, excelUrl: string, pdfUrl: string } | null, m10: { period: string, excelUrl: string, pdfUrl: string } | null, m11: { period: string, excelUrl: string, pdfUrl: string } | null };

export type PublishedMonthFragment = { period: string, excelUrl: string, pdfUrl: string };

export type LiveFiguresQueryVariables = Exact<{
  code: string | number;
  withSites: boolean;
}>;


export type LiveFiguresQuery = { division: { code: string, indicatorsAsOf: string, indicators: Array<{ key: IndicatorKey, numerator: number, denominator: number, value: number | null }>, children: Array<{ code: string, name: string, hasRelocationTask: boolean, indicators: Array<{ key: IndicatorKey, numerator: number, denominator: number, value: number | null }> }>, sites?: { totalCount: number, nodes: Array<{ id: string, name: string, indicators: Array<{ key: IndicatorKey, numerator: number, denominator: number, value: number | null }> }> } } | null };

export type FigureFragment = { key: IndicatorKey, numerator: number, denominator: number, value: number | null };

export type ReportCertificationsQueryVariables = Exact<{
  code: string | number;
  period: string;
}>;


export type ReportCertificationsQuery = { monthlyReport: { period: string, certifications: Array<{ divisionCode: string, unitName: string, status: CertificationStatus }> } | null };

export type ReportFiguresQueryVariables = Exact<{
  code: string | number;
  period: string;
  ownLevel: UnitLevel;
  unitLevel: UnitLevel;
}>;


export type ReportFiguresQuery = { monthlyReport: { period: string, asOf: string, own: Array<{ unitCode: string, unitName: string, parentCode: string | null, indicator: RankingKey, numerator: number | null, denominator: number | null, value: number | null, changeFromPreviousMonth: number | null, rankInParent: number | null }>, units: Array<{ unitCode: string, unitName: string, parentCode: string | null, indicator: RankingKey, numerator: number | null, denominator: number | null, value: number | null, changeFromPreviousMonth: number | null, rankInParent: number | null }>, problems: Array<{ unitCode: string, parentCode: string | null, openViolations: number, unrecognizedClaims: number }> } | null };

export type ReportFigureFragment = { unitCode: string, unitName: string, parentCode: string | null, indicator: RankingKey, numerator: number | null, denominator: number | null, value: number | null, changeFromPreviousMonth: number | null, rankInParent: number | null };

export type DivisionProblemsQueryVariables = Exact<{
  code: string | number;
}>;


export type DivisionProblemsQuery = { redlineViolations: { totalCount: number, nodes: Array<{ id: string, rule: RedlineRule, value: number, threshold: number, household: { id: string, code: string, headName: string, site: { name: string } } }> }, unrecognizedClaims: { totalCount: number, nodes: Array<{ claim: Claim, subjectType: EvidenceSubjectType, subjectId: string, subjectCode: string, site: { id: string, name: string } }> }, workNews: { totalCount: number, nodes: Array<{ id: string, title: string, publishedAt: string }> } };

export type SitePlatformQueryVariables = Exact<{
  id: string | number;
}>;


export type SitePlatformQuery = { site: { id: string, code: string, name: string, address: string | null, placementType: PlacementType, constructionStatus: ConstructionStatus, constructionCompletedOn: string | null, acceptedOn: string | null, geohazardAssessed: boolean, plannedHouseholds: number | null, plannedPersons: number | null, housingUnits: number | null, leaderName: string | null, leaderPost: string | null, leaderPhone: string | null, county: { code: string, name: string, parent: { code: string, name: string, parent: { code: string, name: string } | null } | null }, facilities: Array<{ kindCode: string, kindName: string, status: FacilityStatus }>, evidence: Array<{ id: string, kind: EvidenceKind, mimeType: string, fileUrl: string, originalName: string, uploadedAt: string, rejectedAt: string | null }>, indicators: Array<{ key: IndicatorKey, numerator: number, denominator: number, value: number | null }> } | null, indicatorDefinitions: Array<{ key: IndicatorKey, nameZh: string, unit: IndicatorUnit, direction: IndicatorDirection, weight: number, numeratorZh: string, denominatorZh: string }> };

export type HouseholdsQueryVariables = Exact<{
  filter: HouseholdFilter;
  first: number;
  after?: string | null | undefined;
}>;


export type HouseholdsQuery = { households: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, headName: string, householdType: HouseholdType, beneficiaryCount: number, laborCount: number, movedIn: boolean, actuallyResident: boolean, povertyStatus: PovertyStatus, oldHouseDemolished: boolean, roomNumber: string | null }> } };

export type HouseholdPageQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdPageQuery = { household: { id: string, version: number, code: string, headName: string, headIdNumber: string, householdType: HouseholdType, beneficiaryCount: number, laborCount: number, relocationYear: number, roomNumber: string | null, housingArea: number, selfFunding: number, movedIn: boolean, movedInOn: string | null, actuallyResident: boolean, povertyStatus: PovertyStatus, povertyExitYear: number | null, oldHouseDemolished: boolean, originVillage: string | null, unrecognizedClaims: Array<Claim>, site: { id: string, name: string, county: { code: string, name: string, parent: { code: string, name: string, parent: { code: string, name: string } | null } | null } }, persons: Array<{ id: string, name: string, idNumber: string, relation: Relation, gender: Gender, birthDate: string, employment: EmploymentStatus, employer: string | null, active: boolean, leftOn: string | null, leaveReason: LeaveReason | null }>, redlineViolations: Array<{ id: string, rule: RedlineRule, status: ViolationStatus, value: number, threshold: number, detectedAt: string }>, evidence: Array<{ id: string, kind: EvidenceKind, originalName: string, uploadedAt: string, uploadedBy: string, rejectedAt: string | null, rejectionReason: string | null }>, history: Array<{ at: string, actor: string, operation: string, changes: unknown }> } | null };

export type UpdateHouseholdMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateHouseholdInput;
}>;


export type UpdateHouseholdMutation = { updateHousehold: { id: string, version: number, headName: string, beneficiaryCount: number, laborCount: number, housingArea: number, selfFunding: number, roomNumber: string | null } };

export type SpecialTasksQueryVariables = Exact<{
  code: string | number;
}>;


export type SpecialTasksQuery = { specialTasks: Array<{ task: SpecialTask, name: string, siteCount: number, sitesCompleted: number, sitesInProgress: number, completionRate: number | null }> };

export type SpecialTaskPlatformQueryVariables = Exact<{
  code: string | number;
}>;


export type SpecialTaskPlatformQuery = { division: { code: string, name: string, level: UnitLevel, parent: { code: string, name: string, parent: { code: string, name: string } | null } | null } | null, indicatorDefinitions: Array<{ key: IndicatorKey, nameZh: string, unit: IndicatorUnit }>, specialTasks: Array<{ task: SpecialTask, name: string, siteCount: number, sitesCompleted: number, sitesInProgress: number, completionRate: number | null, indicators: Array<{ key: IndicatorKey, numerator: number, denominator: number, value: number | null }>, records: Array<{ siteId: string, status: TaskStatus, recordedOn: string, responsiblePerson: string | null, progressNote: string | null, updatedBy: string, site: { id: string, name: string } }> }> };

export type ImportRunQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportRunQuery = { importRun: { id: string, status: ImportStatus, fileName: string, importedBy: string, createdAt: string, rowsTotal: number, rowsDone: number, rowsValid: number, preview: { householdsCreated: number, householdsUpdated: number, personsCreated: number, personsUpdated: number }, problems: Array<{ sheet: string | null, row: number | null, column: string | null, value: string | null, reason: string }> } };

export type RecentImportsQueryVariables = Exact<{
  divisionCode: string | number;
}>;


export type RecentImportsQuery = { imports: Array<{ id: string, status: ImportStatus, fileName: string, importedBy: string, createdAt: string, rowsTotal: number }> };

export type CommitImportMutationVariables = Exact<{
  id: string | number;
}>;


export type CommitImportMutation = { commitImport: { id: string, status: ImportStatus, preview: { householdsCreated: number, householdsUpdated: number, personsCreated: number, personsUpdated: number } } };

export const PublishedMonthFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublishedMonth"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonthlyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"excelUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}}]} as unknown as DocumentNode<PublishedMonthFragment, unknown>;
export const FigureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Figure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]} as unknown as DocumentNode<FigureFragment, unknown>;
export const ReportFigureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"changeFromPreviousMonth"}},{"kind":"Field","name":{"kind":"Name","value":"rankInParent"}}]}}]} as unknown as DocumentNode<ReportFigureFragment, unknown>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const DeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const RedlineRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RedlineRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redlineRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"householdTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RedlineRulesQuery, RedlineRulesQueryVariables>;
export const UpdateRedlineRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRedlineRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rule"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedlineRule"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threshold"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdTypes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRedlineRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rule"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rule"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"threshold"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threshold"}}},{"kind":"Argument","name":{"kind":"Name","value":"householdTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdTypes"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"householdTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateRedlineRuleMutation, UpdateRedlineRuleMutationVariables>;
export const IndicatorWeightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorWeights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]} as unknown as DocumentNode<IndicatorWeightsQuery, IndicatorWeightsQueryVariables>;
export const SetIndicatorWeightDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetIndicatorWeight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorKey"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weight"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setIndicatorWeight"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"weight"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weight"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]} as unknown as DocumentNode<SetIndicatorWeightMutation, SetIndicatorWeightMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const DivisionPlatformDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DivisionPlatform"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hasRelocationTask"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"numeratorZh"}},{"kind":"Field","name":{"kind":"Name","value":"denominatorZh"}}]}}]}}]} as unknown as DocumentNode<DivisionPlatformQuery, DivisionPlatformQueryVariables>;
export const PublishedMonthsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedMonths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p0"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p4"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p5"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p6"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p7"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p8"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p9"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p10"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p11"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"m0"},"name":{"kind":"Name","value":"monthlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p0"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedMonth"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m1"},"name":{"kind":"Name","value":"monthlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedMonth"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m2"},"name":{"kind":"Name","value":"monthlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p2"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedMonth"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m3"},"name":{"kind":"Name","value":"monthlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedMonth"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m4"},"name":{"kind":"Name","value":"monthlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p4"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedMonth"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m5"},"name":{"kind":"Name","value":"monthlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p5"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedMonth"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m6"},"name":{"kind":"Name","value":"monthlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p6"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedMonth"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m7"},"name":{"kind":"Name","value":"monthlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p7"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedMonth"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m8"},"name":{"kind":"Name","value":"monthlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p8"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedMonth"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m9"},"name":{"kind":"Name","value":"monthlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p9"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedMonth"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m10"},"name":{"kind":"Name","value":"monthlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p10"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedMonth"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m11"},"name":{"kind":"Name","value":"monthlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p11"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedMonth"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublishedMonth"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonthlyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"excelUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}}]} as unknown as DocumentNode<PublishedMonthsQuery, PublishedMonthsQueryVariables>;
export const LiveFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withSites"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorsAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hasRelocationTask"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withSites"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Figure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]} as unknown as DocumentNode<LiveFiguresQuery, LiveFiguresQueryVariables>;
export const ReportCertificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportCertifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ReportCertificationsQuery, ReportCertificationsQueryVariables>;
export const ReportFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownLevel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitLevel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitLevel"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","alias":{"kind":"Name","value":"own"},"name":{"kind":"Name","value":"rows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownLevel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFigure"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"units"},"name":{"kind":"Name","value":"rows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitLevel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFigure"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"problems"},"name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitLevel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}},{"kind":"Field","name":{"kind":"Name","value":"openViolations"}},{"kind":"Field","name":{"kind":"Name","value":"unrecognizedClaims"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"changeFromPreviousMonth"}},{"kind":"Field","name":{"kind":"Name","value":"rankInParent"}}]}}]} as unknown as DocumentNode<ReportFiguresQuery, ReportFiguresQueryVariables>;
export const DivisionProblemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DivisionProblems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redlineViolations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unrecognizedClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workNews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<DivisionProblemsQuery, DivisionProblemsQueryVariables>;
export const SitePlatformDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SitePlatform"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"placementType"}},{"kind":"Field","name":{"kind":"Name","value":"constructionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"constructionCompletedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"geohazardAssessed"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"plannedPersons"}},{"kind":"Field","name":{"kind":"Name","value":"housingUnits"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"leaderPost"}},{"kind":"Field","name":{"kind":"Name","value":"leaderPhone"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindCode"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"fileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"originalName"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"numeratorZh"}},{"kind":"Field","name":{"kind":"Name","value":"denominatorZh"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Figure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]} as unknown as DocumentNode<SitePlatformQuery, SitePlatformQueryVariables>;
export const HouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Households"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"householdType"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryCount"}},{"kind":"Field","name":{"kind":"Name","value":"laborCount"}},{"kind":"Field","name":{"kind":"Name","value":"movedIn"}},{"kind":"Field","name":{"kind":"Name","value":"actuallyResident"}},{"kind":"Field","name":{"kind":"Name","value":"povertyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"oldHouseDemolished"}},{"kind":"Field","name":{"kind":"Name","value":"roomNumber"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdsQuery, HouseholdsQueryVariables>;
export const HouseholdPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"headIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"householdType"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryCount"}},{"kind":"Field","name":{"kind":"Name","value":"laborCount"}},{"kind":"Field","name":{"kind":"Name","value":"relocationYear"}},{"kind":"Field","name":{"kind":"Name","value":"roomNumber"}},{"kind":"Field","name":{"kind":"Name","value":"housingArea"}},{"kind":"Field","name":{"kind":"Name","value":"selfFunding"}},{"kind":"Field","name":{"kind":"Name","value":"movedIn"}},{"kind":"Field","name":{"kind":"Name","value":"movedInOn"}},{"kind":"Field","name":{"kind":"Name","value":"actuallyResident"}},{"kind":"Field","name":{"kind":"Name","value":"povertyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"povertyExitYear"}},{"kind":"Field","name":{"kind":"Name","value":"oldHouseDemolished"}},{"kind":"Field","name":{"kind":"Name","value":"originVillage"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redlineViolations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unrecognizedClaims"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"originalName"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdPageQuery, HouseholdPageQueryVariables>;
export const UpdateHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateHouseholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryCount"}},{"kind":"Field","name":{"kind":"Name","value":"laborCount"}},{"kind":"Field","name":{"kind":"Name","value":"housingArea"}},{"kind":"Field","name":{"kind":"Name","value":"selfFunding"}},{"kind":"Field","name":{"kind":"Name","value":"roomNumber"}}]}}]}}]} as unknown as DocumentNode<UpdateHouseholdMutation, UpdateHouseholdMutationVariables>;
export const SpecialTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpecialTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siteCount"}},{"kind":"Field","name":{"kind":"Name","value":"sitesCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"sitesInProgress"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}}]}}]} as unknown as DocumentNode<SpecialTasksQuery, SpecialTasksQueryVariables>;
export const SpecialTaskPlatformDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpecialTaskPlatform"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siteCount"}},{"kind":"Field","name":{"kind":"Name","value":"sitesCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"sitesInProgress"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"progressNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]}}]}}]} as unknown as DocumentNode<SpecialTaskPlatformQuery, SpecialTaskPlatformQueryVariables>;
export const ImportRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"importedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"rowsValid"}},{"kind":"Field","name":{"kind":"Name","value":"preview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"householdsUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"personsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"personsUpdated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ImportRunQuery, ImportRunQueryVariables>;
export const RecentImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecentImports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"importedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}}]}}]}}]} as unknown as DocumentNode<RecentImportsQuery, RecentImportsQueryVariables>;
export const CommitImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"householdsUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"personsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"personsUpdated"}}]}}]}}]}}]} as unknown as DocumentNode<CommitImportMutation, CommitImportMutationVariables>;