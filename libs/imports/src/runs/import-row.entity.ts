import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum ImportRowKind {
  HOUSEHOLD = 'HOUSEHOLD',
  PERSON = 'PERSON',
}

/**
 * A validated row waiting for the commit: the registry input it becomes, and whether it creates
 * a record or updates the one it matched. Persons follow their households (ordered by `seq`).
 */
@Entity('import_row')
export class ImportRow {
  @PrimaryColumn({ name: 'run_id', type: 'uuid' }) runId: string;
  @PrimaryColumn({ type: 'int' }) seq: number;
  @Column({ type: 'varchar', length: 100 }) sheet: string;
  @Column({ type: 'int' }) row: number;
  @Column({ type: 'varchar', length: 10 }) kind: ImportRowKind;
  /** The household or person it updates; null when it creates one. */
  @Column({ name: 'target_id', type: 'uuid', nullable: true }) targetId: string | null;
  /** For a person: the code of their household (created earlier in the same commit, or existing). */
  @Column({ name: 'household_code', type: 'varchar', length: 32, nullable: true }) householdCode: string | null;
  @Column({ type: 'jsonb' }) input: Record<string, unknown>;
}
