import { IndicatorDirection, IndicatorKey, IndicatorUnit } from './indicator-key.enum';

/**
 * One indicator: names staff read, and its numerator and denominator as SQL aggregates
 * evaluated once per site over that site's rows (see figures/site-figures-sql.ts for the columns
 * available: `h` is one household with its person counts and recognised claims, `s` the site).
 * Every tier is the sum over its sites, so a city's figure always equals the sum of its
 * counties' and of their sites'.
 */
export interface IndicatorDefinition {
  key: IndicatorKey;
  nameZh: string;
  nameEn: string;
  numeratorZh: string;
  denominatorZh: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  /** Weight in the composite score unless an administrator changes it; 0 leaves it out. */
  defaultWeight: number;
  numerator: string;
  /** Null for a count (unit COUNT): it has no denominator, and its value is the numerator. */
  denominator: string | null;
}

const RATIO = IndicatorUnit.RATIO;
const HIGHER = IndicatorDirection.HIGHER_IS_BETTER;
const siteFlag = (condition: string) => `max(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
const householdsWhere = (condition: string) => `count(h.id) FILTER (WHERE ${condition})`;
/** The beneficiary population counts only when recognised (SPEC §5: backed by the relocation approval form). */
const recognisedBeneficiaries = 'CASE WHEN h.beneficiary_population_recognised THEN h.beneficiary_count ELSE 0 END';

/** A facility kind as the coverage indicators name it: its code, and its name in `facility_kind`. */
interface FacilityKindName {
  code: string;
  nameZh: string;
}
const kind = (code: string, nameZh: string): FacilityKindName => ({ code, nameZh });

/**
 * The one facility rule (SPEC §2.1: a facility is planned, built or in use): a site is covered
 * when a facility of one of the kinds is in use (IN_USE); planned or only built does not count.
 * The numerator's Chinese text is made from the same kinds as the SQL, so they cannot disagree.
 */
function facilityCoverage(kinds: readonly FacilityKindName[]): Pick<IndicatorDefinition, 'numeratorZh' | 'denominatorZh' | 'numerator' | 'denominator'> {
  return {
    numeratorZh: `有${kinds.map((k) => k.nameZh).join('或')}投入使用的安置点`,
    denominatorZh: '安置点数',
    numerator: siteFlag(`s.facilities_in_use && ARRAY[${kinds.map((k) => `'${k.code}'`).join(', ')}]::varchar[]`),
    denominator: '1',
  };
}

/** The kinds each facility coverage indicator counts; names as in the facility_kind table (a test compares them). */
export const FACILITY_COVERAGE_KINDS = {
  SCHOOL_COVERAGE: [kind('PRIMARY_SCHOOL', '小学'), kind('MIDDLE_SCHOOL', '初中')],
  CLINIC_COVERAGE: [kind('CLINIC', '卫生室/医院')],
  COMMUNITY_SERVICE_COVERAGE: [kind('SERVICE_HALL', '综合服务中心')],
  CULTURE_CENTRE_COVERAGE: [kind('CULTURE_CENTRE', '文化活动中心')],
  POLICING_CENTRE_COVERAGE: [kind('POLICING_CENTRE', '警务服务中心')],
} as const satisfies Partial<Record<IndicatorKey, readonly FacilityKindName[]>>;

export const INDICATOR_DEFINITIONS: readonly IndicatorDefinition[] = [
  {
    key: IndicatorKey.MOVE_IN_RATE, nameZh: '搬迁入住率', nameEn: 'Move-in rate',
    numeratorZh: '已搬迁入住户的经认定受益人口', denominatorZh: '经认定的受益人口', unit: RATIO, direction: HIGHER, defaultWeight: 2,
    numerator: `sum(${recognisedBeneficiaries}) FILTER (WHERE h.moved_in)`, denominator: `sum(${recognisedBeneficiaries})`,
  },
  {
    key: IndicatorKey.ACTUAL_RESIDENCE_RATE, nameZh: '实际入住率', nameEn: 'Actual residence rate',
    numeratorZh: '经认定实际入住的户数', denominatorZh: '已搬迁入住户数', unit: RATIO, direction: HIGHER, defaultWeight: 2,
    numerator: householdsWhere('h.moved_in AND h.actually_resident_recognised'), denominator: householdsWhere('h.moved_in'),
  },
  {
    key: IndicatorKey.DEMOLITION_RATE, nameZh: '旧房拆除率', nameEn: 'Old-house demolition rate',
    numeratorZh: '经认定已拆除的旧房', denominatorZh: '应拆除的旧房', unit: RATIO, direction: HIGHER, defaultWeight: 1,
    numerator: householdsWhere("h.old_house_disposition = 'MUST_DEMOLISH' AND h.old_house_demolished_recognised"),
    denominator: householdsWhere("h.old_house_disposition = 'MUST_DEMOLISH'"),
  },
  {
    key: IndicatorKey.RECLAMATION_RATE, nameZh: '复垦复绿率', nameEn: 'Reclamation rate',
    numeratorZh: '经认定已复垦复绿的地块', denominatorZh: '经认定已拆除的旧房', unit: RATIO, direction: HIGHER, defaultWeight: 1,
    numerator: householdsWhere('h.old_house_demolished_recognised AND h.land_reclaimed_recognised'),
    denominator: householdsWhere('h.old_house_demolished_recognised'),
  },
  {
    key: IndicatorKey.POVERTY_EXIT_RATE, nameZh: '脱贫率', nameEn: 'Poverty exit rate',
    numeratorZh: '经认定已脱贫的建档立卡贫困户', denominatorZh: '建档立卡贫困户', unit: RATIO, direction: HIGHER, defaultWeight: 2,
    numerator: householdsWhere("h.household_type = 'REGISTERED_POOR' AND h.poverty_exit_recognised"),
    denominator: householdsWhere("h.household_type = 'REGISTERED_POOR'"),
  },
  {
    key: IndicatorKey.PROPERTY_CERTIFICATE_RATE, nameZh: '不动产权证办证率', nameEn: 'Property certificate rate',
    numeratorZh: '已办理不动产权证的入住户', denominatorZh: '已搬迁入住户数', unit: RATIO, direction: HIGHER, defaultWeight: 1,
    numerator: householdsWhere('h.moved_in AND h.property_certificate_issued'), denominator: householdsWhere('h.moved_in'),
  },
  {
    key: IndicatorKey.HUKOU_TRANSFER_RATE, nameZh: '户口迁移率', nameEn: 'Household registration transfer rate',
    numeratorZh: '已办理户口迁移的入住户', denominatorZh: '已搬迁入住户数', unit: RATIO, direction: HIGHER, defaultWeight: 1,
    numerator: householdsWhere('h.moved_in AND h.hukou_transferred'), denominator: householdsWhere('h.moved_in'),
  },
  {
    key: IndicatorKey.EMPLOYMENT_COVERAGE, nameZh: '有劳动力家庭就业覆盖率', nameEn: 'Employment coverage of households with labour',
    numeratorZh: '至少一人稳定就业的有劳动力家庭', denominatorZh: '有劳动力的家庭', unit: RATIO, direction: HIGHER, defaultWeight: 2,
    numerator: householdsWhere('h.labour_persons > 0 AND h.employed_labour_persons > 0'), denominator: householdsWhere('h.labour_persons > 0'),
  },
  {
    key: IndicatorKey.LABOUR_EMPLOYMENT_RATE, nameZh: '劳动力就业率', nameEn: 'Labour employment rate',
    numeratorZh: '已就业劳动力', denominatorZh: '劳动力人数', unit: RATIO, direction: HIGHER, defaultWeight: 1,
    numerator: 'sum(h.employed_labour_persons)', denominator: 'sum(h.labour_persons)',
  },
  {
    key: IndicatorKey.INCOME_CHANNEL_COVERAGE, nameZh: '增收渠道覆盖率', nameEn: 'Income channel coverage',
    numeratorZh: '至少有一个增收渠道的户', denominatorZh: '搬迁户数', unit: RATIO, direction: HIGHER, defaultWeight: 1,
    numerator: householdsWhere('h.has_income_channel'), denominator: 'count(h.id)',
  },
  {
    key: IndicatorKey.MEDICAL_INSURANCE_RATE, nameZh: '基本医疗保险参保率', nameEn: 'Medical insurance rate',
    numeratorZh: '参加医保的在册人口', denominatorZh: '在册人口', unit: RATIO, direction: HIGHER, defaultWeight: 1,
    numerator: 'sum(h.medical_insured_persons)', denominator: 'sum(h.active_persons)',
  },
  {
    key: IndicatorKey.PENSION_INSURANCE_RATE, nameZh: '养老保险参保率', nameEn: 'Pension insurance rate',
    numeratorZh: '参保的16周岁以上非在校人口', denominatorZh: '16周岁以上非在校人口', unit: RATIO, direction: HIGHER, defaultWeight: 1,
    numerator: 'sum(h.pension_insured_persons)', denominator: 'sum(h.pension_eligible_persons)',
  },
  {
    key: IndicatorKey.COMPULSORY_EDUCATION_RATE, nameZh: '义务教育阶段入学率', nameEn: 'Compulsory education enrolment',
    numeratorZh: '6至15周岁在校儿童', denominatorZh: '6至15周岁儿童', unit: RATIO, direction: HIGHER, defaultWeight: 2,
    numerator: 'sum(h.school_age_in_school)', denominator: 'sum(h.school_age_children)',
  },
  {
    key: IndicatorKey.EVIDENCE_COMPLETENESS, nameZh: '佐证材料完整率', nameEn: 'Evidence completeness',
    numeratorZh: '有佐证材料的事项', denominatorZh: '上报的事项', unit: RATIO, direction: HIGHER, defaultWeight: 1,
    numerator: 'coalesce(sum(h.claims_recognised), 0) + max(s.claims_recognised)',
    denominator: 'coalesce(sum(h.claims_made), 0) + max(s.claims_made)',
  },
  {
    key: IndicatorKey.REDLINE_VIOLATIONS, nameZh: '政策红线问题数', nameEn: 'Open red-line violations',
    numeratorZh: '未整改的红线问题', denominatorZh: '（计数指标，无分母）', unit: IndicatorUnit.COUNT, direction: IndicatorDirection.LOWER_IS_BETTER, defaultWeight: 0,
    numerator: 'sum(h.open_violations)', denominator: null,
  },
  {
    key: IndicatorKey.GEOHAZARD_ASSESSED_RATE, nameZh: '地灾评估完成率', nameEn: 'Geohazard assessment rate',
    numeratorZh: '经认定完成地灾评估的安置点', denominatorZh: '安置点数', unit: RATIO, direction: HIGHER, defaultWeight: 1,
    numerator: siteFlag('s.geohazard_assessment_recognised'), denominator: '1',
  },
  {
    key: IndicatorKey.ACCEPTANCE_RATE, nameZh: '竣工验收率', nameEn: 'Completion acceptance rate',
    numeratorZh: '经认定已竣工验收的安置点', denominatorZh: '安置点数', unit: RATIO, direction: HIGHER, defaultWeight: 1,
    numerator: siteFlag('s.housing_quality_safety_recognised'), denominator: '1',
  },
  {
    key: IndicatorKey.INDUSTRY_SUPPORT_COVERAGE, nameZh: '产业扶持覆盖率', nameEn: 'Industry support coverage',
    numeratorZh: '有产业项目扶持的户', denominatorZh: '搬迁户数', unit: RATIO, direction: HIGHER, defaultWeight: 1,
    numerator: householdsWhere('jsonb_array_length(h.industry_projects) > 0'), denominator: 'count(h.id)',
  },
  {
    key: IndicatorKey.SKILLS_TRAINING_COVERAGE, nameZh: '劳动力技能培训覆盖率', nameEn: 'Skills training coverage',
    numeratorZh: '接受过技能培训的劳动力', denominatorZh: '劳动力人数', unit: RATIO, direction: HIGHER, defaultWeight: 1,
    numerator: 'sum(h.trained_labour_persons)', denominator: 'sum(h.labour_persons)',
  },
  {
    key: IndicatorKey.PARTY_ORGANISATION_RATE, nameZh: '党组织建立率', nameEn: 'Party organisation rate',
    numeratorZh: '已建立党组织的安置点', denominatorZh: '安置点数', unit: RATIO, direction: HIGHER, defaultWeight: 1,
    numerator: siteFlag('s.party_organisation_established'), denominator: '1',
  },
  {
    key: IndicatorKey.SELF_GOVERNANCE_RATE, nameZh: '自治组织建立率', nameEn: 'Self-governance rate',
    numeratorZh: '已建立自治组织的安置点', denominatorZh: '安置点数', unit: RATIO, direction: HIGHER, defaultWeight: 1,
    numerator: siteFlag('s.self_governance_established'), denominator: '1',
  },
  {
    key: IndicatorKey.SCHOOL_COVERAGE, nameZh: '学校配套率', nameEn: 'School coverage',
    unit: RATIO, direction: HIGHER, defaultWeight: 1,
    ...facilityCoverage(FACILITY_COVERAGE_KINDS.SCHOOL_COVERAGE),
  },
  {
    key: IndicatorKey.CLINIC_COVERAGE, nameZh: '医疗机构配套率', nameEn: 'Clinic coverage',
    unit: RATIO, direction: HIGHER, defaultWeight: 1,
    ...facilityCoverage(FACILITY_COVERAGE_KINDS.CLINIC_COVERAGE),
  },
  {
    key: IndicatorKey.COMMUNITY_SERVICE_COVERAGE, nameZh: '社区综合服务中心覆盖率', nameEn: 'Community service coverage',
    unit: RATIO, direction: HIGHER, defaultWeight: 1,
    ...facilityCoverage(FACILITY_COVERAGE_KINDS.COMMUNITY_SERVICE_COVERAGE),
  },
  {
    key: IndicatorKey.CULTURE_CENTRE_COVERAGE, nameZh: '文化服务设施覆盖率', nameEn: 'Cultural facility coverage',
    unit: RATIO, direction: HIGHER, defaultWeight: 1,
    ...facilityCoverage(FACILITY_COVERAGE_KINDS.CULTURE_CENTRE_COVERAGE),
  },
  {
    key: IndicatorKey.POLICING_CENTRE_COVERAGE, nameZh: '警务服务覆盖率', nameEn: 'Policing coverage',
    unit: RATIO, direction: HIGHER, defaultWeight: 1,
    ...facilityCoverage(FACILITY_COVERAGE_KINDS.POLICING_CENTRE_COVERAGE),
  },
];

export const DEFINITION_BY_KEY: ReadonlyMap<IndicatorKey, IndicatorDefinition> = new Map(INDICATOR_DEFINITIONS.map((d) => [d.key, d]));
