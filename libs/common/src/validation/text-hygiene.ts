import type { FieldProblem } from '../errors/domain-error';

/** C0 controls and DEL, NUL included; tab, newline and carriage return are text. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Values passed exactly as typed: a password's spaces are part of it. */
const UNTRIMMED = /password/i;

const join = (path: string, key: string | number) => (typeof key === 'number' ? path : path ? `${path}.${key}` : key);

/** Every string in what the client sent that carries a control character, by its field path. */
export function controlCharacterProblems(value: unknown, path: string): FieldProblem[] {
  if (typeof value === 'string') return CONTROL_CHARACTERS.test(value) ? [{ field: path, reason: 'must not contain control characters' }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => controlCharacterProblems(item, join(path, index)));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => controlCharacterProblems(inner, join(path, key)));
  return [];
}

/**
 * Strings trimmed at both ends, at any depth (passwords excepted), so a name of spaces is the
 * blank it is and `IsNotEmpty` refuses it. Returns a copy; the client's object is left alone.
 */
export function trimStrings(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return UNTRIMMED.test(key) ? value : value.trim();
  if (Array.isArray(value)) return value.map((item) => trimStrings(item, key));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([inner, item]) => [inner, trimStrings(item, inner)]));
  }
  return value;
}
