import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { badInput, FieldProblem } from '../errors/domain-error';

const PRIMITIVES: unknown[] = [String, Boolean, Number, Array, Object];

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Validates decorated input classes and reports every bad field as BAD_USER_INPUT with
 * `extensions.fields`, instead of Nest's HTTP "Bad Request Exception" which GraphQL clients
 * cannot act on.
 */
@Injectable()
export class GraphQLValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype } = metadata;
    // Custom decorators (the caller's identity) are built by us, not sent by the client.
    if (metadata.type === 'custom') return value;
    if (!metatype || PRIMITIVES.includes(metatype) || value === null || typeof value !== 'object') return value;
    const instance = plainToInstance(metatype, value) as object;
    const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: false });
    if (errors.length > 0) throw badInput(flatten(errors));
    return instance;
  }
}
