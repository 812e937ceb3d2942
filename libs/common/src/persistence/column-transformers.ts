import { ValueTransformer } from 'typeorm';

/** node-postgres returns NUMERIC as a string to keep precision; our amounts fit a double comfortably. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null || value === undefined ? value : Number(value)),
};
