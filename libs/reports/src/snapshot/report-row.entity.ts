import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { UnitLevel } from '@app/registry/enums/division.enums';
import '@app/indicators/catalog/register-indicator-enums';
import { RankingKey } from '@app/indicators/catalog/indicator-key.enum';

/** One unit's figure for one indicator (or the composite) in a month's snapshot, with its ranks. */
@Entity('report_row')
@Index(['period', 'level', 'indicator'])
@ObjectType({ description: '月报行：单位、指标、数值与排名' })
export class ReportRow {
  @PrimaryColumn({ type: 'varchar', length: 7 })
  period: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Division code, or the site id for sites' })
  unitCode: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  @Field(() => RankingKey)
  indicator: RankingKey;

  @Column({ type: 'enum', enum: UnitLevel, enumName: 'unit_level' })
  @Field(() => UnitLevel)
  level: UnitLevel;

  @Column({ type: 'varchar', length: 100 })
  @Field()
  unitName: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  @Field(() => ID, { nullable: true })
  parentCode: string | null;

  /** For scoping reads: the city and county the unit lies in (null above them). */
  @Column({ type: 'varchar', length: 6, nullable: true })
  cityCode: string | null;

  @Column({ type: 'varchar', length: 6, nullable: true })
  countyCode: string | null;

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
