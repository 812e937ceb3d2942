import { Field, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { EvidenceKind, EvidenceSubjectType } from '../evidence/evidence.enums';
import { Claim } from './claim.enum';

/**
 * The one place that says which evidence recognises which claim, and when a claim counts as
 * made (ARCHITECTURE decision 3). The claim-status views are generated from these rows by
 * `refresh_claim_status_views()`, which a trigger runs whenever the rows change.
 */
@Entity('claim_rule')
// The view generators know how to reach a site from these subjects; persons carry no claim yet.
@Check('claim_rule_subject_type_check', `subject_type IN ('SITE', 'HOUSEHOLD')`)
@ObjectType({ description: '认定规则：上报事项需哪类佐证材料' })
export class ClaimRule {
  @PrimaryColumn({ type: 'enum', enum: Claim, enumName: 'claim' })
  @Field(() => Claim)
  claim: Claim;

  @Column({ type: 'enum', enum: EvidenceSubjectType, enumName: 'evidence_subject_type' })
  @Field(() => EvidenceSubjectType)
  subjectType: EvidenceSubjectType;

  @Column({ type: 'enum', enum: EvidenceKind, enumName: 'evidence_kind' })
  @Field(() => EvidenceKind, { description: 'The evidence kind that recognises the claim' })
  evidenceKind: EvidenceKind;

  /** A boolean SQL expression over the subject's columns (e.g. `actually_resident`): the claim is made. */
  @Column({ type: 'text' })
  @Field({ description: 'When the claim counts as made: an SQL condition on the reported values' })
  madeWhen: string;
}
