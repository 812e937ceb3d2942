import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import { In, Repository } from 'typeorm';
import { forbidden, MultipartUpload, notFound } from '@app/common';
import { AuditedTransaction } from '@app/db';
import { Role, Viewer } from '@app/access';
import { UUID_PATTERN } from '@app/registry';
import { EvidenceStorage } from '../storage/evidence-storage';
import { FileIntake, ReceivedFile } from '../storage/file-intake';
import { storeOnce } from '../storage/store-once';
import { ArchiveFileOwner } from './archive.enums';
import { ArchiveOwners } from './archive-owners';
import { ArchiveFile } from './archive-file.entity';
import { UploadArchiveFileInput } from './dtos/upload-archive-file.input';

/** Scans of policy documents, photos of progress reports and of work news, kept by the evidence storage. */
@Injectable()
export class ArchiveFileService {
  constructor(
    @InjectRepository(ArchiveFile) private readonly files: Repository<ArchiveFile>,
    private readonly owners: ArchiveOwners,
    private readonly intake: FileIntake,
    private readonly storage: EvidenceStorage,
    private readonly tx: AuditedTransaction,
  ) {}

  /** Checked before the body is read: which owners a caller may add to is decided once it is known. */
  assertMayUpload(viewer: Viewer): void {
    if (viewer.role === Role.SPOT_CHECKER) throw forbidden('Spot checkers do not add files to the archive');
  }

  upload(viewer: Viewer, upload: MultipartUpload<ReceivedFile>): Promise<{ file: ArchiveFile; created: boolean }> {
    return this.intake.consume(upload, UploadArchiveFileInput, async (input, file) => {
      await this.owners.of(input.ownerType).assertMayAttach(viewer, input.ownerId);
      const { row, created } = await storeOnce(this.storage, upload, {
        existing: () => this.files.findOne({ where: { ownerType: input.ownerType, ownerId: input.ownerId, sha256: file.sha256 } }),
        insert: (stored) =>
          this.tx.run(viewer.username, (manager) =>
            manager.getRepository(ArchiveFile).save(manager.getRepository(ArchiveFile).create({ ...input, ...stored, uploadedBy: viewer.username })),
          ),
        sameContentConstraint: 'archive_file_owner_sha256_key',
      });
      return { file: row, created };
    });
  }

  async openFile(viewer: Viewer, id: string): Promise<{ file: ArchiveFile; content: Readable }> {
    const file = UUID_PATTERN.test(id) ? await this.files.findOne({ where: { id } }) : null;
    if (!file || !(await this.owners.of(file.ownerType).isVisible(viewer, file.ownerId))) throw notFound('ArchiveFile', id);
    return { file, content: await this.storage.open(file.storageKey) };
  }

  /** Files of owners the caller has already been allowed to see (DataLoader batch), oldest first. */
  byOwners(type: ArchiveFileOwner, ids: readonly string[]): Promise<ArchiveFile[]> {
    return this.files.find({ where: { ownerType: type, ownerId: In([...ids]) }, order: { uploadedAt: 'ASC', id: 'ASC' } });
  }
}
