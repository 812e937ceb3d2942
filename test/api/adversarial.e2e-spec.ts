/**
 * Every argument and input field of every mutation and query, fed bad values of its type, as an
 * outsider would send them: generated from the schema itself, so a new field is covered the day
 * it appears. Each bad value must be refused with a documented code — BAD_USER_INPUT naming the
 * field — never a server error, and no refused mutation may write anything (every table's
 * contents are compared before and after each mutation's cases).
 */
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  GraphQLArgument,
  GraphQLEnumType,
  GraphQLField,
  GraphQLInputField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLScalarType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { ApiHarness, GraphQLResponse } from '../support/api-harness';
import { addPerson, createHousehold, createSite, householdInput, personInput, siteInput } from '../support/registry-fixtures';

/** Codes a refusal may carry besides BAD_USER_INPUT (which must also name the field). */
const DOCUMENTED = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'UNAUTHENTICATED', 'QUERY_TOO_COMPLEX', 'TOO_MANY_REQUESTS']);
const CONCURRENCY = 6;
const HUGE = 'x'.repeat(50_000); // longer than any field may be, within the request size limit

interface Case {
  operation: string;
  site: Site;
  label: string;
  value: unknown;
}

interface Outcome {
  status: number;
  body: GraphQLResponse;
}

type Leaf = { type: GraphQLInputType; required: boolean };

/** Bad values for a field of this type, each bad for any field of the type (not merely unusual). */
function badValues({ type, required }: Leaf): Array<[string, unknown]> {
  const named = getNamedType(type);
  const cases: Array<[string, unknown]> = [];
  if (required) cases.push(['null for a required value', null]);
  if (isListType(isNonNullType(type) ? type.ofType : type)) {
    for (const [label, value] of badValues({ type: named as GraphQLInputType, required: true })) cases.push([`a list with ${label}`, [value]]);
    return cases;
  }
  if (isEnumType(named)) return [...cases, ['an unknown enum value', 'NOT_A_VALUE'], ['a lower-case enum value', (named as GraphQLEnumType).getValues()[0].name.toLowerCase()], ['a number', 1]];
  if (!isScalarType(named)) return cases;
  switch ((named as GraphQLScalarType).name) {
    case 'String':
    case 'ID':
      cases.push(['a NUL character', 'a\u0000b'], ['a control character', 'a\u0007b'], ['an escape sequence', '\u001b[31m'], ['a number', 12]);
      if (named.name === 'String') cases.push(['50,000 characters', HUGE]);
      if (required && named.name === 'String') cases.push(['only spaces', '   ']);
      return cases;
    case 'Int':
      return [...cases, ['2^31', 2 ** 31], ['a fraction', 1.5], ['a numeric string', '7'], ['1e308', 1e308]];
    case 'Float':
      return [...cases, ['1e308', 1e308], ['-1e308', -1e308], ['"NaN"', 'NaN'], ['"Infinity"', 'Infinity'], ['a numeric string', '7']];
    case 'Boolean':
      return [...cases, ['a string', 'true'], ['a number', 1]];
    case 'Date':
      return [...cases, ['0000-01-01', '0000-01-01'], ['0001-01-01', '0001-01-01'], ['1899-12-31', '1899-12-31'], ['2020-02-30', '2020-02-30'], ['a word', 'yesterday'], ['a NUL character', '2020-01-01\u0000']];
    case 'DateTime':
      return [...cases, ['a word', 'now'], ['year 0', '0000-01-01T00:00:00Z']];
    default:
      return cases;
  }
}

/** A value of the type that passes GraphQL's own checks: the rest of an operation around one bad value. */
function plausible(type: GraphQLInputType, ids: Record<string, string>, name: string): unknown {
  if (isNonNullType(type)) return plausible(type.ofType as GraphQLInputType, ids, name);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((field) => isNonNullType(field.type)).map((field) => [field.name, plausible(field.type, ids, field.name)]));
  }
  switch ((type as GraphQLScalarType).name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'Date':
      return '2020-01-01';
    case 'ID':
      return ids[name] ?? ids.default;
    default:
      return name === 'period' ? '2020-01' : name === 'divisionCode' || name === 'code' || name === 'countyCode' ? '450123' : '测试';
  }
}

