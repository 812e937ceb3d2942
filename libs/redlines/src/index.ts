export * from './redlines.module';
export * from './redlines.entities';
export { RedlineScan } from './detection/redline-scan.service';
export { RedlineRule } from './rules/redline-rule.enum';
