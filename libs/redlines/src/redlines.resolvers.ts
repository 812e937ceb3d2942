import { RedlineRulesResolver } from './rules/redline-rules.resolver';
import { HouseholdRedlinesResolver } from './violations/household-redlines.resolver';
import { RedlineViolationResolver } from './violations/redline-violation.resolver';

/** The lib's GraphQL surface: provided by its module, and listed for generating schema.gql. */
export const REDLINES_RESOLVERS = [RedlineRulesResolver, RedlineViolationResolver, HouseholdRedlinesResolver];
