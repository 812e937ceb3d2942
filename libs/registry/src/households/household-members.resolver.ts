import type { FieldNode, GraphQLFieldResolver } from 'graphql';
import { selectedFields } from '@app/common';
import type { GraphQLRequestContext } from '../graphql-context';
import type { Household } from './household.entity';

/**
 * Resolves Household.persons as a plain graphql-js resolver (PlainFieldResolver), neither a Nest
 * field resolver nor field middleware: it runs for every household of every page. A field
 * resolver's per-call machinery (execution context, pipes, interceptors) cost as much as loading
 * the members, and middleware turns every household's members into a promise. A page's members
 * come with the page and are handed back as they are; others go through the request's batch
 * loader, only the properties the query selects.
 */
export const householdMembers: GraphQLFieldResolver<Household, GraphQLRequestContext> = (household, _args, context, info) =>
  context.loaders.membersOf(household.id, memberFieldsOf(info.fieldNodes, () => selectedFields(info)));

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
