import { PassThrough } from 'node:stream';
import { forbidden } from '@app/common';
import { readDataRows } from './data-rows';

const csv = (text: string) => {
  const content = new PassThrough();
  content.end(Buffer.from(text, 'utf8'));
  return content;
};
const headerFirst = (_sheet: string, rowNumber: number) => ({ layout: rowNumber === 1 ? 'layout' : null, problems: [] });

describe('reading the data rows of an uploaded file', () => {
  it('reports a file the reader cannot read as a problem of the file', async () => {
    const broken = new PassThrough();
    broken.end(Buffer.from('PK\u0003\u0004 not a workbook'));
    const problems = await readDataRows(broken, 'XLSX', { maxRows: 10, recognise: headerFirst, take: async () => undefined });
    expect(problems).toEqual([expect.objectContaining({ row: null, reason: expect.stringContaining('文件无法读取') })]);
  });

  it('lets a failure of the caller’s own work on a row through, so the job is retried rather than the file blamed', async () => {
    const lost = new Error('Connection terminated unexpectedly');
    const read = readDataRows(csv('户编码\nH1\n'), 'CSV', { maxRows: 10, recognise: headerFirst, take: () => Promise.reject(lost) });
    await expect(read).rejects.toBe(lost);
  });

  it('lets the caller’s own refusal through as it was raised', async () => {
    const refusal = forbidden('无权导入');
    const read = readDataRows(csv('户编码\nH1\n'), 'CSV', { maxRows: 10, recognise: headerFirst, take: () => Promise.reject(refusal) });
    await expect(read).rejects.toBe(refusal);
  });
});
