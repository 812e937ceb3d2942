import type { Response } from 'express';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface StoredFileInfo {
  mimeType: string;
  size: number;
  sha256: string;
  originalName: string;
}

/**
 * Streams a stored file with headers that keep a browser from treating it as anything but the
 * type we decided on upload: no sniffing, no scripts, and the name only as a quoted label.
 */
/** RFC 5987 ext-value: percent-encode everything outside attr-char, which encodeURIComponent leaves alone for '()*. */
const extValue = (text: string) => encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export async function sendStoredFile(response: Response, file: StoredFileInfo, content: Readable): Promise<void> {
  response.status(200).set({
    'Content-Type': file.mimeType,
    'Content-Length': String(file.size),
    'Content-Disposition': `inline; filename="file"; filename*=UTF-8''${extValue(file.originalName)}`,
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, max-age=0, must-revalidate',
    ETag: `"${file.sha256}"`,
  });
  await pipeline(content, response);
}
