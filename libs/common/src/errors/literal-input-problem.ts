import { ASTNode, GraphQLError, Kind, parse, visit } from 'graphql';
import type { FieldProblem } from './domain-error';

/** Nodes a client writes as a value; a validation error on one of them is about the value. */
const VALUE_KINDS = new Set<string>([Kind.STRING, Kind.INT, Kind.FLOAT, Kind.BOOLEAN, Kind.ENUM, Kind.NULL, Kind.LIST, Kind.OBJECT]);

// graphql-js prefixes a scalar's plain-Error reason with this; the reason alone is what a bad
// variable's message ends with too.
const TYPE_PREFIX = /^Expected value of type "[^"]+", found .*?; /s;

/** Argument and input-field names from the operation down to the value that starts at `offset`. */
function pathToValue(document: ASTNode, offset: number): string[] | undefined {
  let found: string[] | undefined;
  visit(document, {
    enter(node, _key, parent, _path, ancestors) {
      if (found) return false;
      if (node.loc?.start !== offset || !VALUE_KINDS.has(node.kind)) return undefined;
      // `ancestors` stops short of the parent, which visit passes on its own.
      found = [...ancestors, parent ?? []].flatMap((a) => ('kind' in a && (a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD) ? [a.name.value] : []));
      return false;
    },
  });
  return found;
}

/**
 * The bad field of a value written into the query text (`input: { movedInOn: "2026-02-30" }`)
 * rather than passed in a variable, named as a bad variable's field is: the path inside the
 * argument, or the argument itself when the value is the whole argument (or an item of it).
 * Undefined when the validation error is not about such a value.
 */
export function literalInputProblem(message: string, error: unknown): FieldProblem | undefined {
  if (!(error instanceof GraphQLError) || !error.source || !error.positions?.length) return undefined;
  let path: string[] | undefined;
  try {
    path = pathToValue(parse(error.source), error.positions[0]);
  } catch {
    return undefined;
  }
  if (!path?.length) return undefined;
  return { field: (path.length > 1 ? path.slice(1) : path).join('.'), reason: message.replace(TYPE_PREFIX, '') };
}
