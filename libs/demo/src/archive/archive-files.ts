import { createHash } from 'node:crypto';

/** A row of table `archive_file`: a policy document's scan or a progress report's photo. */
export interface ArchiveFileRow {
  id: string;
  owner_type: 'POLICY_DOCUMENT' | 'SHORTFALL_PROGRESS_REPORT';
  owner_id: string;
  sha256: string;
  size: number;
  mime_type: 'application/pdf' | 'image/png';
  storage_key: string;
  original_name: string;
  uploaded_by: string;
  uploaded_at: string;
}

/** The row of a file uploaded at `at` (an ISO instant in +08:00), stored like any upload: by month, under its id. */
export function archiveFileRow(
  owner: Pick<ArchiveFileRow, 'owner_type' | 'owner_id'>,
  file: { id: string; bytes: Buffer; mimeType: ArchiveFileRow['mime_type']; originalName: string },
  uploadedBy: string,
  at: string,
): ArchiveFileRow {
  const extension = file.mimeType === 'application/pdf' ? 'pdf' : 'png';
  return {
    id: file.id,
    ...owner,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
    size: file.bytes.length,
    mime_type: file.mimeType,
    storage_key: `${at.slice(0, 4)}/${at.slice(5, 7)}/${file.id}.${extension}`,
    original_name: file.originalName,
    uploaded_by: uploadedBy,
    uploaded_at: at,
  };
}
