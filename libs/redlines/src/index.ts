// The module, its entities and GraphQL surface
export * from './redlines.module';
export * from './redlines.entities';
export * from './redlines.resolvers';
export { RedlineRule } from './rules/redline-rule.enum';
export { REDLINE_RULE_LABELS } from './rules/redline-rule.enum';
// The monthly scan the worker runs
export { RedlineScan } from './detection/redline-scan.service';
export { RedlineReconciler } from './detection/redline-reconciler';
// Red lines in SQL, for features (and generators) that count or reproduce them
export { measureSql } from './rules/redline-measures';
export { redlineRulesAsOf } from './rules/redline-rules-sql';
export { openViolationsSql } from './violations/open-violations-sql';
export { openViolationsAt, type OpenViolationRow } from './violations/open-violations-at';
