import { Transform, TransformCallback } from 'node:stream';
import { badInput, DomainError } from '@app/common';
import type { ImportFormat } from '../reading/sheet-reader';
import { readZipDirectory } from './zip-directory';

/** Enough of the end of a file to hold the central directory of any workbook we accept. */
const TAIL_BYTES = 256 * 1024;
/** A sheet decompresses to many times its size, but not to this: beyond it is a zip bomb. */
const MAX_RATIO = 200;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
const fileProblem = (reason: string, status?: number): DomainError => badInput([{ field: 'file', reason }], status);

/**
 * Passes an uploaded spreadsheet through while checking it, failing as soon as it cannot be one:
 * too large, neither a workbook (.xlsx, a zip) nor UTF-8 text (.csv); at the end, a workbook's
 * directory must be whole, name a workbook, and not decompress out of all proportion.
 */
export class ImportInspector extends Transform {
  private head = Buffer.alloc(0);
  private tail = Buffer.alloc(0);
  private bytes = 0;
  private decided: ImportFormat | null = null;
  private readonly text = new TextDecoder('utf-8', { fatal: true });

  constructor(
    private readonly maxBytes: number,
    private readonly maxUncompressedBytes: number,
  ) {
    super();
  }

  get format(): ImportFormat {
    if (!this.decided) throw new Error('the upload has not been inspected');
    return this.decided;
  }

  get size(): number {
    return this.bytes;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) return done(fileProblem(`超过大小上限 ${megabytes(this.maxBytes)}`, 413));
    if (!this.decided && this.head.length < ZIP_MAGIC.length) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, ZIP_MAGIC.length - this.head.length)]);
      if (this.head.length === ZIP_MAGIC.length) this.decided = this.head.equals(ZIP_MAGIC) ? 'XLSX' : 'CSV';
    }
    if (this.decided === 'CSV' || !this.decided) {
      const problem = this.checkText(chunk, false);
      if (problem) return done(problem);
    }
    this.tail = Buffer.concat([this.tail, chunk]);
    if (this.tail.length > TAIL_BYTES) this.tail = this.tail.subarray(this.tail.length - TAIL_BYTES);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.bytes === 0) return done(fileProblem('是空文件'));
    if (!this.decided) this.decided = 'CSV';
    if (this.decided === 'CSV') return done(this.checkText(Buffer.alloc(0), true));
    const directory = readZipDirectory(this.tail, this.bytes);
    if (!directory) return done(fileProblem('不是完整的 Excel 工作簿（.xlsx）：文件已损坏或不完整'));
    if (!directory.names.includes('xl/workbook.xml')) return done(fileProblem('不是 Excel 工作簿（.xlsx）：请用 Excel 或 WPS 另存为 .xlsx 后上传'));
    if (directory.uncompressedBytes > this.maxUncompressedBytes || directory.worstRatio > MAX_RATIO) {
      return done(fileProblem('解压后过大（疑似压缩炸弹），已拒收'));
    }
    done();
  }

  /** A CSV must be UTF-8 text: binary (NUL bytes) or another encoding is refused with what to do. */
  private checkText(chunk: Buffer, end: boolean): DomainError | null {
    if (chunk.includes(0)) return fileProblem('既不是 Excel 工作簿（.xlsx），也不是 CSV 文本文件（旧版 .xls 请在 Excel 或 WPS 中另存为 .xlsx）');
    try {
      this.text.decode(chunk, { stream: !end });
      return null;
    } catch {
      return fileProblem('CSV 文件须为 UTF-8 编码：请在 Excel 中“另存为 CSV UTF-8（逗号分隔）”');
    }
  }
}
