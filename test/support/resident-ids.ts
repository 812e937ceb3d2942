import { residentIdCheckCharacter } from '@app/registry';

/** A valid resident ID for a place code, birth date (YYYY-MM-DD) and gender, as tests need them. */
export function residentId(place: string, birthDate: string, gender: 'MALE' | 'FEMALE', serial = 1): string {
  const order = String(serial * 2 + (gender === 'MALE' ? 1 : 0)).padStart(3, '0').slice(-3);
  const body = `${place}${birthDate.replace(/-/g, '')}${order}`;
  return body + residentIdCheckCharacter(body);
}
