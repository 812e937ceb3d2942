import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Division } from '@app/registry';
import { AuthoredRecord } from '../persistence/authored-record';

/**
 * 抽查核实: a reproducible random sample of the sites and households of a unit, drawn with a
 * seed (same seed and data, same sample) and assigned to one spot checker.
 */
@Entity('spot_check')
// The worker's monthly draw: at most one per city and month, however often the job runs.
@Index('spot_check_division_period_key', ['divisionCode', 'period'], { unique: true, where: 'period IS NOT NULL' })
@ObjectType({ description: '抽查核实任务' })
export class SpotCheck extends AuthoredRecord {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 6 })
  @Field(() => ID, { description: '抽查范围（行政区划代码）' })
  divisionCode: string;

  /** Declared for the foreign key only; code reads divisionCode. */
  @ManyToOne(() => Division, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'division_code' })
  protected divisionRef?: Division;

  @Column({ type: 'varchar', length: 100 })
  @Field({ description: '随机种子：同一种子、同样数据抽出同样样本' })
  seed: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: '要求抽取的安置点数' })
  sitesRequested: number;

  @Column({ type: 'int' })
  @Field(() => Int, { description: '要求抽取的搬迁户数' })
  householdsRequested: number;

  @Column({ type: 'varchar', length: 7, nullable: true })
  @Field(() => String, { nullable: true, description: '系统每月自动抽查的所属月份（YYYY-MM）；手工发起的为空' })
  period: string | null;

  @Index()
  @Column({ type: 'varchar', length: 50, nullable: true })
  @Field(() => String, { nullable: true, description: '承担核实的抽查人员（用户名）' })
  assignee: string | null;
}
