import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import { In, Repository } from 'typeorm';
import { badInput, forbidden, notFound } from '@app/common';
import { AuditedTransaction } from '@app/db';
import { Viewer } from '@app/access';
import { UNIT_LEVEL_LABELS, UUID_PATTERN } from '@app/registry';
import { EvidenceStorage } from '../storage/evidence-storage';
import { EvidenceSubjectType } from './evidence.enums';
import { Evidence } from './evidence.entity';
import { EvidenceSubjects } from './evidence-subjects';
import { outranks, tierOf } from './tier';

/** Evidence files as the caller may see them, and their review. */
@Injectable()
export class EvidenceService {
  constructor(
    @InjectRepository(Evidence) private readonly evidence: Repository<Evidence>,
    private readonly subjects: EvidenceSubjects,
    private readonly storage: EvidenceStorage,
    private readonly tx: AuditedTransaction,
  ) {}

  /** A file whose subject the caller may see; NOT_FOUND otherwise, as if it did not exist. */
  async findVisible(viewer: Viewer, id: string): Promise<Evidence> {
    const evidence = UUID_PATTERN.test(id) ? await this.evidence.findOne({ where: { id } }) : null;
    if (!evidence || !(await this.subjects.isVisible(viewer, evidence.subjectType, evidence.subjectId))) throw notFound('Evidence', id);
    return evidence;
  }

  async openFile(viewer: Viewer, id: string): Promise<{ evidence: Evidence; content: Readable }> {
    const evidence = await this.findVisible(viewer, id);
    return { evidence, content: await this.storage.open(evidence.storageKey) };
  }

  /** Files of subjects the caller has already been allowed to see (DataLoader batch), oldest first. */
  bySubjects(type: EvidenceSubjectType, ids: readonly string[]): Promise<Evidence[]> {
    return this.evidence.find({ where: { subjectType: type, subjectId: In([...ids]) }, order: { uploadedAt: 'ASC', id: 'ASC' } });
  }

  /**
   * 不予认定: a reviewer at a higher tier than the uploader declares that the file does not back
   * its claim. The row is updated, never deleted, so its history keeps who did it and when, and
   * recognition as of any earlier instant still sees the file.
   */
  async reject(viewer: Viewer, id: string, reason: string): Promise<Evidence> {
    const visible = await this.findVisible(viewer, id);
    if (!outranks(tierOf(viewer), visible.uploaderLevel)) {
      throw forbidden(`Only a reviewer above the uploader's tier (${UNIT_LEVEL_LABELS[visible.uploaderLevel]}) may reject this file`);
    }
    return this.tx.run(viewer.username, async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(Evidence)
        .set({ rejectedAt: () => 'now()', rejectedBy: viewer.username, rejectionReason: reason.trim() })
        .where('id = :id AND rejected_at IS NULL', { id: visible.id })
        .execute();
      const current = await manager.getRepository(Evidence).findOneByOrFail({ id: visible.id });
      if (result.affected === 0) throw badInput([{ field: 'id', reason: `was already rejected by ${current.rejectedBy}` }]);
      return current;
    });
  }
}