const isList = (type: GraphQLInputType) => isListType(isNonNullType(type) ? type.ofType : type);

interface Site extends Leaf {
  /** Argument, then input fields; a field inside a list of inputs sits in its first item. */
  path: string[];
  /** The type of each segment of the path, to fill in what surrounds the bad value. */
  types: GraphQLInputType[];
}

/** Every argument and input field (three levels down), with whether it is required. */
function leaves(args: readonly (GraphQLArgument | GraphQLInputField)[], prefix: Pick<Site, 'path' | 'types'> = { path: [], types: [] }, depth = 0): Site[] {
  return args.flatMap((arg) => {
    const own = { path: [...prefix.path, arg.name], types: [...prefix.types, arg.type], type: arg.type, required: isNonNullType(arg.type) };
    const named = getNamedType(arg.type);
    if (!isInputObjectType(named) || depth >= 3) return [own];
    return [own, ...leaves(Object.values((named as GraphQLInputObjectType).getFields()), own, depth + 1)];
  });
}

/** Puts the bad value at its place, with plausible values around it for every required field on the way. */
function setAt(target: Record<string, unknown>, site: Site, value: unknown, ids: Record<string, string>): void {
  let node = target;
  site.path.slice(0, -1).forEach((key, i) => {
    const type = site.types[i];
    if (node[key] === undefined || node[key] === null) {
      const filled = plausible(getNamedType(type) as GraphQLInputType, ids, key);
      node[key] = isList(type) ? [filled] : filled;
    }
    node = (isList(type) ? (node[key] as unknown[])[0] : node[key]) as Record<string, unknown>;
  });
  node[site.path[site.path.length - 1]] = value;
}

function operationText(kind: 'mutation' | 'query', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `${kind}${variables ? `(${variables})` : ''} { ${field.name}${passed ? `(${passed})` : ''} { __typename } }`;
}

/** Whether a refusal names the field: its path inside the argument (list positions aside), or the argument's name for a scalar one. */
const names = (fields: Array<{ field: string }>, path: string[]) => {
  const wanted = path;
  const inside = wanted.length > 1 ? wanted.slice(1).join('.') : wanted[0];
  return fields.some(({ field }) => {
    const reported = field.replace(/\[\d+\]/g, '').replace(/\.\d+(?=\.|$)/g, '');
    return reported === inside || reported === wanted.join('.') || inside.endsWith(`.${reported}`) && reported.includes('.');
  });
};

