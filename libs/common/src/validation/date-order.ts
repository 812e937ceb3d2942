import type { FieldProblem } from '../errors/domain-error';

/**
 * Dates of one record that must come in order (started before completed, demolished before the
 * land was reclaimed): each pair whose later date precedes the earlier one is a problem of the
 * later field. Checked on the record as it would be after the write, so an update is judged with
 * the dates it leaves unchanged. Missing dates are not compared.
 */
export function dateOrderProblems<T extends object>(record: T, pairs: ReadonlyArray<readonly [earlier: keyof T & string, later: keyof T & string]>): FieldProblem[] {
  return pairs.flatMap(([earlier, later]) => {
    const first = record[earlier];
    const then = record[later];
    return typeof first === 'string' && typeof then === 'string' && then < first ? [{ field: later, reason: `must not be before ${earlier} (${first})` }] : [];
  });
}
