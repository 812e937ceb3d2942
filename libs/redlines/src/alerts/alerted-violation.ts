import { DivisionCode } from '@app/common';
import { RedlineRule } from '../rules/redline-rule.enum';

/** A newly opened violation with what its alert mail names and whom it goes to. */
export interface AlertedViolation {
  id: string;
  rule: RedlineRule;
  value: string;
  threshold: string;
  detectedAt: Date;
  householdCode: string;
  headName: string;
  siteName: string;
  countyCode: string;
  countyName: string;
  cityCode: string;
  cityName: string;
}

/** The divisions whose subscribers are alerted: the household's county, its city and the region. */
export function alertedDivisions(violation: Pick<AlertedViolation, 'countyCode'>): string[] {
  return DivisionCode.parse(violation.countyCode).selfAndAncestors.map(String);
}
