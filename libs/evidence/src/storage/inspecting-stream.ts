import { createHash } from 'node:crypto';
import { Transform, TransformCallback } from 'node:stream';
import { emptyFile, fileTooLarge, unreadableFile, unsupportedFileType } from '../evidence.errors';
import { describeContent, FileContent } from './file-content';
import { FileType, SNIFF_BYTES, sniffFileType } from './file-type';

/**
 * Passes an upload through while hashing it, counting it against the size limit and deciding
 * its type from the first bytes. It fails as soon as the file is too large or of the wrong
 * type, so a 2 GB text file named `.png` costs 8 bytes of disk, not 2 GB. At the end it decodes
 * the file's structure (kept in memory up to the size limit), so a file that merely starts with
 * a signature is refused too.
 */
export class InspectingStream extends Transform {
  private readonly hash = createHash('sha256');
  private readonly chunks: Buffer[] = [];
  private head = Buffer.alloc(0);
  private fileType: FileType | null = null;
  private decoded: FileContent | null = null;
  private bytes = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  get size(): number {
    return this.bytes;
  }

  get type(): FileType {
    if (!this.fileType) throw new Error('the upload has not been inspected to the end');
    return this.fileType;
  }

  get content(): FileContent {
    if (!this.decoded) throw new Error('the upload has not been inspected to the end');
    return this.decoded;
  }

  get sha256(): string {
    return this.hash.copy().digest('hex');
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) return done(fileTooLarge(this.maxBytes));
    if (!this.fileType && this.head.length < SNIFF_BYTES) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, SNIFF_BYTES - this.head.length)]);
      if (this.head.length === SNIFF_BYTES && !this.decideType()) return done(unsupportedFileType());
    }
    this.hash.update(chunk);
    this.chunks.push(chunk);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.bytes === 0) return done(emptyFile());
    if (!this.fileType && !this.decideType()) return done(unsupportedFileType());
    const type = this.type;
    describeContent(type, Buffer.concat(this.chunks)).then((content) => {
      this.chunks.length = 0;
      this.decoded = content;
      done(content ? null : unreadableFile(type));
    }, done);
  }

  private decideType(): boolean {
    this.fileType = sniffFileType(this.head);
    return this.fileType !== null;
  }
}
