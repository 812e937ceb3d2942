import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { DocumentNode, getOperationAST, GraphQLError, GraphQLSchema, Kind, ParseOptions, TypeNode, ValidationContext, ValidationRule } from 'graphql';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppConfig, ErrorCode, MAX_PAGE_SIZE } from '@app/common';

/** The limits every query meets before it runs (SPEC §10: QUERY_TOO_COMPLEX, HTTP 400). */
export interface QueryLimits {
  /** Handed to the parser: a document past the token limit is refused before it is even built. */
  parseOptions: ParseOptions;
  /** Aliases, depth and directives, checked by GraphQL Armor with the rest of validation. */
  validationRules: ValidationRule[];
  /** The estimated cost, which needs the variables (page sizes) and so runs once they are known. */
  plugin: ApolloServerPlugin;
}

const BAD_REQUEST = { status: 400 };

const tooComplex = (message: string, details: Record<string, unknown> = {}) =>
  new GraphQLError(`${message}: ask for fewer fields, smaller pages or less nesting`, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, ...details, http: BAD_REQUEST },
  });

/** Armor's refusals, reported as validation errors (400) with our code, instead of thrown. */
const reportTooComplex = (context: ValidationContext | null, error: GraphQLError): void => context?.reportError(tooComplex(error.message.replace(/^Syntax Error: /, '')));

/**
 * A page costs its page size times what each item asks for; unpaged lists count as ten unless
 * the field declares its own cost (`complexity` on @Field, e.g. indicators computed in one batch).
 * Every alias is a field of its own, so a thousand aliases of one field cost a thousand times it.
 */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  // A page larger than allowed is refused by its resolver, naming `first`; its cost is the largest page's.
  if (typeof args.first === 'number') return 1 + childComplexity * Math.min(Math.max(args.first, 1), MAX_PAGE_SIZE);
  // A connection's page was already multiplied in by `first` on the connection itself.
  if (field.name === 'nodes' || field.name === 'edges') return 1 + childComplexity;
  if (field.type.toString().startsWith('[')) return 1 + childComplexity * 10;
  return undefined;
};

/**
 * What a cost can depend on besides the document: the estimators read page sizes (Int) and
 * @include/@skip conditions (Boolean) only, so other variables (a site's id) never change it.
 */
function costKey(document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): string | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const relevant = (operation.variableDefinitions ?? []).filter((definition) => COST_VARIABLE_TYPES.has(namedType(definition.type)));
  return JSON.stringify([operationName ?? null, ...relevant.map((definition) => variables[definition.variable.name.value] ?? null)]);
}

const COST_VARIABLE_TYPES = new Set(['Int', 'Boolean']);
const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));
/** Distinct page sizes and conditions remembered per document, before its costs are forgotten. */
const COSTS_PER_DOCUMENT = 64;

function costLimitPlugin(maxComplexity: number): ApolloServerPlugin {
  // Apollo hands a query it has seen before the same parsed document, so costs are kept with it.
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const estimate = (schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number => {
    const key = costKey(document, operationName, variables);
    const known = key === null ? undefined : costs.get(document)?.get(key);
    if (known !== undefined) return known;
    const cost = getComplexity({
      schema,
      query: document,
      operationName,
      variables,
      estimators: [fieldExtensionsEstimator(), pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
    if (key !== null) {
      const perDocument = costs.get(document) ?? new Map<string, number>();
      if (perDocument.size >= COSTS_PER_DOCUMENT) perDocument.clear();
      costs.set(document, perDocument.set(key, cost));
    }
    return cost;
  };
  return {
    requestDidStart: async (): Promise<GraphQLRequestListener<Record<string, unknown>>> => ({
      didResolveOperation: async ({ request, document, schema }) => {
        let cost: number;
        try {
          cost = estimate(schema, document, request.operationName, request.variables ?? {});
        } catch {
          return; // malformed variables: execution reports them as BAD_USER_INPUT with the field
        }
        if (cost > maxComplexity) throw tooComplex(`This query is too expensive (cost ${cost}, limit ${maxComplexity})`, { cost, limit: maxComplexity });
      },
    }),
  };
}

export function queryLimits(config: AppConfig): QueryLimits {
  const armor = new ApolloArmor({
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES, propagateOnRejection: false, onReject: [reportTooComplex] },
    // A fragment is counted as the fields it spreads, not as levels of its own: a query written
    // with named fragments has the depth of the same query written inline.
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH, flattenFragments: true, propagateOnRejection: false, onReject: [reportTooComplex] },
    maxDirectives: { n: config.GRAPHQL_MAX_DIRECTIVES, propagateOnRejection: false, onReject: [reportTooComplex] },
    // Tokens are counted by the parser itself (parseOptions), the cost below, and suggestions
    // are withheld from anonymous callers only (see introspection.plugin.ts).
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS },
    validationRules: armor.validationRules,
    plugin: costLimitPlugin(config.GRAPHQL_MAX_COMPLEXITY),
  };
}
