import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeScalar, numericTransformer } from '@app/common';
import { Household } from '@app/registry';
import { RedlineRule } from '../rules/redline-rule.enum';
import { ViolationStatus } from './violation-status.enum';

/**
 * A household crossing one red line, from detection until the data no longer crosses it.
 * At most one OPEN violation per household and rule (a partial unique index), so detecting
 * the same crossing again — on the next write or the monthly scan — never opens it twice.
 */
@Entity('redline_violation')
@Index('redline_violation_open_key', ['householdId', 'rule'], { unique: true, where: `status = 'OPEN'` })
@ObjectType({ description: '政策红线预警：某户触及某条红线，从发现到数据更正后解除' })
export class RedlineViolation {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Index()
  @Column('uuid')
  householdId: string;

  /** Always loaded with the violation: every query joins it for scoping anyway. */
  @ManyToOne(() => Household, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id' })
  @Field(() => Household)
  household: Household;

  @Column({ type: 'enum', enum: RedlineRule, enumName: 'redline_rule' })
  @Field(() => RedlineRule)
  rule: RedlineRule;

  @Column({ type: 'enum', enum: ViolationStatus, enumName: 'violation_status', default: ViolationStatus.OPEN })
  @Field(() => ViolationStatus)
  status: ViolationStatus;

  /** Kept current while open: a later write or scan that still finds the crossing updates it. */
  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: numericTransformer })
  @Field(() => Float, { description: '计算值（单位见规则）' })
  value: number;

  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: numericTransformer })
  @Field(() => Float, { description: '红线阈值' })
  threshold: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  @Field(() => DateTimeScalar)
  detectedAt: Date;

  @Column({ type: 'varchar', length: 50 })
  @Field({ description: 'Whose write (username) or which scan found it' })
  detectedBy: string;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  @Field(() => String, { nullable: true, description: 'Whose correction (username) or which scan resolved it' })
  resolvedBy: string | null;
}
