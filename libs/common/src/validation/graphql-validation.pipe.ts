import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { badInput, FieldProblem } from '../errors/domain-error';
import { controlCharacterProblems, trimStrings } from './text-hygiene';

const PRIMITIVES: unknown[] = [String, Boolean, Number, Array, Object];
/** A scalar text argument (a reason, a search, a name) is a line, not a document. */
const MAX_SCALAR_TEXT = 2000;
/**
 * What @nestjs/graphql passes as the param type of @Args (its GqlParamtype.ARGS, not exported);
 * the parent, context and info of a resolver are ours, not the client's, and are not validated.
 */
const GRAPHQL_ARGUMENTS = 3;

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    // A null where a value is required fails every rule of the field; one reason says why.
    const own = error.value === null && error.constraints ? [{ field, reason: 'is required: null is not allowed' }] : Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Validates what the client sent and reports every bad field as BAD_USER_INPUT with
 * `extensions.fields`, instead of Nest's HTTP "Bad Request Exception" which GraphQL clients
 * cannot act on. Rules for every input at once: no control characters in any string (a NUL
 * never reaches the database), strings trimmed; then the input class's own decorators.
 */
@Injectable()
export class GraphQLValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype } = metadata;
    // Only what the client sent: GraphQL arguments and REST bodies (a resolver's parent record
    // and custom decorators such as the caller's identity are built by us).
    if (metadata.type !== 'body' && (metadata.type as unknown) !== GRAPHQL_ARGUMENTS) return value;
    // Fields inside an input are named by their path in it; a scalar argument by its own name.
    const root = value !== null && typeof value === 'object' && !Array.isArray(value) ? '' : (metadata.data ?? '');
    const controls = controlCharacterProblems(value, root);
    if (controls.length > 0) throw badInput(controls);
    const trimmed = trimStrings(value, metadata.data ?? '');
    if (typeof trimmed === 'string') {
      const field = metadata.data ?? 'value';
      if (trimmed.trim() === '') throw badInput([{ field, reason: 'must not be blank' }]);
      if (trimmed.length > MAX_SCALAR_TEXT) throw badInput([{ field, reason: `must be at most ${MAX_SCALAR_TEXT} characters` }]);
    }
    if (!metatype || PRIMITIVES.includes(metatype) || trimmed === null || typeof trimmed !== 'object') return trimmed;
    const instance = plainToInstance(metatype, trimmed) as object;
    const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: false });
    if (errors.length > 0) throw badInput(flatten(errors));
    return instance;
  }
}
