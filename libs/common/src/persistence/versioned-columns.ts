import { Column } from 'typeorm';

/**
 * Columns the history trigger maintains on every versioned table: since when this version is
 * current, and who wrote it. Never written by the application, never selected by default.
 */
export abstract class VersionedRecord {
  @Column({ type: 'tstzrange', insert: false, update: false, select: false, default: () => 'tstzrange(now(), NULL)' })
  protected sysPeriod?: string;

  @Column({ type: 'varchar', length: 50, insert: false, update: false, select: false, default: 'system' })
  protected writtenBy?: string;
}
