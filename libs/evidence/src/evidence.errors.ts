import { badInput, DomainError, ErrorCode } from '@app/common';
import { ALLOWED_TYPES_TEXT, FileType } from './storage/file-type';

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/** Problems with an uploaded file, answered with the HTTP status REST clients expect. */
export const fileTooLarge = (maxBytes: number): DomainError =>
  badInput([{ field: 'file', reason: `is larger than the limit of ${megabytes(maxBytes)}` }], 413);

export const unsupportedFileType = (): DomainError =>
  badInput([{ field: 'file', reason: `is not a ${ALLOWED_TYPES_TEXT} file (decided by its content, not its name)` }], 415);

export const unreadableFile = (type: FileType): DomainError =>
  badInput([{ field: 'file', reason: `starts like a ${type.extension.slice(1).toUpperCase()} file but is not a readable one (damaged or incomplete)` }], 415);
export const emptyFile = (): DomainError => badInput([{ field: 'file', reason: 'is empty' }]);


/** Whether a scoped lookup found its record: NOT_FOUND means no (as for anything out of scope), other errors propagate. */
export const found = (lookup: Promise<unknown>): Promise<boolean> =>
  lookup.then(
    () => true,
    (error: unknown) => {
      if (error instanceof DomainError && error.code === ErrorCode.NOT_FOUND) return false;
      throw error;
    },
  );