describe('adversarial input, generated from the schema', () => {
  let api: ApiHarness;
  let schema: GraphQLSchema;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await ApiHarness.start();
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    const site = await createSite(api, 'admin', siteInput('450123', 'ADV-1'));
    const household = await createHousehold(api, 'admin', householdInput(site.id, 'ADV-1-1'));
    const person = await addPerson(api, 'admin', personInput(household.id, 1));
    Object.assign(ids, { default: household.id, siteId: site.id, householdId: household.id, id: person.id, subjectId: household.id, ownerId: site.id, itemId: household.id });
    const introspection = await api.as('admin', getIntrospectionQuery());
    schema = buildClientSchema(introspection.data as never);
  });
  afterAll(() => api.stop());

  /** A digest of every table's contents: any write shows. */
  const everything = async (): Promise<string> => {
    const { rows } = await api.db.query<{ digest: string }>(
      `SELECT md5(string_agg(table_name || ':' || (xpath('/row/c/text()', query_to_xml(format('SELECT md5(coalesce(string_agg(t::text, '','' ORDER BY t::text), '''')) AS c FROM %I t', table_name), false, true, '')))[1]::text, ';' ORDER BY table_name)) AS digest
       FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('migrations')`,
    );
    return rows[0].digest;
  };

  function casesOf(kind: 'mutation' | 'query'): Array<Case & { text: string; base: Record<string, unknown> }> {
    const root = kind === 'mutation' ? schema.getMutationType() : schema.getQueryType();
    return Object.values(root?.getFields() ?? {}).flatMap((field) => {
      const text = operationText(kind, field);
      const base = Object.fromEntries(field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => [arg.name, plausible(arg.type, ids, arg.name)]));
      return leaves(field.args).flatMap((site) => badValues(site).map(([label, value]) => ({ operation: field.name, site, label, value, text, base })));
    });
  }

  async function send(kase: Case & { text: string; base: Record<string, unknown> }): Promise<Outcome> {
    const variables = structuredClone(kase.base);
    setAt(variables, kase.site, kase.value, ids);
    return api.graphqlHttp(kase.text, variables, await api.tokenFor('admin'));
  }

  /** What is wrong with an outcome, or null when it is a proper refusal. */
  function problemOf(kase: Case, outcome: Outcome): string | null {
    if (outcome.status >= 500) return `HTTP ${outcome.status}`;
    const errors = outcome.body.errors ?? [];
    if (errors.length === 0) return 'accepted';
    const codes = errors.map((error) => error.extensions?.code ?? 'none');
    if (codes.some((code) => !DOCUMENTED.has(code))) return `code ${codes.join(',')}: ${errors[0].message.slice(0, 120)}`;
    const fields = errors.flatMap((error) => (error.extensions?.code === 'BAD_USER_INPUT' ? (error.extensions.fields ?? []) : []));
    if (codes.includes('BAD_USER_INPUT') && !names(fields, kase.site.path)) return `named ${JSON.stringify(fields.map((f) => f.field))}: ${errors[0].message.slice(0, 160)}`;
    if (!codes.includes('BAD_USER_INPUT') && !codes.every((code) => code === 'NOT_FOUND' || code === 'FORBIDDEN')) return `code ${codes.join(',')}`;
    return null;
  }

  async function run(cases: Array<Case & { text: string; base: Record<string, unknown> }>): Promise<string[]> {
    const problems: string[] = [];
    for (let i = 0; i < cases.length; i += CONCURRENCY) {
      const batch = cases.slice(i, i + CONCURRENCY);
      const outcomes = await Promise.all(batch.map(send));
      batch.forEach((kase, j) => {
        const problem = problemOf(kase, outcomes[j]);
        if (problem) problems.push(`${kase.operation}(${kase.site.path.join('.')}) with ${kase.label}: ${problem}`);
      });
    }
    return problems;
  }

  it('refuses every bad value of every mutation argument, naming the field, writing nothing', async () => {
    const cases = casesOf('mutation');
    expect(new Set(cases.map((c) => c.operation)).size).toBeGreaterThanOrEqual(25);
    const problems: string[] = [];
    for (const operation of new Set(cases.map((c) => c.operation))) {
      const before = await everything();
      problems.push(...(await run(cases.filter((c) => c.operation === operation))));
      if ((await everything()) !== before) problems.push(`${operation}: a refused call wrote something`);
    }
    console.info(`adversarial mutations: ${cases.length} cases`);
    expect(problems).toEqual([]);
    expect(cases.length).toBeGreaterThan(800);
    // About 1,600 requests and a digest of every table per mutation: seconds on a quiet machine, more under load.
  }, 300_000);

  it('refuses every bad value of every query argument, naming the field', async () => {
    const cases = casesOf('query');
    expect(new Set(cases.map((c) => c.operation)).size).toBeGreaterThanOrEqual(15);
    const problems = await run(cases);
    console.info(`adversarial queries: ${cases.length} cases`);
    expect(problems).toEqual([]);
  });

  it('bounds page sizes with a clear error, however large', async () => {
    for (const first of [101, 100_000, -1]) {
      const response = await api.as('admin', `query($first: Int) { households(first: $first) { totalCount } }`, { first });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'first' }] });
    }
  });

  it('answers bad input to the sign-in, which needs no token, as bad input', async () => {
    for (const [u, p] of [['ad\u0000min', 'x'], ['   ', 'x'], [HUGE, 'x'], ['admin', 'a\u0000']]) {
      const response = await api.graphqlHttp(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u, p });
      expect(response.status).toBeLessThan(500);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
