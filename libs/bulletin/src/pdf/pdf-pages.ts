import { fontBytes } from './fonts';
import type { PdfLibraries } from './pdf-libraries';
import { PALETTE } from './palette';

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface Cell {
  text: string;
  color?: string;
  bold?: boolean;
}

export interface TableRow {
  cells: Array<string | Cell>;
  fill?: string;
}

interface RowLayout {
  height: number;
  /** Each cell's text width when it fits on one line, null where it wraps. */
  oneLine: Array<number | null>;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 62, bottom: 54, left: 50, right: 50 };
const CELL_PAD = { x: 4, y: 3 };
const TABLE_FONT = 9;
const TABLE_LINE_GAP = 1;

/**
 * A4 pages with the running header and page numbers the design asks for, and the few blocks a
 * bulletin is made of (headings, text, tables, SVG charts). Every block checks the space left
 * and starts a new page rather than run past the margin, and a table repeats its header row on
 * each page it spans, so nothing is cut at a page edge.
 */
export class PdfPages {
  readonly doc: PDFKit.PDFDocument;

  constructor(
    readonly libraries: PdfLibraries,
    info: { title: string; subject: string },
  ) {
    this.doc = new libraries.PDFDocument({ size: 'A4', margins: MARGIN, bufferPages: true, info: { ...info, Author: '易地扶贫搬迁工作调度系统', Creator: '易地扶贫搬迁工作调度系统' } });
    this.doc.registerFont('regular', fontBytes('regular'));
    this.doc.registerFont('bold', fontBytes('bold'));
    this.doc.font('regular').fillColor(PALETTE.text);
  }

  get left(): number {
    return MARGIN.left;
  }

  get width(): number {
    return A4.width - MARGIN.left - MARGIN.right;
  }

  private get bottom(): number {
    return A4.height - MARGIN.bottom;
  }

  get y(): number {
    return this.doc.y;
  }

  set y(value: number) {
    this.doc.y = value;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = MARGIN.left;
    this.doc.y = MARGIN.top;
  }

  textHeight(text: string, size: number, width: number, weight: 'regular' | 'bold' = 'regular'): number {
    this.doc.font(weight).fontSize(size);
    return this.doc.heightOfString(text, { width, lineGap: 1 });
  }

  /** A block of text at the left margin (or `x`), kept whole on one page. */
  text(
    text: string,
    options: {
      size?: number; bold?: boolean; color?: string; x?: number; width?: number; gapAfter?: number; align?: 'left' | 'center' | 'right'; characterSpacing?: number;
      /** Points of what follows that must fit on the same page (a caption with its table). */
      keepWith?: number;
    } = {},
  ): void {
    const size = options.size ?? 10.5;
    const x = options.x ?? MARGIN.left;
    const width = options.width ?? this.width - (x - MARGIN.left);
    const weight = options.bold ? 'bold' : 'regular';
    this.ensure(this.textHeight(text, size, width, weight) + (options.keepWith ?? 0));
    this.doc.font(weight).fontSize(size).fillColor(options.color ?? PALETTE.text);
    this.doc.text(text, x, this.doc.y, { width, lineGap: 1, align: options.align ?? 'left', characterSpacing: options.characterSpacing });
    this.doc.y += options.gapAfter ?? 4;
    this.doc.fillColor(PALETTE.text);
  }

  /** A section heading, never left alone at the foot of a page: `keepWith` more points follow it. */
  heading(text: string, level: 1 | 2, keepWith = 60): void {
    const size = level === 1 ? 14 : 11.5;
    this.doc.y += level === 1 ? 10 : 6;
    this.ensure(this.textHeight(text, size, this.width, 'bold') + keepWith);
    this.text(text, { size, bold: true, gapAfter: level === 1 ? 6 : 3 });
  }

  rule(color: string = PALETTE.rule, width = 0.8): void {
    this.doc.moveTo(MARGIN.left, this.doc.y).lineTo(MARGIN.left + this.width, this.doc.y).lineWidth(width).strokeColor(color).stroke();
    this.doc.y += 4;
  }

  /** An SVG drawing (a chart) of the given size, on one page. */
  svg(svg: string, width: number, height: number): void {
    this.ensure(height);
    // assumePt: the chart is drawn in points already (the library would otherwise read px as 0.75 pt).
    this.libraries.SVGtoPDF(this.doc as never, svg, MARGIN.left, this.doc.y, { width, height, assumePt: true, fontCallback: () => 'regular' });
    this.doc.y += height + 4;
  }

  /** A table: the header row repeats on every page it spans; rows are never split. */
  table(columns: Column[], rows: TableRow[], options: { minRowsTogether?: number } = {}): void {
    const headerCells = columns.map((c): Cell => ({ text: c.header, bold: true }));
    const header = this.rowLayout(columns, headerCells);
    const layouts = rows.map((row) => this.rowLayout(columns, row.cells));
    const together = layouts.slice(0, options.minRowsTogether ?? 3).reduce((sum, layout) => sum + layout.height, 0);
    this.ensure(header.height + together);
    this.drawRow(columns, headerCells, header, PALETTE.headerFill, true);
    rows.forEach((row, i) => {
      if (this.doc.y + layouts[i].height > this.bottom) {
        this.newPage();
        this.drawRow(columns, headerCells, header, PALETTE.headerFill, true);
      }
      this.drawRow(columns, row.cells, layouts[i], row.fill, false);
    });
    this.doc.y += 6;
  }

