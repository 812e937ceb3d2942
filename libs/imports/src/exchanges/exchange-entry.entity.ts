import { Column, Entity, PrimaryColumn } from 'typeorm';
import { registerLabelledEnum } from '@app/common';

export enum ExchangeOutcome {
  MATCHED = 'MATCHED',
  UNMATCHED = 'UNMATCHED',
  CONFLICTING = 'CONFLICTING',
  UNCHANGED = 'UNCHANGED',
}
export const EXCHANGE_OUTCOME_LABELS = registerLabelledEnum(ExchangeOutcome, 'ExchangeOutcome', '名单比对结果', {
  MATCHED: '已匹配，将更新',
  UNMATCHED: '未匹配（辖区内无此身份证号的在册人口）',
  CONFLICTING: '有冲突（系统中手工修改晚于名单日期的字段不更新）',
  UNCHANGED: '已匹配，无变化',
});

/** A change of one field: its value in the registry and in the roster (and, for a conflict, the manual edit's day). */
export interface FieldChange {
  from: unknown;
  to: unknown;
  editedOn?: string;
}

/**
 * One roster row as matched: the active person of that resident ID in the exchanger's
 * jurisdiction (none: UNMATCHED), the fields the commit writes (`changes`), and the fields it
 * leaves because a manual edit is newer than the roster (`conflicts`; the entry is CONFLICTING).
 */
@Entity('exchange_entry')
export class ExchangeEntry {
  @PrimaryColumn({ name: 'run_id', type: 'uuid' }) runId: string;
  @PrimaryColumn({ type: 'int' }) seq: number;
  @Column({ type: 'varchar', length: 100 }) sheet: string;
  @Column({ type: 'int' }) row: number;
  @Column({ name: 'id_number', type: 'varchar', length: 18 }) idNumber: string;
  @Column({ type: 'varchar', length: 50, nullable: true }) name: string | null;
  @Column({ type: 'varchar', length: 12 }) outcome: ExchangeOutcome;
  @Column({ name: 'person_id', type: 'uuid', nullable: true }) personId: string | null;
  /** The person's version when matched: a person edited since is not overwritten blindly. */
  @Column({ name: 'person_version', type: 'int', nullable: true }) personVersion: number | null;
  @Column({ type: 'jsonb', default: {} }) changes: Record<string, FieldChange>;
  @Column({ type: 'jsonb', default: {} }) conflicts: Record<string, FieldChange>;
}
