import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { HistoryEntry } from '@app/registry';
import { Evidence } from './evidence/evidence.entity';
import { EvidenceSubjectType } from './evidence/evidence.enums';
import { EvidenceHistoryService } from './evidence/evidence-history.service';
import { EvidenceService } from './evidence/evidence.service';
import { childrenLoader, PerRequestLoaders } from './loaders/per-request';
import { Claim } from './recognition/claim.enum';
import { RecognitionService } from './recognition/recognition.service';
import { SpotCheckItem } from './spot-checks/spot-check-item.entity';
import { SpotCheckService } from './spot-checks/spot-check.service';

export interface EvidenceLoaders {
  evidence: Record<EvidenceSubjectType, DataLoader<string, Evidence[]>>;
  unrecognizedClaims: Record<EvidenceSubjectType, DataLoader<string, Claim[]>>;
  history: DataLoader<string, HistoryEntry[]>;
  spotCheckItems: DataLoader<string, SpotCheckItem[]>;
}

const perSubjectType = <V>(make: (type: EvidenceSubjectType) => DataLoader<string, V>): Record<EvidenceSubjectType, DataLoader<string, V>> => ({
  [EvidenceSubjectType.SITE]: make(EvidenceSubjectType.SITE),
  [EvidenceSubjectType.HOUSEHOLD]: make(EvidenceSubjectType.HOUSEHOLD),
  [EvidenceSubjectType.PERSON]: make(EvidenceSubjectType.PERSON),
});

/**
 * Per-request batch loaders for the evidence fields of sites, households and persons, and for
 * the items of spot checks: a page of 50 households with their evidence costs one query, not
 * 50. Parents are already scoped.
 */
@Injectable()
export class EvidenceLoaderFactory extends PerRequestLoaders<EvidenceLoaders> {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly recognition: RecognitionService,
    private readonly histories: EvidenceHistoryService,
    private readonly spotChecks: SpotCheckService,
  ) {
    super();
  }

  protected create(): EvidenceLoaders {
    return {
      evidence: perSubjectType((type) => childrenLoader((ids) => this.evidence.bySubjects(type, ids), (row) => row.subjectId)),
      unrecognizedClaims: perSubjectType(
        (type) =>
          new DataLoader(async (ids) => {
            const bySubject = await this.recognition.unrecognizedOf(type, ids);
            return ids.map((id) => bySubject.get(id) ?? []);
          }),
      ),
      history: new DataLoader(async (ids) => {
        const byRecord = await this.histories.historyOf(ids);
        return ids.map((id) => byRecord.get(id) ?? []);
      }),
      spotCheckItems: childrenLoader((ids) => this.spotChecks.itemsOf(ids), (item) => item.spotCheckId),
    };
  }
}
