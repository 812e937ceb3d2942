import { RedlineRuleConfig } from './rules/redline-rule-config.entity';
import { RedlineViolation } from './violations/redline-violation.entity';

export const REDLINES_ENTITIES = [RedlineRuleConfig, RedlineViolation] as const;
