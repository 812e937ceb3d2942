import { FieldMiddleware } from '@nestjs/graphql';
import { selectedFields } from '@app/common';
import type { GraphQLRequestContext } from '../graphql-context';
import type { Household } from './household.entity';

/**
 * Resolves Household.persons as field middleware rather than a Nest field resolver: it runs for
 * every household of every page, and a field resolver's per-call machinery (execution context,
 * pipes, interceptors) cost as much as loading the members. Loads through the request's batch
 * loader, only the properties the query selects.
 */
export const householdMembers: FieldMiddleware = ({ source, context, info }) =>
  (context as GraphQLRequestContext).loaders.membersOf((source as Household).id, selectedFields(info));
