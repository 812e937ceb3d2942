/** The file types evidence may have: photos and scanned forms (SPEC §5). */
export interface FileType {
  mimeType: 'image/jpeg' | 'image/png' | 'application/pdf';
  extension: '.jpg' | '.png' | '.pdf';
}

const SIGNATURES: ReadonlyArray<{ magic: readonly number[]; type: FileType }> = [
  { magic: [0xff, 0xd8, 0xff], type: { mimeType: 'image/jpeg', extension: '.jpg' } },
  { magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], type: { mimeType: 'image/png', extension: '.png' } },
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], type: { mimeType: 'application/pdf', extension: '.pdf' } }, // %PDF-
];

/** Bytes needed to tell every allowed type apart. */
export const SNIFF_BYTES = Math.max(...SIGNATURES.map((s) => s.magic.length));

export const ALLOWED_TYPES_TEXT = 'JPEG, PNG or PDF';

/**
 * The type of a file from its first bytes (magic numbers). The client's file name and declared
 * content type are never consulted: both are whatever the client says.
 */
export function sniffFileType(head: Uint8Array): FileType | null {
  const match = SIGNATURES.find(({ magic }) => head.length >= magic.length && magic.every((byte, i) => head[i] === byte));
  return match ? match.type : null;
}
