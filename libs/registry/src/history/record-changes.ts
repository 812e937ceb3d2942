/** Bookkeeping columns that change on every write and say nothing about the record. */
const IGNORED = new Set(['sys_period', 'written_by', 'written_via', 'version', 'updated_at', 'created_at']);

const camel = (column: string) => column.replace(/_([a-z])/g, (_m, letter: string) => letter.toUpperCase());

/**
 * The fields that differ between two stored versions of a row (as jsonb objects), keyed by
 * their GraphQL names; `previous` null means the row was created.
 */
export function recordChanges(
  previous: Record<string, unknown> | null,
  next: Record<string, unknown>,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [column, value] of Object.entries(next)) {
    if (IGNORED.has(column)) continue;
    const before = previous ? previous[column] : null;
    if (previous && JSON.stringify(before) === JSON.stringify(value)) continue;
    if (!previous && (value === null || (Array.isArray(value) && value.length === 0))) continue;
    changes[camel(column)] = { from: before ?? null, to: value };
  }
  return changes;
}
