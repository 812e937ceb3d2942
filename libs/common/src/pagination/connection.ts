import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../graphql/selected-fields';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  /** A number, or a lazy count (see lazily) that runs only when a client asks for it: it costs a query. */
  totalCount: number | PromiseLike<number>;
}

/** Builds the `XConnection` / `XEdge` pair of the Relay shape for a node type. */
export function ConnectionType<T>(nodeType: Type<T>, name = nodeType.name): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  // Abstract: the concrete `XConnection extends ConnectionType(X)` class gives the name.
  @ObjectType({ isAbstract: true })
  abstract class ConnectionClass {
    @Field(() => [EdgeType])
    edges: Edge<T>[];

    @Field(() => [nodeType])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Number of matching records the caller may see, across all pages.' })
    totalCount: number | PromiseLike<number>;
  }
  return ConnectionClass as Type<Connection<T>>;
}

/**
 * A value computed only when something awaits it: GraphQL awaits a field's value only when the
 * query selects the field, so a connection's count costs nothing when nobody asks for it.
 */
export function lazily<T>(compute: () => Promise<T>): PromiseLike<T> {
  let computed: Promise<T> | undefined;
  return {
    then: (onFulfilled, onRejected) => (computed ??= compute()).then(onFulfilled, onRejected),
  };
}

/** The node fields a query selects on a connection, through `nodes` and through `edges { node }`. */
export function connectionNodeFields(info: GraphQLResolveInfo): Set<string> {
  return new Set([...selectedFields(info, ['nodes']), ...selectedFields(info, ['edges', 'node'])]);
}

/** The fields selected under one field of a connection's nodes (a household's `persons`): empty when it is not selected. */
export function connectionNodeSubfields(info: GraphQLResolveInfo, field: string): Set<string> {
  return new Set([...selectedFields(info, ['nodes', field]), ...selectedFields(info, ['edges', 'node', field])]);
}
