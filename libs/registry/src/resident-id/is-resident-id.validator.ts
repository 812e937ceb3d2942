import { registerDecorator, ValidationOptions } from 'class-validator';
import { parseResidentId } from './resident-id';

/** A well-formed GB 11643 resident ID number; the reason names the exact defect. */
export function IsResidentId(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isResidentId',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseResidentId(value).ok,
        defaultMessage: (args) => {
          if (typeof args?.value !== 'string') return 'must be a resident ID number';
          const parsed = parseResidentId(args.value);
          return parsed.ok ? '' : `is not a valid resident ID number: ${parsed.message}`;
        },
      },
    });
  };
}
