const MAX_LENGTH = 255;

/**
 * The client's file name, kept for display only: the last path segment, without control
 * characters, bounded in length. Storage never uses it, so `../../etc/passwd` is just a
 * label (`passwd`) on a file stored under a generated key.
 */
export function displayName(clientName: string | undefined): string {
  const lastSegment = (clientName ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const printable = lastSegment.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  const name = printable === '.' || printable === '..' ? '' : printable;
  return [...name].slice(0, MAX_LENGTH).join('') || 'file';
}
