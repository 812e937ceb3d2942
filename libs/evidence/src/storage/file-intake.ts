import { Injectable, Type } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppConfig, GraphQLValidationPipe, MultipartUpload, readMultipart } from '@app/common';
import type { FileContent } from './file-content';
import { EvidenceStorage, StagedFile } from './evidence-storage';
import { FileType } from './file-type';
import { InspectingStream } from './inspecting-stream';

/** An upload received in full and checked, waiting in staging to be committed or discarded. */
export interface ReceivedFile {
  staged: StagedFile;
  sha256: string;
  size: number;
  type: FileType;
  content: FileContent;
}

/** Streams an upload into staging, checking size and type on the way (nothing is buffered whole). */
@Injectable()
export class FileIntake {
  private readonly validation = new GraphQLValidationPipe();

  constructor(
    private readonly storage: EvidenceStorage,
    private readonly config: AppConfig,
  ) {}

  /**
   * Reads a multipart upload request with its file streamed into staging; any problem with the
   * body (malformed, truncated, interrupted, idle or too slow) is a client error that leaves
   * nothing staged.
   */
  read(request: IncomingMessage): Promise<MultipartUpload<ReceivedFile>> {
    return readMultipart(request, this, { idleMs: this.config.UPLOAD_IDLE_TIMEOUT_MS, deadlineMs: this.config.UPLOAD_DEADLINE_MS });
  }

  /** Receives a whole file; on any failure the staged bytes are gone before it rejects. */
  async receive(content: Readable): Promise<ReceivedFile> {
    const { staged, sink } = await this.storage.stage();
    const inspector = new InspectingStream(this.config.EVIDENCE_MAX_BYTES);
    try {
      await pipeline(content, inspector, sink);
    } catch (error) {
      await this.storage.discard(staged);
      throw error;
    }
    return { staged, sha256: inspector.sha256, size: inspector.size, type: inspector.type, content: inspector.content };
  }

  release(file: ReceivedFile): Promise<void> {
    return this.storage.discard(file.staged);
  }

  /**
   * Validates an upload's text fields like a GraphQL input (BAD_USER_INPUT with the fields),
   * hands them and the file to `store`, and then releases the staged file, so nothing stays in
   * staging whether `store` committed it, refused it or failed.
   */
  async consume<I extends object, R>(upload: MultipartUpload<ReceivedFile>, fields: Type<I>, store: (input: I, file: ReceivedFile) => Promise<R>): Promise<R> {
    try {
      const input = (await this.validation.transform(upload.fields, { type: 'body', metatype: fields })) as I;
      return await store(input, upload.file);
    } finally {
      await this.release(upload.file);
    }
  }
}
