import { registerLabelledEnum } from '@app/common';
import { Column, PERSON_COLUMNS } from '../columns';

/** The department rosters keyed by resident ID that are exchanged with the registry (issue 15). */
export enum RosterKind {
  EMPLOYMENT = 'EMPLOYMENT',
  MEDICAL_INSURANCE = 'MEDICAL_INSURANCE',
  PENSION_INSURANCE = 'PENSION_INSURANCE',
  SCHOOLING = 'SCHOOLING',
}
export const ROSTER_KIND_LABELS = registerLabelledEnum(RosterKind, 'RosterKind', '部门名单类型', {
  EMPLOYMENT: '就业名单（人力资源和社会保障部门）',
  MEDICAL_INSURANCE: '医疗保险参保名单（医疗保障部门）',
  PENSION_INSURANCE: '养老保险参保名单（人力资源和社会保障部门）',
  SCHOOLING: '学籍名单（教育部门）',
});

/** The person sheet's column for a field: a roster's headers and readings are the template's. */
const personColumn = (field: string, required = false): Column => {
  const column = PERSON_COLUMNS.find((candidate) => candidate.field === field);
  if (!column) throw new Error(`no person column ${field}`);
  return { ...column, required };
};

export const ID_NUMBER_COLUMN = personColumn('idNumber', true);
const NAME_COLUMN = personColumn('name');

/**
 * What each roster says of a person (SPEC §2.3), as the columns it is read from. Every roster
 * has 身份证号 (required) and may have 姓名 (shown in the reconciliation, never written).
 * - EMPLOYMENT: 就业情况 (required), 就业单位或地点, 月工资（元）.
 * - MEDICAL_INSURANCE / PENSION_INSURANCE: a roster of the insured; 是否参加医疗保险 /
 *   是否参加养老保险 may say 否 for a lapsed insurance, and blank or absent means insured.
 * - SCHOOLING: 就学情况 (required), 在读学段.
 */
export const ROSTER_COLUMNS: Record<RosterKind, readonly Column[]> = {
  EMPLOYMENT: [ID_NUMBER_COLUMN, NAME_COLUMN, personColumn('employment', true), personColumn('employer'), personColumn('monthlyWage')],
  MEDICAL_INSURANCE: [ID_NUMBER_COLUMN, NAME_COLUMN, personColumn('medicalInsured')],
  PENSION_INSURANCE: [ID_NUMBER_COLUMN, NAME_COLUMN, personColumn('pensionInsured')],
  SCHOOLING: [ID_NUMBER_COLUMN, NAME_COLUMN, personColumn('schooling', true), personColumn('schoolStage')],
};

/**
 * The person fields a roster sets, from a row's values. A roster is the department's whole
 * account of its subject: an employment row without employer or wage clears them, a schooling
 * row without a stage clears it, an insurance row without a yes/no means insured.
 */
export function rosterFields(kind: RosterKind, values: Record<string, unknown>): Record<string, unknown> {
  switch (kind) {
    case RosterKind.EMPLOYMENT:
      return { employment: values.employment, employer: values.employer ?? null, monthlyWage: values.monthlyWage ?? null };
    case RosterKind.MEDICAL_INSURANCE:
      return { medicalInsured: values.medicalInsured ?? true };
    case RosterKind.PENSION_INSURANCE:
      return { pensionInsured: values.pensionInsured ?? true };
    case RosterKind.SCHOOLING:
      return { schooling: values.schooling, schoolStage: values.schoolStage ?? null };
  }
}

/** A person field's stored column (snake_case). */
export const storedColumn = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The person columns each kind may write, for the SQL that reads them. */
export const rosterColumnsOf = (kind: RosterKind): string[] => Object.keys(rosterFields(kind, {})).map(storedColumn);

/** The provenance history keeps with what an exchange writes: `<kind> <asOf>`. */
export const rosterProvenance = (kind: string, asOf: string): string => `${kind} ${asOf}`;
