import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';

/**
 * A policy document's text as an A4 PDF in Noto Sans SC (a complete TrueType font shipped by
 * an npm package; PDFKit embeds only the glyphs used). The same text always gives the same
 * bytes: the creation date is the document's own date, so its hash is reproducible.
 *
 * Lines are broken here rather than by PDFKit's line wrapper: Chinese breaks between any two
 * characters, and measuring each character once makes a 25,000-character document several
 * times faster to lay out. Laying out still takes a good part of a second of CPU, so it yields
 * every few dozen lines: a caller that waits on the database meanwhile gets the time back.
 */

const FONT_FILE = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';
const MARGIN = 72;
const BODY_SIZE = 11;
const LINE_HEIGHT = 19;
const PARAGRAPH_GAP = 5;
const LINES_BETWEEN_YIELDS = 40;
/** Punctuation that may not begin a line (避头): it stays at the end of the line before. */
const NO_LINE_START = new Set('，。、；：！？）》」』”’,.;:!?)');

let fontBytes: Buffer | null = null;
const font = (): Buffer => (fontBytes ??= readFileSync(require.resolve(FONT_FILE)));

export interface PolicyPdfHeading {
  title: string;
  issuer: string;
  documentNumber: string | null;
  issuedOn: string;
}

/** Splits a paragraph into lines no wider than `width` (the first `indent` narrower), by the width of each character. */
function breakLines(paragraph: string, width: number, indent: number, widthOf: (char: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = indent;
  for (const char of paragraph) {
    const w = widthOf(char);
    if (used + w > width && line !== '' && !NO_LINE_START.has(char)) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += char;
    used += w;
  }
  if (line !== '') lines.push(line);
  return lines;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function policyDocumentPdf(heading: PolicyPdfHeading, text: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: heading.title, Author: heading.issuer, Subject: heading.documentNumber ?? '', CreationDate: new Date(`${heading.issuedOn}T00:00:00+08:00`) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.registerFont('body', font());
  const width = doc.page.width - 2 * MARGIN;
  const bottom = doc.page.height - MARGIN;
  doc.font('body').fontSize(16).text(heading.title, { align: 'center' });
  doc.moveDown(0.5);
  const meta = [heading.issuer, heading.documentNumber, heading.issuedOn].filter(Boolean).join('　');
  doc.fontSize(10).fillColor('#555555').text(meta, { align: 'center' });
  doc.moveDown(1).fillColor('#000000').fontSize(BODY_SIZE);

  const widths = new Map<string, number>();
  const widthOf = (char: string) => {
    let w = widths.get(char);
    if (w === undefined) {
      w = doc.widthOfString(char);
      widths.set(char, w);
    }
    return w;
  };
  const indent = 2 * BODY_SIZE;
  let y = doc.y;
  let written = 0;
  for (const paragraph of text.split('\n').map((p) => p.trim()).filter((p) => p !== '')) {
    const lines = breakLines(paragraph, width, indent, widthOf);
    for (const [index, line] of lines.entries()) {
      if (y + LINE_HEIGHT > bottom) {
        doc.addPage();
        y = MARGIN;
      }
      doc.text(line, MARGIN + (index === 0 ? indent : 0), y, { lineBreak: false });
      y += LINE_HEIGHT;
      if (++written % LINES_BETWEEN_YIELDS === 0) await yieldToEventLoop();
    }
    y += PARAGRAPH_GAP;
  }
  doc.end();
  return ended;
}
