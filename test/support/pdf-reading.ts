import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Reads a PDF back the way a reader would, with poppler's tools (Debian's poppler-utils): its
 * text per page in reading layout, its fonts, and where every word lies on its page.
 */
export interface PdfReading {
  pages: string[];
  fonts: string;
  words: Array<{ page: number; text: string; xMin: number; yMin: number; xMax: number; yMax: number }>;
  pageSize: { width: number; height: number };
}

export async function readPdf(pdf: Buffer): Promise<PdfReading> {
  const dir = await mkdtemp(join(tmpdir(), 'pdf-reading-'));
  try {
    const file = join(dir, 'in.pdf');
    await writeFile(file, pdf);
    const [text, fonts, bbox] = await Promise.all([
      run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 << 20 }),
      run('pdffonts', [file]),
      run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { maxBuffer: 256 << 20 }),
    ]);
    const pages = text.stdout.split('\f').slice(0, -1);
    const size = /<page width="([\d.]+)" height="([\d.]+)"/.exec(bbox.stdout);
    const words: PdfReading['words'] = [];
    bbox.stdout.split('<page ').slice(1).forEach((page, index) => {
      for (const match of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
        words.push({ page: index + 1, xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]), yMax: Number(match[4]), text: match[5] });
      }
    });
    return { pages, fonts: fonts.stdout, words, pageSize: { width: Number(size?.[1]), height: Number(size?.[2]) } };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Text with runs of spaces made one, so assertions do not depend on column padding. */
export const squeeze = (text: string): string => text.replace(/[ \t]+/g, ' ');
