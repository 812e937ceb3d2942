import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export enum BulletinFormat {
  PDF = 'PDF',
  XLSX = 'XLSX',
}

/**
 * A built bulletin or workbook, kept so downloads are instant: one per month, division, format
 * and snapshot (a revised month is a new snapshot, so it gets new files and the old stay as
 * they were issued). Building holds an advisory lock on the same key, so two workers racing
 * for it build it once.
 */
@Entity('bulletin_file')
@Unique('bulletin_file_key', ['period', 'divisionCode', 'format', 'snapshotId'])
export class BulletinFile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 7 })
  period: string;

  @Column({ type: 'varchar', length: 6 })
  divisionCode: string;

  @Column({ type: 'varchar', length: 8 })
  format: BulletinFormat;

  @Column('uuid')
  snapshotId: string;

  /** Where the file lies in the bulletin store (a generated name, never reused). */
  @Column({ type: 'varchar', length: 200 })
  storageKey: string;

  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'int' })
  buildMs: number;

  @CreateDateColumn({ type: 'timestamptz' })
  builtAt: Date;
}
