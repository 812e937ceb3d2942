import { DomainError } from '@app/common';
import { CreateHouseholdInput, UpdateHouseholdInput } from '../households/dtos/create-household.input';
import { AddPersonInput } from '../persons/dtos/add-person.input';

/** A household of a set: created from its input, or updated with its changes at the version the caller read. */
export type HouseholdEntry = { id?: undefined; input: CreateHouseholdInput } | { id: string; version: number; input: UpdateHouseholdInput };

/**
 * A member of a household of the set or of the records, named by the household's code: the member
 * of that household with the same ID number who has not left is updated with the input, anyone
 * else joins the household.
 */
export interface MemberEntry {
  householdCode: string;
  input: Omit<AddPersonInput, 'householdId'>;
}

/** Records written together: households first, then members (a register, as an import brings it). */
export interface RegisterSet {
  households: readonly HouseholdEntry[];
  members: readonly MemberEntry[];
}

export type RegisterSetList = 'households' | 'members';

/** An entry of a set refused by the rules its single write meets; nothing of the set is written. */
export class SetEntryRefused extends Error {
  constructor(
    readonly list: RegisterSetList,
    readonly index: number,
    override readonly cause: DomainError,
  ) {
    super(cause.message);
  }
}

/** Judges one entry, naming it when the registry refuses it. */
export function judged<T>(list: RegisterSetList, index: number, judge: () => T): T {
  try {
    return judge();
  } catch (error) {
    throw error instanceof DomainError ? new SetEntryRefused(list, index, error) : error;
  }
}

/**
 * A multi-row write's unique violation as the refusal of the entry holding the key it names
 * (`Key (id_number)=(…) already exists`): `meaning` is what a single write would have answered,
 * `holders` the entry of each `column=value` the statement wrote.
 */
export function conflictRefusal(error: unknown, list: RegisterSetList, holders: ReadonlyMap<string, number>, meaning: (error: unknown) => unknown): unknown {
  const refusal = meaning(error);
  if (!(refusal instanceof DomainError)) return error;
  const detail = (error as { driverError?: { detail?: string } }).driverError?.detail ?? (error as { detail?: string }).detail ?? '';
  const key = /^Key \(([^)]+)\)=\((.*)\) already exists/.exec(detail);
  const index = key ? holders.get(`${key[1]}=${key[2]}`) : undefined;
  return index === undefined ? refusal : new SetEntryRefused(list, index, refusal);
}
