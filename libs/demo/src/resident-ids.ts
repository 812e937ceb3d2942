import { residentIdCheckCharacter } from '@app/registry';
import { isoToDays } from './dates';
import { Rng } from './prng';

type Gender = 'MALE' | 'FEMALE';

/** Where a generator gets a person's ID number: valid, matching birth date and gender, never repeated. */
export interface ResidentIdSource {
  allocate(rng: Rng, placeCode: string, birthDate: string, gender: Gender): string;
}

/** 499 odd and 499 even order codes per place and day (001–997, 002–998). */
const ORDER_PAIRS = 499;

function withCheckCharacter(placeCode: string, birthDate: string, pair: number, gender: Gender): string {
  const order = pair * 2 + (gender === 'MALE' ? 1 : 2);
  const body = `${placeCode}${birthDate.replace(/-/g, '')}${String(order).padStart(3, '0')}`;
  return body + residentIdCheckCharacter(body);
}

/**
 * Hands out valid GB 11643 numbers that agree with the person's birth date and gender and
 * are unique across the whole demo, because the schema allows one active person per number
 * and a generator that collides would fail the load's single transaction.
 */
export class ResidentIdAllocator implements ResidentIdSource {
  private readonly used = new Set<string>();

  allocate(rng: Rng, placeCode: string, birthDate: string, gender: Gender): string {
    // A thousand tries cannot all collide at demo density, so running out means the caller
    // passed nonsense.
    for (let attempt = 0; attempt < 1000; attempt++) {
      const id = withCheckCharacter(placeCode, birthDate, rng.int(0, ORDER_PAIRS - 1), gender);
      if (this.used.has(id)) continue;
      this.used.add(id);
      return id;
    }
    throw new Error(`no free resident ID order code for ${placeCode} ${birthDate} ${gender}`);
  }
}

const FIRST_DAY = isoToDays('1900-01-01');
const LAST_DAY = isoToDays('2099-12-31');
/** Any multiplier coprime to the prime 499 makes `n ↦ (n·k + offset) mod 499` a bijection. */
const SCATTER = 211;

/**
 * Unique by construction, for millions of persons: the n-th person of one gender born on one
 * day with one place code gets the n-th order code of a per-(place, day) permutation, so no
 * set of issued numbers is kept and none is ever checked. Memory is one counter per place,
 * day and gender (a 16-bit array per place code, about 290 kB), whatever the number of persons.
 */
export class SequentialResidentIds implements ResidentIdSource {
  private readonly counters = new Map<string, Uint16Array>();

  allocate(_rng: Rng, placeCode: string, birthDate: string, gender: Gender): string {
    const day = isoToDays(birthDate);
    if (day < FIRST_DAY || day > LAST_DAY) throw new RangeError(`birth date ${birthDate} outside 1900–2099`);
    let counts = this.counters.get(placeCode);
    if (!counts) {
      counts = new Uint16Array((LAST_DAY - FIRST_DAY + 1) * 2);
      this.counters.set(placeCode, counts);
    }
    const slot = (day - FIRST_DAY) * 2 + (gender === 'MALE' ? 0 : 1);
    const n = counts[slot]++;
    if (n >= ORDER_PAIRS) throw new Error(`more than ${ORDER_PAIRS} ${gender} persons born ${birthDate} with place code ${placeCode}`);
    const offset = (slot * 7919 + Number(placeCode)) % ORDER_PAIRS;
    return withCheckCharacter(placeCode, birthDate, (n * SCATTER + offset) % ORDER_PAIRS, gender);
  }
}
