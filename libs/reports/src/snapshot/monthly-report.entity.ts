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

  @Column('uuid')
  runId: string;
}
