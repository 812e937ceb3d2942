import { registerEnumType } from '@nestjs/graphql';

/**
 * Registers a GraphQL enum whose value descriptions are the Chinese labels staff read,
 * and keeps the same labels available to workbooks and e-mails so they never drift apart.
 */
export function registerLabelledEnum<E extends Record<string, string>>(
  values: E,
  name: string,
  description: string,
  labels: { [K in keyof E]: string },
): { [K in keyof E]: string } {
  const valuesMap = Object.fromEntries(
    Object.keys(values).map((key) => [key, { description: labels[key as keyof E] }]),
  ) as Partial<Record<keyof E, { description: string }>>;
  registerEnumType(values, { name, description, valuesMap });
  return labels;
}
