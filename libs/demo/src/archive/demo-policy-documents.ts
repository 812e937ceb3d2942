import { addDays, minutesAfter, officeTimestamp, workday } from '../dates';
import { Rng } from '../prng';
import { ArchiveFileRow, archiveFileRow } from './archive-files';
import { POLICY_DOCUMENTS } from './policy-documents';
import { policyDocumentPdf } from './policy-pdf';

/** A row of table `policy_document`. */
export interface PolicyDocumentRow {
  id: string;
  title: string;
  issuer: string;
  document_number: string | null;
  level: string;
  division_code: string | null;
  issued_on: string;
  created_by: string;
  created_at: string;
}

export interface PlannedPolicyDocuments {
  documents: PolicyDocumentRow[];
  files: ArchiveFileRow[];
  /** The bytes of each file, by file id. */
  contents: Map<string, Buffer>;
}

/**
 * The policy documents, filed by the region's administrator during the first weeks of the demo's
 * year (when the archive was gathered), each text the demo carries with its PDF uploaded minutes
 * after the entry. The PDFs are made here, from the committed text: a few hundred kilobytes each
 * that need not sit in the repository.
 */
export async function planPolicyDocuments(rng: Rng, filedBy: string, from: string): Promise<PlannedPolicyDocuments> {
  const documents: PolicyDocumentRow[] = [];
  const files: ArchiveFileRow[] = [];
  const contents = new Map<string, Buffer>();
  let day = workday(addDays(from, rng.int(10, 20)));
  for (const source of POLICY_DOCUMENTS) {
    const createdAt = officeTimestamp(rng, day);
    const document: PolicyDocumentRow = {
      id: rng.uuid(),
      title: source.title,
      issuer: source.issuer,
      document_number: source.documentNumber,
      level: source.level,
      division_code: source.divisionCode,
      issued_on: source.issuedOn,
      created_by: filedBy,
      created_at: createdAt,
    };
    documents.push(document);
    if (source.text !== null) {
      const bytes = await policyDocumentPdf({ title: source.title, issuer: source.issuer, documentNumber: source.documentNumber, issuedOn: source.issuedOn }, source.text);
      const uploadedAt = minutesAfter(createdAt, rng.int(2, 20));
      const file = archiveFileRow(
        { owner_type: 'POLICY_DOCUMENT', owner_id: document.id },
        { id: rng.uuid(), bytes, mimeType: 'application/pdf', originalName: `${source.documentNumber ?? source.title}.pdf` },
        filedBy,
        uploadedAt,
      );
      files.push(file);
      contents.set(file.id, bytes);
    }
    day = workday(addDays(day, rng.int(1, 4)));
  }
  return { documents, files, contents };
}
