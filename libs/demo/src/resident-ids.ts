import { residentIdCheckCharacter } from '@app/registry/resident-id/resident-id';
import { Rng } from './prng';

type Gender = 'MALE' | 'FEMALE';

/**
 * Hands out valid GB 11643 numbers that agree with the person's birth date and gender and
 * are unique across the whole demo, because the schema allows one active person per number
 * and a generator that collides would fail the load's single transaction.
 */
export class ResidentIdAllocator {
  private readonly used = new Set<string>();

  allocate(rng: Rng, placeCode: string, birthDate: string, gender: Gender): string {
    const datePart = birthDate.replace(/-/g, '');
    // 499 odd and 499 even order codes per place and day; a thousand tries cannot all collide
    // at demo or benchmark density, so running out means the caller passed nonsense.
    for (let attempt = 0; attempt < 1000; attempt++) {
      const pair = rng.int(0, 498);
      const order = pair * 2 + (gender === 'MALE' ? 1 : 2);
      const body = `${placeCode}${datePart}${String(order).padStart(3, '0')}`;
      if (this.used.has(body)) continue;
      this.used.add(body);
      return body + residentIdCheckCharacter(body);
    }
    throw new Error(`no free resident ID order code for ${placeCode} ${birthDate} ${gender}`);
  }
}
