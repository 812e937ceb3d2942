export * from './redlines.module';
export * from './redlines.entities';
export { RedlineScan } from './detection/redline-scan.service';
export { RedlineRule } from './rules/redline-rule.enum';
export { REDLINE_RULE_LABELS } from './rules/redline-rule.enum';
export { openViolationsAt } from './violations/open-violations-at';
export type { OpenViolationRow } from './violations/open-violations-at';
