import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { EvidenceKind, EvidenceSubjectType } from '../evidence/evidence.enums';
import { ClaimRule } from './claim-rule.entity';

/** Reads the claim rules; they are edited in the database (a trigger regenerates the views). */
@Injectable()
export class ClaimRuleService {
  constructor(@InjectRepository(ClaimRule) private readonly rules: Repository<ClaimRule>) {}

  all(): Promise<ClaimRule[]> {
    return this.rules.find({ order: { claim: 'ASC' } });
  }

  /** The subject types a kind backs claims about; empty for kinds that back none (photos, other). */
  async subjectTypesBackedBy(kind: EvidenceKind): Promise<EvidenceSubjectType[]> {
    const rules = await this.rules.find({ where: { evidenceKind: kind } });
    return [...new Set(rules.map((rule) => rule.subjectType))];
  }
}
