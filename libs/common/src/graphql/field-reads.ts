import type { Type } from '@nestjs/common';

/** For each GraphQL object type backed by an entity: the properties each computed field reads. */
const reads = new Map<Type<unknown>, Map<string, readonly string[]>>();

/**
 * Declares what a field resolver on `type` reads from its parent, so that list queries may load
 * only the columns a query needs. Declared next to the resolver; a field nobody declared makes
 * the list load whole rows, so forgetting a declaration costs speed, never correctness.
 */
export function declareFieldReads<T>(type: Type<T>, field: string, properties: ReadonlyArray<keyof T & string>): void {
  const byField = reads.get(type) ?? new Map<string, readonly string[]>();
  byField.set(field, properties);
  reads.set(type, byField);
}

/**
 * The properties to load for the selected `fields` of `type`: `always`, every selected field
 * that is a loadable property itself, and what each selected computed field declared it reads.
 * Null — load everything — when a selected field is neither.
 */
export function propertiesToLoad<T>(
  type: Type<T>,
  fields: ReadonlySet<string>,
  loadable: ReadonlySet<string>,
  always: ReadonlyArray<keyof T & string>,
): string[] | null {
  const needed = new Set<string>(always);
  const declared = reads.get(type);
  for (const field of fields) {
    if (field === '__typename') continue;
    if (loadable.has(field)) needed.add(field);
    else if (declared?.has(field)) for (const property of declared.get(field) ?? []) needed.add(property);
    else return null;
  }
  return [...needed];
}
