import { ACCESS_RESOLVERS } from '@app/access';
import { EVALUATION_RESOLVERS } from '@app/evaluation';
import { EVIDENCE_RESOLVERS } from '@app/evidence';
import { IMPORTS_RESOLVERS } from '@app/imports';
import { INDICATORS_RESOLVERS } from '@app/indicators';
import { NEWS_RESOLVERS } from '@app/news';
import { REDLINES_RESOLVERS } from '@app/redlines';
import { REGISTRY_RESOLVERS } from '@app/registry';
import { REPORTS_RESOLVERS } from '@app/reports';

/** Every resolver of the API, for generating schema.gql without starting the server. */
export const API_RESOLVERS = [
  ...ACCESS_RESOLVERS,
  ...REGISTRY_RESOLVERS,
  ...INDICATORS_RESOLVERS,
  ...NEWS_RESOLVERS,
  ...REPORTS_RESOLVERS,
  ...REDLINES_RESOLVERS,
  ...EVIDENCE_RESOLVERS,
  ...IMPORTS_RESOLVERS,
  ...EVALUATION_RESOLVERS,
];
