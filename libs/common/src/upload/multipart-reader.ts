import busboy, { Busboy, FileInfo } from 'busboy';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { badInput, DomainError } from '../errors/domain-error';

const FILE_FIELD = 'file';
const LIMITS = { files: 1, fields: 10, parts: 11, fieldNameSize: 50, fieldSize: 500 };

export interface FileReceiver<T> {
  /** Consumes the file part as it streams in; rejects to abort the whole upload. */
  receive(content: Readable): Promise<T>;
  /** Undoes `receive` when something else about the request turns out to be wrong. */
  release(file: T): Promise<void>;
}

export interface MultipartUpload<T> {
  fields: Record<string, string>;
  file: T;
  /** The client's name for the file: a label for display, never a path. */
  clientFileName: string | undefined;
}

export interface UploadTimeouts {
  /** Longest silence between two chunks of the body. */
  idleMs: number;
  /** Longest time the whole body may take, however steadily it trickles in. */
  deadlineMs: number;
}

/** The multipart body carried no part named `file`. */
export const missingFile = (): DomainError => badInput([{ field: FILE_FIELD, reason: 'is required: send it as the multipart part named "file"' }]);
const malformed = () => badInput([{ field: FILE_FIELD, reason: 'the multipart body is malformed or ends before its closing boundary' }]);
const interrupted = () => badInput([{ field: FILE_FIELD, reason: 'the upload was interrupted before its end' }]);
const timedOut = (why: string) => badInput([{ field: FILE_FIELD, reason: why }], 408);

/**
 * Shared by every upload route (evidence, archive files, imports), so they share its limits.
 *
 * Reads a multipart/form-data request with exactly one part named `file` plus text fields,
 * handing the file to `receiver` as it streams (nothing is buffered whole). Every way the body
 * can go wrong — malformed or truncated, the client gone, silent for too long, too slow overall —
 * rejects this promise with a client error instead of escaping as an unhandled stream error,
 * and destroys the file part, so the receiver's staged bytes are removed. A body that stalled
 * or dragged on is not read further: its connection is closed once the answer is sent.
 */
export function readMultipart<T>(request: IncomingMessage & { res?: ServerResponse }, receiver: FileReceiver<T>, timeouts: UploadTimeouts): Promise<MultipartUpload<T>> {
  return new Promise((resolve, reject) => {
    let parser: Busboy;
    try {
      parser = busboy({ headers: request.headers, limits: LIMITS, defParamCharset: 'utf8' });
    } catch {
      reject(badInput([{ field: FILE_FIELD, reason: 'must be sent as multipart/form-data' }]));
      return;
    }
    const fields: Record<string, string> = {};
    let clientFileName: string | undefined;
    let fileStream: Readable | undefined;
    let receiving: Promise<T> | undefined;
    let settled = false;
    let sourceFailed = false;
    // What the receiver rejects with: its own verdict, or the body's fault when the source broke.
    const receiverError = (error: unknown) => (error instanceof DomainError || !sourceFailed ? error : malformed());

    const stopWatching = () => {
      clearTimeout(deadline);
      request.setTimeout(0);
      request.off('timeout', onIdle);
      request.off('aborted', onAborted);
      request.off('close', onClose);
    };
    const fail = (error: unknown, { closeConnection = false } = {}) => {
      if (settled) return;
      settled = true;
      stopWatching();
      request.unpipe(parser);
      // The receiver sees the failure as its source erroring, and removes what it staged.
      fileStream?.destroy(error instanceof Error ? error : undefined);
      void receiving?.then((file) => receiver.release(file), () => undefined);
      if (closeConnection) request.res?.once('finish', () => request.destroy());
      else request.resume(); // drain the rest unread, so the answer reaches a client still sending
      reject(error);
    };

    const onIdle = () => fail(timedOut(`sent nothing for ${timeouts.idleMs / 1000} s: the upload was stopped`), { closeConnection: true });
    const onAborted = () => fail(interrupted());
    const onClose = () => {
      if (!request.complete) fail(interrupted());
    };
    const deadline = setTimeout(
      () => fail(timedOut(`took longer than ${timeouts.deadlineMs / 1000} s: the upload was stopped`), { closeConnection: true }),
      timeouts.deadlineMs,
    );
    // Inactivity of the socket: any byte received restarts it. Handled on the request, so the
    // server does not just drop the socket without an answer.
    request.setTimeout(timeouts.idleMs, onIdle);
    request.on('aborted', onAborted);
    request.on('close', onClose);

    const tooMany = (what: string) => () => fail(badInput([{ field: FILE_FIELD, reason: `the upload has too many ${what}` }]));
    parser.on('field', (name, value, info) => {
      if (info.nameTruncated || info.valueTruncated) fail(badInput([{ field: name, reason: 'is too long' }]));
      else fields[name] = value;
    });
    parser.on('file', (name: string, content: Readable, info: FileInfo) => {
      // Busboy errors a truncated part's stream: listen at once, before the receiver is ready to.
      // A DomainError here is the receiver's own verdict, passed back up its pipeline.
      content.on('error', (error) => {
        if (error instanceof DomainError) return fail(error);
        sourceFailed = true;
        fail(malformed());
      });
      if (name !== FILE_FIELD || receiving) {
        content.resume();
        fail(badInput([{ field: name, reason: `is not expected: send one file, in the part named "${FILE_FIELD}"` }]));
        return;
      }
      clientFileName = info.filename;
      fileStream = content;
      receiving = receiver.receive(content);
      receiving.catch((error: unknown) => fail(receiverError(error)));
    });
    parser.on('filesLimit', tooMany('files'));
    parser.on('fieldsLimit', tooMany('fields'));
    parser.on('partsLimit', tooMany('parts'));
    parser.on('error', () => fail(malformed()));
    parser.on('close', () => {
      if (settled) return;
      if (!receiving) return fail(missingFile());
      receiving.then(
        (file) => {
          if (settled) return void receiver.release(file);
          settled = true;
          stopWatching();
          resolve({ fields, file, clientFileName });
        },
        (error: unknown) => fail(receiverError(error)),
      );
    });
    request.pipe(parser);
  });
}
