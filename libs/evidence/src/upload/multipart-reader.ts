import busboy, { Busboy, FileInfo } from 'busboy';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { badInput } from '@app/common';
import { missingFile } from '../evidence.errors';

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

/**
 * Reads a multipart/form-data request with exactly one part named `file` plus text fields,
 * handing the file to `receiver` as it streams (nothing is buffered whole). On the first
 * problem it answers at once: the rest of the body is drained unread and whatever the receiver
 * kept is released, so a failed upload leaves nothing behind.
 */
export function readMultipart<T>(request: IncomingMessage, receiver: FileReceiver<T>): Promise<MultipartUpload<T>> {
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
    let receiving: Promise<T> | undefined;
    let failed = false;

    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      request.unpipe(parser);
      request.resume();
      void receiving?.then((file) => receiver.release(file), () => undefined);
      reject(error);
    };
    const tooMany = (what: string) => () => fail(badInput([{ field: FILE_FIELD, reason: `the upload has too many ${what}` }]));

    parser.on('field', (name, value, info) => {
      if (info.nameTruncated || info.valueTruncated) fail(badInput([{ field: name, reason: 'is too long' }]));
      else fields[name] = value;
    });
    parser.on('file', (name: string, content: Readable, info: FileInfo) => {
      if (name !== FILE_FIELD || receiving) {
        content.resume();
        fail(badInput([{ field: name, reason: `is not expected: send one file, in the part named "${FILE_FIELD}"` }]));
        return;
      }
      clientFileName = info.filename;
      receiving = receiver.receive(content);
      receiving.catch(fail);
    });
    parser.on('filesLimit', tooMany('files'));
    parser.on('fieldsLimit', tooMany('fields'));
    parser.on('partsLimit', tooMany('parts'));
    parser.on('error', () => fail(badInput([{ field: FILE_FIELD, reason: 'the multipart body is malformed or incomplete' }])));
    request.on('aborted', () => fail(badInput([{ field: FILE_FIELD, reason: 'the upload was interrupted before its end' }])));
    parser.on('close', () => {
      if (failed) return;
      if (!receiving) return fail(missingFile());
      receiving.then((file) => (failed ? receiver.release(file) : resolve({ fields, file, clientFileName })), fail);
    });
    request.pipe(parser);
  });
}
