import { FieldMiddleware } from '@nestjs/graphql';
import type { FieldNode } from 'graphql';
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
  (context as GraphQLRequestContext).loaders.membersOf((source as Household).id, memberFieldsOf(info.fieldNodes, () => selectedFields(info)));

/**
 * graphql-js hands every household of a list the same field nodes for `persons`, so the
 * selected fields are worked out once per list, not once per household.
 */
const selectedByFieldNodes = new WeakMap<readonly FieldNode[], ReadonlySet<string>>();
function memberFieldsOf(fieldNodes: readonly FieldNode[], select: () => ReadonlySet<string>): ReadonlySet<string> {
  let fields = selectedByFieldNodes.get(fieldNodes);
  if (!fields) selectedByFieldNodes.set(fieldNodes, (fields = select()));
  return fields;
}
