import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeScalar } from '@app/common';
import { CertificationStatus } from './certification.enums';

/**
 * A unit's confirmation of a month's data (数据确认), as it stands: the last confirmation, and
 * whether a higher tier returned it since. Every step is also kept in `month_certification_step`.
 * No row: the unit has not confirmed the month.
 */
@Entity('month_certification')
@ObjectType('Certification', { description: '单位对某月数据的确认（信息录入更新责任机制）' })
export class MonthCertification {
  @PrimaryColumn({ type: 'varchar', length: 7 })
  @Field({ description: '月份 YYYY-MM' })
  period: string;

  @PrimaryColumn({ name: 'division_code', type: 'varchar', length: 6 })
  @Field(() => ID)
  divisionCode: string;

  @Column({ type: 'enum', enum: CertificationStatus, enumName: 'certification_status' })
  @Field(() => CertificationStatus)
  status: CertificationStatus;

  @Column({ name: 'certified_by', type: 'varchar', length: 50, nullable: true })
  @Field(() => String, { nullable: true, description: '确认人' })
  certifiedBy: string | null;

  @Column({ name: 'certified_at', type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: '确认时间' })
  certifiedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: '确认说明' })
  note: string | null;

  @Column({ name: 'returned_by', type: 'varchar', length: 50, nullable: true })
  @Field(() => String, { nullable: true, description: '退回人' })
  returnedBy: string | null;

  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: '退回时间' })
  returnedAt: Date | null;

  @Column({ name: 'return_reason', type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: '退回原因' })
  returnReason: string | null;
}

/** One step of the sign-off: who confirmed or returned which unit's month, when, and why. */
@Entity('month_certification_step')
export class MonthCertificationStep {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 7 })
  period: string;

  @Column({ name: 'division_code', type: 'varchar', length: 6 })
  divisionCode: string;

  @Column({ type: 'varchar', length: 10 })
  action: string;

  @Column({ type: 'varchar', length: 50 })
  actor: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;
}
