import { EventEmitter } from 'node:events';

/**
 * What must never reach a log line, whatever path it took there (an error message quoting a
 * value, a URL, a library's debug output): resident ID numbers, mobile numbers, bearer tokens.
 * Field-based redaction (logger-params.ts) covers the known places; this covers the text.
 */
const PATTERNS: ReadonlyArray<[RegExp, string]> = [
  // A JWT: three base64url parts, the first a JSON header ("eyJ").
  [/eyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]{5,}/g, '[token]'],
  [/(bearer\s+)[\w.~+/=-]{8,}/gi, '$1[token]'],
  // 18-character resident ID (17 digits and a check character) — not part of a longer number.
  [/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g, '[resident-id]'],
  // Mainland mobile numbers, with or without +86.
  [/(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d{9}(?!\d)/g, '[phone]'],
];

export function scrub(text: string): string {
  let result = text;
  for (const [pattern, replacement] of PATTERNS) result = result.replace(pattern, replacement);
  return result;
}

/**
 * Scrubs every string inside a value (log arguments, serialized errors), leaving its shape.
 * Event emitters (a request or response handed to a log call, sockets, streams) are passed
 * through as they are: they are machinery, not data, and copying a response's object graph six
 * levels deep took a tenth of the API's time on a busy households page, when every request's log
 * line carried its response.
 */
export function scrubDeep<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return scrub(value) as T;
  if (depth > 6 || value === null || typeof value !== 'object' || value instanceof EventEmitter) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => scrubDeep(item, depth + 1)) as T;
  if (value instanceof Error) {
    const copy = Object.assign(Object.create(Object.getPrototypeOf(value) as object) as Error, value);
    copy.message = scrub(value.message);
    if (value.stack) copy.stack = scrub(value.stack);
    return copy as T;
  }
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, scrubDeep(item, depth + 1)])) as T;
}
