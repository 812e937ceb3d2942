import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RankingKey } from '@app/indicators';
import { ReportUnitColumns } from './report-unit.columns';

/** One unit's figure for one indicator (or the composite) in a month's snapshot, with its ranks. */
// Partitioned by month (migration ReportRowByMonth): readers always name the month, which leads
// only the primary key.
@Entity('report_row')
@Index('report_row_level_idx', ['level', 'indicator'])
// A division's subtree, for the documents made from it (migration ReportRowSubtreeIndexes).
@Index('report_row_city_idx', ['cityCode', 'level', 'indicator'])
@Index('report_row_county_idx', ['countyCode', 'level', 'indicator'])
@ObjectType({ description: '月报行：单位、指标、数值与排名' })
export class ReportRow extends ReportUnitColumns {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  @Field(() => RankingKey)
  indicator: RankingKey;

  @Column({ type: 'float8', nullable: true })
  @Field(() => Float, { nullable: true })
  numerator: number | null;

  @Column({ type: 'float8', nullable: true })
  @Field(() => Float, { nullable: true })
  denominator: number | null;

  @Column({ type: 'float8', nullable: true })
  @Field(() => Float, { nullable: true })
  value: number | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Among the units with the same parent (1 is best; ties share a rank)' })
  rankInParent: number | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Among all units of the level in the region' })
  rankInRegion: number | null;

  @Column({ type: 'float8', nullable: true })
  @Field(() => Float, { nullable: true, description: 'value minus last month’s value' })
  changeFromPreviousMonth: number | null;
}
