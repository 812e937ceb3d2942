import { applyDecorators } from '@nestjs/common';
import { Extensions, Field, FieldMiddleware, FieldOptions, ResolveField, ReturnTypeFunc } from '@nestjs/graphql';
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

/**
 * Masks the field's value unless the caller may see personal numbers in full. Runs on the
 * resolved value of the field, so whatever resolver or loader produced it, the one rule applies;
 * a request without a known caller gets it masked.
 */
function maskUnlessAllowed(kind: PersonalData): FieldMiddleware {
  return async (context, next) => {
    const value: unknown = await next();
    const viewer = (context.context as { req?: { viewer?: PersonalDataViewer } }).req?.viewer;
    return value === null || value === undefined || viewer?.seesFullPersonalData === true ? value : MASKS[kind](value);
  };
}

/** A property of an object type that carries personal data (see PersonalData). */
export function PersonalDataField(kind: PersonalData, type: ReturnTypeFunc, options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(Field(type, { ...options, middleware: [maskUnlessAllowed(kind)] }), Extensions({ [PERSONAL_DATA_EXTENSION]: kind }));
}

/** A resolved field that carries personal data (see PersonalData). */
export function PersonalDataResolveField(kind: PersonalData, type: ReturnTypeFunc, options: FieldOptions = {}): MethodDecorator {
  return applyDecorators(ResolveField(type, { ...options, middleware: [maskUnlessAllowed(kind)] }), Extensions({ [PERSONAL_DATA_EXTENSION]: kind }));
}
