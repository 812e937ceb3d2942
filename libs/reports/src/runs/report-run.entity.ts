import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeScalar } from '@app/common';

export enum ReportRunStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}

/** One request to build a month's report (by the scheduler or an administrator), to follow. */
@Entity('report_run')
@Index(['period', 'requestedAt'])
@ObjectType({ description: '月报生成任务' })
export class ReportRun {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 7 })
  @Field()
  period: string;

  @Column({ type: 'varchar', length: 12, default: ReportRunStatus.QUEUED })
  @Field({ description: 'QUEUED, RUNNING, COMPLETED or FAILED' })
  status: ReportRunStatus;

  @Column({ type: 'varchar', length: 50 })
  @Field()
  requestedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => DateTimeScalar)
  requestedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the run failed, or a note (e.g. the month was already reported)' })
  note: string | null;

  /** Set for a revision of a published month (reviseMonthlyReport): why it is revised. */
  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '修订原因; null for a first generation' })
  revisionReason: string | null;
}
