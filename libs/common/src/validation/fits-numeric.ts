import { applyDecorators } from '@nestjs/common';
import { IsNumber, Max, Min } from 'class-validator';

/**
 * A number a `numeric(precision, scale)` column can hold, from `min` (0 unless given): finite,
 * and below the column's largest value, so an outsized one (1e308) is the caller's error, not
 * the database's. Pair with IsOptional where it may be left out.
 */
export function FitsNumeric(precision: number, scale: number, min = 0): PropertyDecorator {
  const largest = 10 ** (precision - scale) - 10 ** -scale;
  return applyDecorators(IsNumber({ allowNaN: false, allowInfinity: false }), Min(min), Max(largest, { message: `must be at most ${largest}` }));
}