  /** A row's height, and the width of each cell that fits on one line (null where it wraps). */
  private rowLayout(columns: Column[], cells: Array<string | Cell>): RowLayout {
    const oneLine = columns.map((column, i) => {
      const cell = asCell(cells[i]);
      return this.oneLineWidth(cell.text, cell.bold ? 'bold' : 'regular', column.width - 2 * CELL_PAD.x);
    });
    const heights = columns.map((column, i) => {
      const cell = asCell(cells[i]);
      const weight = cell.bold ? 'bold' : 'regular';
      return oneLine[i] === null ? this.textHeight(cell.text || ' ', TABLE_FONT, column.width - 2 * CELL_PAD.x, weight) : this.oneLineHeight(weight);
    });
    return { height: Math.max(...heights) + 2 * CELL_PAD.y, oneLine };
  }

  /**
   * The width of a cell's text when it fits on one line, else null. Most cells do, and PDFKit's
   * line wrapper measures a Chinese text again at every character (each is a break opportunity),
   * which made a county of 2,700 sites spend seconds on its tables; one measurement decides.
   */
  private oneLineWidth(text: string, weight: 'regular' | 'bold', width: number): number | null {
    if (text.includes('\n')) return null;
    this.doc.font(weight).fontSize(TABLE_FONT);
    const measured = this.doc.widthOfString(text);
    return measured <= width ? measured : null;
  }

  /** What PDFKit's heightOfString gives for one line at the table's font and line gap. */
  private oneLineHeight(weight: 'regular' | 'bold'): number {
    this.doc.font(weight).fontSize(TABLE_FONT);
    return this.doc.currentLineHeight(true) + TABLE_LINE_GAP;
  }

  private drawRow(columns: Column[], cells: Array<string | Cell>, layout: RowLayout, fill: string | undefined, header: boolean): void {
    const top = this.doc.y;
    if (fill) this.doc.rect(MARGIN.left, top, this.tableWidth(columns), layout.height).fill(fill);
    let x = MARGIN.left;
    columns.forEach((column, i) => {
      const cell = asCell(cells[i]);
      const width = column.width - 2 * CELL_PAD.x;
      const align = header ? 'center' : column.align ?? 'left';
      const oneLine = layout.oneLine[i];
      this.doc.font(cell.bold ? 'bold' : 'regular').fontSize(TABLE_FONT).fillColor(cell.color ?? PALETTE.text);
      if (oneLine === null) {
        this.doc.text(cell.text, x + CELL_PAD.x, top + CELL_PAD.y, { width, align, lineGap: TABLE_LINE_GAP });
      } else {
        const offset = align === 'right' ? width - oneLine : align === 'center' ? (width - oneLine) / 2 : 0;
        this.doc.text(cell.text, x + CELL_PAD.x + offset, top + CELL_PAD.y, { lineBreak: false, lineGap: TABLE_LINE_GAP });
      }
      x += column.width;
    });
    this.doc.moveTo(MARGIN.left, top + layout.height).lineTo(MARGIN.left + this.tableWidth(columns), top + layout.height).lineWidth(header ? 0.8 : 0.4).strokeColor(PALETTE.rule).stroke();
    this.doc.fillColor(PALETTE.text);
    this.doc.x = MARGIN.left;
    this.doc.y = top + layout.height;
  }

  private tableWidth(columns: Column[]): number {
    return columns.reduce((sum, c) => sum + c.width, 0);
  }

  /**
   * Writes the running header and "第 n 页 共 N 页" on every page and returns the file. Both
   * sit inside the page margins, so the margins are lifted while they are written (PDFKit
   * would otherwise start a new page for text below the bottom margin).
   */
  finish(header: { left: string; right: string }): Promise<Buffer> {
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = start; i < start + count; i += 1) {
      this.doc.switchToPage(i);
      const margins = this.doc.page.margins;
      this.doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
      this.doc.font('regular').fontSize(8).fillColor(PALETTE.muted);
      this.doc.text(header.left, MARGIN.left, 30, { width: this.width / 2, lineBreak: false });
      this.doc.text(header.right, MARGIN.left + this.width / 2, 30, { width: this.width / 2, align: 'right', lineBreak: false });
      this.doc.moveTo(MARGIN.left, 44).lineTo(MARGIN.left + this.width, 44).lineWidth(0.5).strokeColor(PALETTE.rule).stroke();
      this.doc.text(`第 ${i - start + 1} 页 共 ${count} 页`, MARGIN.left, A4.height - 36, { width: this.width, align: 'center', lineBreak: false });
      this.doc.page.margins = margins;
    }
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
      this.doc.end();
    });
  }
}

function asCell(cell: string | Cell | undefined): Cell {
  if (cell === undefined) return { text: '' };
  return typeof cell === 'string' ? { text: cell } : cell;
}
