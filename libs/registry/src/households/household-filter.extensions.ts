import { SqlPredicate } from '@app/common';
import { HouseholdFilter } from './dtos/household.filter';

/** A condition a feature downstream of the registry adds to the households' query functions. */
export interface HouseholdFilterExtension<V> {
  /** The HouseholdFilter field it adds, as clients send it. */
  field: string;
  /** The field's GraphQL and validation decorators (`@Field(() => …)`, `@IsOptional()`, …). */
  decorators: PropertyDecorator[];
  /** SQL on the `household` alias for a given value; `param` names its bound parameter. */
  condition: (value: V, param: string) => SqlPredicate;
}

const extensions: Array<HouseholdFilterExtension<never>> = [];

/**
 * Lets a feature that knows things about households the registry does not (red-line
 * violations, say) offer them as a filter of `households` without the registry depending on it.
 * Call it when the feature's module file loads: the schema is built from the decorators
 * afterwards, as with the filter's own fields.
 */
export function extendHouseholdFilter<V>(extension: HouseholdFilterExtension<V>): void {
  if (extensions.some((known) => known.field === extension.field) || extension.field in new HouseholdFilter()) {
    throw new Error(`HouseholdFilter.${extension.field} is declared twice`);
  }
  for (const decorate of extension.decorators) decorate(HouseholdFilter.prototype, extension.field);
  extensions.push(extension as HouseholdFilterExtension<never>);
}

/** The conditions of the extensions a filter gives a value for. */
export function householdFilterExtensionConditions(filter: HouseholdFilter): SqlPredicate[] {
  const values = filter as unknown as Record<string, unknown>;
  return extensions
    .filter(({ field }) => values[field] !== undefined && values[field] !== null)
    .map(({ field, condition }) => condition(values[field] as never, `filter_${field}`));
}
