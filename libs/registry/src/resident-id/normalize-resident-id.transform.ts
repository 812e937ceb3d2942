import { Transform } from 'class-transformer';

/** Stores the canonical form (trimmed, upper-case X) so uniqueness and lookups by ID agree. */
export const NormalizeResidentId = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));
