import { DivisionIndicatorResolver, IndicatorDefinitionResolver, SiteIndicatorResolver } from './live/indicator.resolver';
import { SiteTaskRecordResolver } from './special-tasks/site-task-record.resolver';
import { SpecialTaskResolver } from './special-tasks/special-task.resolver';

/** The lib's GraphQL surface: provided by its module, and listed for generating schema.gql. */
export const INDICATORS_RESOLVERS = [DivisionIndicatorResolver, SiteIndicatorResolver, IndicatorDefinitionResolver, SpecialTaskResolver, SiteTaskRecordResolver];
