import { buildSchema, GraphQLError, GraphQLScalarType, parse, validate, ValueNode } from 'graphql';
import { literalInputProblem } from './literal-input-problem';

const schema = buildSchema(`
  scalar Day
  input Move { on: Day, rooms: Int, stay: Stay }
  input Stay { from: Day }
  type Query { moves(first: Int, move: Move, days: [Day]): Int }
`);
// A scalar that refuses every literal but one, with its own reason, as graphql-scalars' do.
(schema.getType('Day') as GraphQLScalarType).parseLiteral = (node: ValueNode) => {
  if (node.kind === 'StringValue' && node.value === '2026-02-28') return node.value;
  throw new TypeError('must be a real calendar date');
};

function problemOf(query: string) {
  const [error] = validate(schema, parse(query));
  if (!error) throw new Error(`${query} validated`);
  return literalInputProblem(error.message, error);
}

describe('literalInputProblem', () => {
  it('names the input field of a bad value written inline, as a bad variable would be named', () => {
    expect(problemOf(`{ moves(move: { on: "2026-02-30" }) }`)).toEqual({ field: 'on', reason: 'must be a real calendar date' });
    expect(problemOf(`{ moves(move: { stay: { from: "x" } }) }`)).toEqual({ field: 'stay.from', reason: 'must be a real calendar date' });
    expect(problemOf(`{ moves(move: { rooms: "three" }) }`)).toEqual({ field: 'rooms', reason: 'Int cannot represent non-integer value: "three"' });
  });

  it('names the argument when the value is the whole argument, or an item of its list', () => {
    expect(problemOf(`{ moves(first: "ten") }`)).toEqual({ field: 'first', reason: 'Int cannot represent non-integer value: "ten"' });
    expect(problemOf(`{ moves(days: ["2026-02-28", "nope"]) }`)).toEqual({ field: 'days', reason: 'must be a real calendar date' });
  });

  it('leaves other validation errors alone', () => {
    expect(problemOf(`{ moves(move: { colour: "red" }) }`)).toBeUndefined();
    expect(problemOf(`query($d: Day) { moves(first: $d) }`)).toBeUndefined();
    expect(problemOf(`{ nothing }`)).toBeUndefined();
    expect(literalInputProblem('Expected value of type "Day", found "x"; bad', new Error('not a GraphQL error'))).toBeUndefined();
    expect(literalInputProblem('Expected value of type "Day", found "x"; bad', new GraphQLError('no source'))).toBeUndefined();
  });
});
