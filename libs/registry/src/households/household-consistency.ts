import { badInput, dateOrderProblems, FieldProblem } from '@app/common';
import { OldHouseDisposition, PovertyStatus } from '../enums/household.enums';
import { Household } from './household.entity';

type HouseholdState = Pick<
  Household,
  | 'beneficiaryCount'
  | 'laborCount'
  | 'povertyStatus'
  | 'povertyExitYear'
  | 'oldHouseDisposition'
  | 'oldHouseExemptReason'
  | 'oldHouseDemolished'
  | 'landReclaimed'
  | 'movedIn'
  | 'movedInOn'
  | 'oldHouseDemolishedOn'
  | 'landReclaimedOn'
>;

/**
 * Rules that span several fields, checked on the household as it would be after the write
 * (so an update is judged together with the values it leaves unchanged).
 */
export function householdConsistencyProblems(state: Partial<HouseholdState>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const beneficiaryCount = state.beneficiaryCount ?? 0;
  const disposition = state.oldHouseDisposition ?? OldHouseDisposition.MUST_DEMOLISH;
  if ((state.laborCount ?? 0) > beneficiaryCount) {
    problems.push({ field: 'laborCount', reason: `must not exceed beneficiaryCount (${beneficiaryCount})` });
  }
  if (state.povertyExitYear !== null && state.povertyExitYear !== undefined && state.povertyStatus !== PovertyStatus.EXITED) {
    problems.push({ field: 'povertyExitYear', reason: 'can only be given when povertyStatus is EXITED' });
  }
  if (disposition === OldHouseDisposition.EXEMPT && !state.oldHouseExemptReason?.trim()) {
    problems.push({ field: 'oldHouseExemptReason', reason: 'is required when the old house is exempt from demolition' });
  }
  if (state.landReclaimed && !state.oldHouseDemolished && disposition === OldHouseDisposition.MUST_DEMOLISH) {
    problems.push({ field: 'landReclaimed', reason: 'requires the old house to be demolished first' });
  }
  if (state.movedInOn && state.movedIn === false) {
    problems.push({ field: 'movedInOn', reason: 'can only be given when movedIn is true' });
  }
  problems.push(...dateOrderProblems(state, [['oldHouseDemolishedOn', 'landReclaimedOn']]));
  return problems;
}

/** The household as a write would leave it, refused when its fields disagree. */
export function consistentHousehold<T extends Partial<HouseholdState>>(household: T): T {
  const problems = householdConsistencyProblems(household);
  if (problems.length > 0) throw badInput(problems);
  return household;
}
