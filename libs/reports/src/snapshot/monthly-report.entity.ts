import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The header of a month's immutable snapshot. Its rows become visible together with it, in the
 * one transaction that finishes the report: a report either exists whole or not at all.
 */
@Entity('monthly_report')
export class MonthlyReportHeader {
  @PrimaryColumn({ type: 'varchar', length: 7 })
  period: string;

  @Column({ type: 'timestamptz' })
  generatedAt: Date;

  /** The instant the figures describe: the last moment of the month (Asia/Shanghai). */
  @Column({ type: 'timestamptz' })
  asOf: Date;

  /** The run that published the current snapshot: the snapshot's id (a revision publishes a new one). */
  @Column('uuid')
  runId: string;

  /** 0 for the original snapshot; each revision adds one (see ReportRevision). */
  @Column({ type: 'int', default: 0 })
  revision: number;
}
