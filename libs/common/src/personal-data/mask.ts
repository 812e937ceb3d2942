/** Phone numbers keep their first three and last four digits (138****5678), as is customary. */
export function maskPhone(phone: string): string {
  if (phone.length <= 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

const RESIDENT_ID_LENGTH = 18;

function keepEnds(chars: string[], head: number, tail: number): string {
  const hidden = chars.length - head - tail;
  return chars.slice(0, head).join('') + '*'.repeat(hidden) + chars.slice(chars.length - tail).join('');
}

/**
 * For display and logs. A well-formed-length ID keeps place code and order/check
 * characters (enough to tell records apart) and hides the birth date; anything else
 * keeps only its two outer characters at each end, or nothing if it is too short for that.
 */
export function maskResidentId(id: string): string {
  const chars = Array.from(id);
  if (chars.length === RESIDENT_ID_LENGTH) return keepEnds(chars, 6, 4);
  if (chars.length <= 4) return '*'.repeat(chars.length);
  return keepEnds(chars, 2, 2);
}

/** How a record field's name says it carries a personal number (idNumber, headIdNumber, leaderPhone, …). */
const NAMED_MASKS: ReadonlyArray<[RegExp, (value: string) => string]> = [
  [/idnumber$/i, maskResidentId],
  [/phone$/i, maskPhone],
];

/** Keys that hold a value of the field they sit under, as history's `{ from, to }` do. */
const VALUE_KEYS = new Set(['from', 'to']);

/**
 * Masks every personal number inside record values keyed by field name — a history entry's
 * changes (`{ idNumber: { from, to } }`), a spot check's corrections (`{ headIdNumber: … }`),
 * at any depth, in lists too.
 */
export function maskRecordValues(value: unknown, field = ''): unknown {
  if (typeof value === 'string') {
    const mask = NAMED_MASKS.find(([name]) => name.test(field))?.[1];
    return mask ? mask(value) : value;
  }
  if (Array.isArray(value)) return value.map((item) => maskRecordValues(item, field));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, maskRecordValues(inner, VALUE_KEYS.has(key) ? field : key)]));
  }
  return value;
}

/** Whether a field name says it carries a personal number, by the naming convention above. */
export const namesPersonalNumber = (field: string): boolean => NAMED_MASKS.some(([name]) => name.test(field));
