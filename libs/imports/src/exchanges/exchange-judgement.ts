import { ExchangeOutcome, FieldChange } from './exchange-entry.entity';
import type { PersonMatch } from './person-matches';
import type { RosterRow } from './roster-reading';
import { storedColumn } from './roster-kind';

export interface Judgement {
  outcome: ExchangeOutcome;
  changes: Record<string, FieldChange>;
  conflicts: Record<string, FieldChange>;
}

/** Stored numerics come back as numbers or strings; both sides are compared as the same JSON. */
const same = (stored: unknown, given: unknown) => (typeof given === 'number' && stored !== null ? Number(stored) === given : JSON.stringify(stored ?? null) === JSON.stringify(given ?? null));

/**
 * What a roster row does to the person it names: nothing when no active person in the
 * jurisdiction has that ID (UNMATCHED) or every field already agrees (UNCHANGED); otherwise the
 * fields that differ are changed — except a field edited by hand after the roster's date, which
 * stays as edited and is reported (CONFLICTING; its other fields are still changed).
 */
export function judge(row: RosterRow, match: PersonMatch | undefined, asOf: string): Judgement {
  const changes: Record<string, FieldChange> = {};
  const conflicts: Record<string, FieldChange> = {};
  if (!match) return { outcome: ExchangeOutcome.UNMATCHED, changes, conflicts };
  for (const [field, value] of Object.entries(row.fields)) {
    const stored = match.row[storedColumn(field)] ?? null;
    if (same(stored, value)) continue;
    const editedOn = match.editedOn.get(storedColumn(field));
    if (editedOn && editedOn > asOf) conflicts[field] = { from: stored, to: value, editedOn };
    else changes[field] = { from: stored, to: value };
  }
  const outcome = Object.keys(conflicts).length > 0 ? ExchangeOutcome.CONFLICTING : Object.keys(changes).length > 0 ? ExchangeOutcome.MATCHED : ExchangeOutcome.UNCHANGED;
  return { outcome, changes, conflicts };
}
