/**
 * Values in PostgreSQL's COPY text format: tab-separated, `\N` for NULL, backslash escapes for
 * the four characters that would break a line. Arrays become array literals with every element
 * quoted; objects are expected as JSON text already (jsonb columns).
 */

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPED: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escapeText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPED[c]) : text;
}

function arrayLiteral(items: readonly unknown[]): string {
  const elements = items.map((item) => (item === null || item === undefined ? 'NULL' : `"${String(item).replace(/["\\]/g, '\\$&')}"`));
  return `{${elements.join(',')}}`;
}

export function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  switch (typeof value) {
    case 'boolean':
      return value ? 't' : 'f';
    case 'number':
      if (!Number.isFinite(value)) throw new RangeError(`cannot COPY the number ${value}`);
      return String(value);
    case 'string':
      return escapeText(value);
    default:
      if (Array.isArray(value)) return escapeText(arrayLiteral(value));
      throw new TypeError(`cannot COPY a value of type ${typeof value}`);
  }
}

/** One line of COPY text for `row`, its values taken in the order of `columns`. */
export function copyLine(row: object, columns: readonly string[]): string {
  const record = row as Record<string, unknown>;
  let line = copyField(record[columns[0]]);
  for (let i = 1; i < columns.length; i++) line += '\t' + copyField(record[columns[i]]);
  return line + '\n';
}
