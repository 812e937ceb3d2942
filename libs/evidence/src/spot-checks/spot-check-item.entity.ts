import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeScalar, JSONScalar, PersonalData, PersonalDataField } from '@app/common';
import { Site } from '@app/registry';
import { EvidenceSubjectType } from '../evidence/evidence.enums';
import { SpotCheckOutcome } from './spot-check.enums';
import { SpotCheck } from './spot-check.entity';

/** One sampled site or household, and what the checker found. */
@Entity('spot_check_item')
@Index('spot_check_item_subject_key', ['spotCheckId', 'subjectType', 'subjectId'], { unique: true })
@ObjectType({ description: '抽查样本' })
export class SpotCheckItem {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column('uuid')
  spotCheckId: string;

  @ManyToOne(() => SpotCheck, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'spot_check_id' })
  protected spotCheckRef?: SpotCheck;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Order in the sample: sites first, then households' })
  position: number;

  @Column({ type: 'enum', enum: EvidenceSubjectType, enumName: 'evidence_subject_type' })
  @Field(() => EvidenceSubjectType)
  subjectType: EvidenceSubjectType;

  @Column('uuid')
  @Field(() => ID)
  subjectId: string;

  /** The subject's site when drawn: discrepancy rates roll up by it. */
  @Index()
  @Column('uuid')
  siteId: string;

  @ManyToOne(() => Site, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'site_id' })
  protected siteRef?: Site;

  @Column({ type: 'enum', enum: SpotCheckOutcome, enumName: 'spot_check_outcome', nullable: true })
  @Field(() => SpotCheckOutcome, { nullable: true, description: 'Null until the checker records a result' })
  outcome: SpotCheckOutcome | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  notes: string | null;

  @Column({ type: 'jsonb', nullable: true })
  @PersonalDataField(PersonalData.RECORD_VALUES, () => JSONScalar, { nullable: true, description: 'The corrected values, as applied to the record (personal numbers masked without the right to see them)' })
  corrections: Record<string, unknown> | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Version of the record after the corrections' })
  correctedVersion: number | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  @Field(() => String, { nullable: true })
  recordedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  recordedAt: Date | null;
}
