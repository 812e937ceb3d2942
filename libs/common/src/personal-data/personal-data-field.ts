import { applyDecorators } from '@nestjs/common';
import { Extensions, Field, FieldMiddleware, FieldOptions, ResolveField, ReturnTypeFunc } from '@nestjs/graphql';
import { PlainFieldResolver } from '../graphql/plain-field-resolver';
import { maskPhone, maskRecordValues, maskResidentId } from './mask';

/** What kind of personal data a GraphQL field carries, and so how it is masked. */
export enum PersonalData {
  RESIDENT_ID = 'RESIDENT_ID',
  PHONE = 'PHONE',
  /** Record values keyed by field name (history changes, corrections): masked field by field. */
  RECORD_VALUES = 'RECORD_VALUES',
}

/** The schema extension marking such a field; tests walk the schema for it. */
export const PERSONAL_DATA_EXTENSION = 'personalData';

const MASKS: Record<PersonalData, (value: unknown) => unknown> = {
  [PersonalData.RESIDENT_ID]: (value) => (typeof value === 'string' ? maskResidentId(value) : value),
  [PersonalData.PHONE]: (value) => (typeof value === 'string' ? maskPhone(value) : value),
  [PersonalData.RECORD_VALUES]: (value) => maskRecordValues(value),
};

/** The caller as the auth guard left it on the request; only whether it may see numbers in full matters here. */
interface PersonalDataViewer {
  seesFullPersonalData: boolean;
}

/** The caller as the GraphQL context carries it: its request, as the auth guard left it. */
interface PersonalDataContext {
  req?: { viewer?: PersonalDataViewer };
}

/** `value` as the caller may see it: in full only with the right to, masked without a known caller. */
function maskedFor(kind: PersonalData, value: unknown, context: PersonalDataContext | undefined): unknown {
  return value === null || value === undefined || context?.req?.viewer?.seesFullPersonalData === true ? value : MASKS[kind](value);
}

/**
 * Masks a resolved field's value unless the caller may see personal numbers in full. Runs on the
 * resolved value of the field, so whatever resolver or loader produced it, the one rule applies.
 */
function maskUnlessAllowed(kind: PersonalData): FieldMiddleware {
  return async (context, next) => maskedFor(kind, await next(), context.context as PersonalDataContext);
}

/**
 * A property of an object type that carries personal data (see PersonalData), masked as it is
 * read: a plain resolver, because lists carry it on every row (a page's members' ID numbers),
 * and middleware or a field resolver would make each row's value a promise.
 */
export function PersonalDataField(kind: PersonalData, type: ReturnTypeFunc, options: FieldOptions = {}): PropertyDecorator {
  return (target, property) =>
    applyDecorators(
      Field(type, options),
      PlainFieldResolver((source: Record<string | symbol, unknown>, _args, context: PersonalDataContext) => maskedFor(kind, source[property], context)),
      Extensions({ [PERSONAL_DATA_EXTENSION]: kind }),
    )(target, property);
}

/** A resolved field that carries personal data (see PersonalData). */
export function PersonalDataResolveField(kind: PersonalData, type: ReturnTypeFunc, options: FieldOptions = {}): MethodDecorator {
  return applyDecorators(ResolveField(type, { ...options, middleware: [maskUnlessAllowed(kind)] }), Extensions({ [PERSONAL_DATA_EXTENSION]: kind }));
}
