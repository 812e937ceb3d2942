import type { ValidationError } from 'class-validator';
import { FieldProblem } from '@app/common';
import { parseResidentId } from '@app/registry';

/**
 * The registry's rules answer in English for API clients; the clerk reads Chinese. These are the
 * same verdicts reworded, keyed by the rule (constraint or field) that gave them: the rules
 * themselves are never restated here.
 */
const BY_CONSTRAINT: Record<string, (message: string) => string> = {
  isNotEmpty: () => '不得为空',
  isDefined: () => '不得为空',
  isString: () => '须为文字',
  maxLength: (m) => `过长（不超过 ${number(m)} 个字）`,
  isEnum: () => '须为下拉列表中的一项',
  isInt: () => '须为整数',
  isNumber: () => '须为数字',
  isBoolean: () => '须填“是”或“否”',
  isPositive: () => '须大于 0',
  min: (m) => `不得小于 ${number(m)}`,
  max: (m) => `不得大于 ${number(m)}`,
  notInFuture: () => '须为不晚于今天的日期',
  isArray: () => '格式不正确',
  isUuid: () => '未找到对应记录',
};

const RESIDENT_ID: Record<string, string> = {
  LENGTH: '身份证号应为 18 位',
  FORMAT: '身份证号应为 17 位数字加 1 位数字或 X',
  REGION_CODE: '身份证号前两位不是有效的省级行政区划代码',
  BIRTH_DATE: '身份证号中的出生日期无效',
  CHECK_CHARACTER: '身份证号校验位不正确，请核对',
};

const number = (message: string): string => /(-?\d+(\.\d+)?)\s*$/.exec(message)?.[1] ?? '';

/** A resident ID's defect in Chinese, from the registry's own check. */
export function residentIdReason(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '不得为空';
  const parsed = parseResidentId(value);
  return parsed.ok ? '' : RESIDENT_ID[parsed.problem];
}

/** One Chinese reason per failed property of a registry input (class-validator's verdict). */
export function inputProblems(errors: ValidationError[]): FieldProblem[] {
  return errors.flatMap((error) => {
    const constraints = error.constraints ?? {};
    if (constraints.isResidentId) return [{ field: error.property, reason: residentIdReason(error.value) }];
    const [name, message] = Object.entries(constraints)[0] ?? ['', '格式不正确'];
    if (error.value === undefined || error.value === null) return [{ field: error.property, reason: '为必填项，不得为空' }];
    return [{ field: error.property, reason: (BY_CONSTRAINT[name] ?? (() => message))(message) }];
  });
}

/** The registry's cross-field verdicts (householdConsistencyProblems, personConsistencyProblems) in Chinese. */
const CONSISTENCY: Record<string, (reason: string) => string> = {
  laborCount: () => '劳动力人口不得超过受益人口',
  povertyExitYear: () => '仅“已脱贫”的搬迁户可填写脱贫年度',
  oldHouseExemptReason: () => '旧房不需拆除时须填写原因',
  landReclaimed: () => '应拆除的旧房须先拆除，才能复垦复绿',
  movedInOn: () => '未搬迁入住时不应填写入住日期',
  landReclaimedOn: () => '复垦复绿日期不得早于旧房拆除日期',
  idNumber: (reason) => (reason.includes('gender') ? '与身份证号中的性别不一致' : '与身份证号中的出生日期不一致'),
  joinedOn: () => '增加日期不得早于出生日期',
};

export function consistencyProblems(problems: FieldProblem[]): FieldProblem[] {
  return problems.map((problem) => ({ field: problem.field, reason: (CONSISTENCY[problem.field] ?? (() => problem.reason))(problem.reason) }));
}
