import { ReportResolver } from './reading/report.resolver';

/** The lib's GraphQL surface: provided by its module, and listed for generating schema.gql. */
export const REPORTS_RESOLVERS = [ReportResolver];
