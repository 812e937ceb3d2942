import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PassThrough } from 'node:stream';
import { readSheets } from './sheet-reader';

/** A workbook whose parts come in the order given (writers differ; Excel, WPS and exceljs each have their own). */
async function workbookWithPartsOrdered(rank: (part: string) => number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const name of ['搬迁户', '搬迁人口', '填写说明']) {
    const sheet = workbook.addWorksheet(name);
    for (let row = 1; row <= 3; row++) sheet.addRow([`${name}${row}`, row]);
  }
  const written = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const parts = Object.keys(written.files).filter((part) => !written.files[part].dir);
  const reordered = new JSZip();
  for (const part of parts.sort((a, b) => rank(a) - rank(b))) reordered.file(part, await written.file(part)!.async('nodebuffer'));
  return reordered.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function readSlowly(bytes: Buffer): Promise<Record<string, number>> {
  const content = new PassThrough();
  content.end(bytes);
  const rowsBySheet: Record<string, number> = {};
  for await (const sheet of readSheets(content, 'XLSX')) {
    rowsBySheet[sheet.name] = 0;
    for await (const row of sheet.rows) {
      if (row.cells.length > 0) rowsBySheet[sheet.name] += 1;
      // The validator awaits its own work per row; meanwhile the unzip runs ahead to the end of the file.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  return rowsBySheet;
}

describe('reading the sheets of a workbook as a stream', () => {
  it('reads every sheet when the shared strings come before the sheets and the reader takes its time', async () => {
    const bytes = await workbookWithPartsOrdered((part) => (part.startsWith('xl/worksheets/') ? 1 : 0));
    // Before patches/unzipper: the unzip ended the stream once it had read the whole file, and
    // every sheet after the first was silently lost.
    expect(await readSlowly(bytes)).toEqual({ 搬迁户: 3, 搬迁人口: 3, 填写说明: 3 });
  });

  it('reads every sheet when the sheets come first, as exceljs and Excel write them', async () => {
    const bytes = await workbookWithPartsOrdered((part) => (part.startsWith('xl/worksheets/') ? 0 : 1));
    expect(await readSlowly(bytes)).toEqual({ 搬迁户: 3, 搬迁人口: 3, 填写说明: 3 });
  });
});
