import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An administrator's weight for one indicator in the composite score, overriding the catalog default. */
@Entity('indicator_weight')
export class IndicatorWeight {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  key: string;

  @Column({ type: 'numeric', precision: 6, scale: 3 })
  weight: string;
}
