import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An administrator's weight for one indicator in the composite score, from `changedAt` on. The
 * weights are read from this log alone: the latest change of each indicator is its weight now,
 * the latest before a month's end is the weight that month is weighed with.
 */
@Entity('indicator_weight_change')
export class IndicatorWeightChange {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 40 })
  key: string;

  @Column({ type: 'numeric', precision: 6, scale: 3 })
  weight: string;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;

  @Column({ name: 'changed_by', type: 'varchar', length: 50 })
  changedBy: string;
}
