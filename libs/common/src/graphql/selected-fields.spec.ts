import { buildSchema, execute, GraphQLResolveInfo, parse } from 'graphql';
import { selectedFields } from './selected-fields';

const schema = buildSchema(`
  type Person { name: String id: ID active: Boolean }
  type Household { code: String persons: [Person] }
  type Edge { node: Household cursor: String }
  type Connection { nodes: [Household] edges: [Edge] totalCount: Int }
  type Query { households: Connection }
`);

/** The resolve info of the top-level `households` field for a query. */
function infoFor(query: string): GraphQLResolveInfo {
  let captured: GraphQLResolveInfo | undefined;
  execute({ schema, document: parse(query), rootValue: { households: (_: unknown, __: unknown, info: GraphQLResolveInfo) => ((captured = info), null) } });
  if (!captured) throw new Error('households was not resolved');
  return captured;
}

describe('selectedFields', () => {
  it('lists the fields selected at a path, through aliases, fragments and both directive branches', () => {
    const info = infoFor(`
      query { households { totalCount nodes { code c2: code ...more persons @include(if: false) { name } } } }
      fragment more on Household { ... on Household { persons { id } } }`);
    expect([...selectedFields(info)].sort()).toEqual(['nodes', 'totalCount']);
    expect([...selectedFields(info, ['nodes'])].sort()).toEqual(['code', 'persons']);
    expect([...selectedFields(info, ['nodes', 'persons'])].sort()).toEqual(['id', 'name']);
  });

  it('is empty for a path the query does not take', () => {
    expect(selectedFields(infoFor('{ households { totalCount } }'), ['edges', 'node']).size).toBe(0);
  });
});
