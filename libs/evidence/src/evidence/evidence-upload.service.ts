import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { badInput, MultipartUpload } from '@app/common';
import { AuditedTransaction } from '@app/db';
import { Viewer } from '@app/access';
import { assertWritesRecords } from '@app/registry';
import { ClaimRuleService } from '../recognition/claim-rule.service';
import { EvidenceStorage } from '../storage/evidence-storage';
import { FileIntake, ReceivedFile } from '../storage/file-intake';
import { storeOnce, StoredFileFields } from '../storage/store-once';
import { UploadEvidenceInput } from './dtos/upload-evidence.input';
import { Evidence } from './evidence.entity';
import { EvidenceSubjects } from './evidence-subjects';
import { tierOf } from './tier';

const SAME_CONTENT_CONSTRAINT = 'evidence_subject_kind_sha256_key';

export interface UploadOutcome {
  evidence: Evidence;
  /** False when the same content was already there for this subject and kind. */
  created: boolean;
}

/** Turns a received upload into an evidence file, or leaves no trace of it. */
@Injectable()
export class EvidenceUploadService {
  constructor(
    @InjectRepository(Evidence) private readonly evidence: Repository<Evidence>,
    private readonly subjects: EvidenceSubjects,
    private readonly rules: ClaimRuleService,
    private readonly intake: FileIntake,
    private readonly storage: EvidenceStorage,
    private readonly tx: AuditedTransaction,
  ) {}

  /** Checked before the body is read: data entry belongs to the county and site (SPEC §8). */
  assertMayUpload(viewer: Viewer): void {
    assertWritesRecords(viewer);
  }

  upload(viewer: Viewer, upload: MultipartUpload<ReceivedFile>): Promise<UploadOutcome> {
    return this.intake.consume(upload, UploadEvidenceInput, async (input, file) => {
      await this.subjects.assertVisible(viewer, input.subjectType, input.subjectId);
      await this.assertKindFitsSubject(input);
      const { row, created } = await storeOnce(this.storage, upload, {
        existing: () => this.evidence.findOne({ where: { subjectType: input.subjectType, subjectId: input.subjectId, kind: input.kind, sha256: file.sha256 } }),
        insert: (stored) => this.insert(viewer, input, stored),
        sameContentConstraint: SAME_CONTENT_CONSTRAINT,
      });
      return { evidence: row, created };
    });
  }

  private async insert(viewer: Viewer, input: UploadEvidenceInput, stored: StoredFileFields): Promise<Evidence> {
    const { id } = await this.tx.run(viewer.username, (manager) =>
      manager.getRepository(Evidence).save(
        manager.getRepository(Evidence).create({ ...input, ...stored, uploadedBy: viewer.username, uploaderLevel: tierOf(viewer) }),
      ),
    );
    return this.evidence.findOneByOrFail({ id });
  }

  private async assertKindFitsSubject(input: UploadEvidenceInput): Promise<void> {
    const backs = await this.rules.subjectTypesBackedBy(input.kind);
    if (backs.length > 0 && !backs.includes(input.subjectType)) {
      throw badInput([{ field: 'kind', reason: `backs claims about a ${backs.join(' or ')}, not a ${input.subjectType}` }]);
    }
  }
}
