import { isUniqueViolation } from '@app/db';
import { EvidenceStorage } from './evidence-storage';
import { displayName, type MultipartUpload } from '@app/common';
import { ReceivedFile } from './file-intake';

/** What every stored-file row records about its file. */
export interface StoredFileFields {
  sha256: string;
  size: number;
  mimeType: string;
  storageKey: string;
  originalName: string;
}

export interface StoreOnce<T> {
  /** The row already holding this content for the same owner, if any. */
  existing(): Promise<T | null>;
  /** Writes the row for a file just published, in its own transaction. */
  insert(stored: StoredFileFields): Promise<T>;
  /** The unique constraint that makes the same content for the same owner one row. */
  sameContentConstraint: string;
}

/**
 * Stores a received file at most once per owner: the same content again answers the row that
 * holds it. Otherwise the file is published under a generated key and its row written; both
 * happen or neither (a row that fails to commit takes its file with it).
 */
export async function storeOnce<T>(storage: EvidenceStorage, upload: MultipartUpload<ReceivedFile>, how: StoreOnce<T>): Promise<{ row: T; created: boolean }> {
  const found = await how.existing();
  if (found) return { row: found, created: false };
  const { file } = upload;
  const storageKey = await storage.commit(file.staged, file.type.extension);
  try {
    const stored = { sha256: file.sha256, size: file.size, mimeType: file.type.mimeType, storageKey, originalName: displayName(upload.clientFileName) };
    return { row: await how.insert(stored), created: true };
  } catch (error) {
    await storage.remove(storageKey);
    // The same file sent twice at once: the other request stored it first.
    const winner = isUniqueViolation(error, how.sameContentConstraint) ? await how.existing() : null;
    if (winner) return { row: winner, created: false };
    throw error;
  }
}
