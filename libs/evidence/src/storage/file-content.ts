import { imageSize } from 'image-size';
import { PDFDocument } from 'pdf-lib';
import type { FileType } from './file-type';

/** What decoding a file's structure found: an image's size, or a document's page count. */
export type FileContent = { width: number; height: number } | { pages: number };

/** Wider or taller than any photo or scan staff take; such a header is made up. */
const MAX_IMAGE_SIDE = 65535;

function describeImage(bytes: Uint8Array): FileContent | null {
  try {
    const { width, height } = imageSize(bytes);
    return width > 0 && height > 0 && width <= MAX_IMAGE_SIDE && height <= MAX_IMAGE_SIDE ? { width, height } : null;
  } catch {
    return null;
  }
}

async function describePdf(bytes: Uint8Array): Promise<FileContent | null> {
  try {
    // Encrypted scans still have a readable page tree; the parser yields between objects, so a
    // large document does not hold up other requests.
    const document = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: true });
    const pages = document.getPageCount();
    return pages > 0 ? { pages } : null;
  } catch {
    return null;
  }
}

/**
 * Decodes the structure a file of this type must have (an image header with its dimensions, a
 * PDF with at least one page), so a file that only starts with the right signature is refused.
 * Null: the content is not a readable file of that type.
 */
export function describeContent(type: FileType, bytes: Uint8Array): Promise<FileContent | null> {
  return type.mimeType === 'application/pdf' ? describePdf(bytes) : Promise.resolve(describeImage(bytes));
}
