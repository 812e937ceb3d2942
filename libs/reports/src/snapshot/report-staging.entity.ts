import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A city's part of a report being built, written by that city's child job. Invisible to
 * readers; the finishing job turns all parts into the snapshot and deletes them.
 */
@Entity('report_staging')
export class ReportStagingRow {
  @PrimaryColumn({ type: 'varchar', length: 7 })
  period: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  unitCode: string;

  /** An indicator key, or a monthly count (DECEASED, ADDED). */
  @PrimaryColumn({ type: 'varchar', length: 40 })
  measure: string;

  @Column({ type: 'varchar', length: 6 })
  partCity: string;

  @Column({ type: 'varchar', length: 8 })
  level: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  parentCode: string | null;

  @Column({ type: 'varchar', length: 6, nullable: true })
  cityCode: string | null;

  @Column({ type: 'varchar', length: 6, nullable: true })
  countyCode: string | null;

  @Column({ type: 'float8' })
  numerator: number;

  @Column({ type: 'float8' })
  denominator: number;
}
