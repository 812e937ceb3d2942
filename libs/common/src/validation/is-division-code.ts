import { ValidationOptions, ValidateBy } from 'class-validator';
import { DivisionCode } from '../divisions/division-code';

/** A six-digit statistical division code (region, city or county). Pair with IsOptional where it may be left out. */
export function IsDivisionCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isDivisionCode', validator: { validate: (value: unknown) => DivisionCode.isValid(value) } },
    { message: 'must be a 6-digit division code', ...options },
  );
}
