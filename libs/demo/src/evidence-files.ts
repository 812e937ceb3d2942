import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import type { EvidenceContent, EvidenceFileRequest } from './scale/evidence-rows';

/**
 * Real, tiny evidence files for the demo: a PNG per photo and a one-page PDF per form, each
 * naming its evidence id, so every file's hash is its own and `GET /evidence/:id/file` serves
 * something any viewer opens. A few hundred bytes each keeps thousands of them cheap to write.
 */

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PHOTO_WIDTH = 32;
const PHOTO_HEIGHT = 24;

/** Pictures differ by one of a few tints; the caption makes each file unique. */
const TINTS = 16;
const pictureChunks = new Map<number, Buffer>();

/** The IHDR and IDAT chunks of a small RGB picture, sky over ground, in one of the tints. */
function picture(tintIndex: number): Buffer {
  const cached = pictureChunks.get(tintIndex);
  if (cached) return cached;
  const tint = createHash('sha256').update(`tint-${tintIndex}`).digest();
  const header = Buffer.alloc(13);
  header.writeUInt32BE(PHOTO_WIDTH, 0);
  header.writeUInt32BE(PHOTO_HEIGHT, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter method, no interlace
  const raw = Buffer.alloc(PHOTO_HEIGHT * (1 + PHOTO_WIDTH * 3));
  for (let y = 0; y < PHOTO_HEIGHT; y++) {
    const row = y * (1 + PHOTO_WIDTH * 3);
    raw[row] = 0; // filter type None
    for (let x = 0; x < PHOTO_WIDTH; x++) {
      const sky = y < PHOTO_HEIGHT / 2;
      const pixel = row + 1 + x * 3;
      raw[pixel] = sky ? 120 + (tint[0] % 60) : 90 + (tint[3] % 50);
      raw[pixel + 1] = sky ? 170 + (tint[1] % 60) : 110 + (tint[4] % 60) + (x % 4) * 4;
      raw[pixel + 2] = sky ? 210 + (tint[2] % 40) : 60 + (tint[5] % 40);
    }
  }
  const chunks = Buffer.concat([pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(raw))]);
  pictureChunks.set(tintIndex, chunks);
  return chunks;
}

/** A small PNG picture with the caption as a tEXt chunk, tinted by `tintSeed`. */
export function demoPng(caption: string, tintSeed: string): Buffer {
  const tintIndex = createHash('sha256').update(tintSeed).digest()[0] % TINTS;
  const [ihdrAndIdat, text] = [picture(tintIndex), Buffer.concat([Buffer.from('Comment\0', 'latin1'), Buffer.from(caption, 'latin1')])];
  // IHDR must come first; tEXt may sit anywhere before IEND.
  return Buffer.concat([PNG_SIGNATURE, ihdrAndIdat, pngChunk('tEXt', text), pngChunk('IEND', Buffer.alloc(0))]);
}

/** PDF string literal: backslash and parentheses escaped; the text is ASCII by construction. */
const pdfString = (text: string) => `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;

/** A one-page A4 PDF 1.4 with the lines in Helvetica and a correct cross-reference table. */
export function demoPdf(lines: readonly string[]): Buffer {
  const stream = ['BT', '/F1 14 Tf', '72 770 Td', '18 TL', ...lines.map((line, i) => `${i === 0 ? '' : 'T* '}${pdfString(line)} Tj`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** English titles of the forms, for the PDF text (Helvetica has no Chinese glyphs). */
const FORM_TITLES: Readonly<Record<string, string>> = {
  RELOCATION_APPROVAL_FORM: 'Relocation approval form',
  DUAL_CONFIRMATION_FORM: 'Poverty exit dual confirmation form',
  SELF_FUNDING_RECEIPT: 'Self-funding receipt',
  GEOHAZARD_ASSESSMENT_REPORT: 'Geohazard assessment report',
  COMPLETION_ACCEPTANCE_REPORT: 'Housing completion acceptance report',
};

export interface DemoEvidenceFile extends EvidenceContent {
  bytes: Buffer;
}

/** The content of one demo evidence file: a photo as PNG, anything else as a PDF form. */
export function demoEvidenceFile(file: EvidenceFileRequest): DemoEvidenceFile {
  const bytes = file.photo
    ? demoPng(`${file.kind} ${file.subjectCode} ${file.day} evidence ${file.id} (demo data)`, file.id)
    : demoPdf([FORM_TITLES[file.kind] ?? file.kind, `Subject: ${file.subjectCode}`, `Date: ${file.day}`, `Evidence: ${file.id}`, 'Synthetic demo document.']);
  return {
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.length,
    ...(file.photo ? { mimeType: 'image/png' as const, extension: 'png' as const } : { mimeType: 'application/pdf' as const, extension: 'pdf' as const }),
  };
}
