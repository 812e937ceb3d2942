import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { DateTimeScalar, numericTransformer } from '@app/common';
import { HouseholdType } from '@app/registry';
import { RedlineRule } from './redline-rule.enum';

/**
 * One red line as configured (SPEC §7: thresholds are configuration, not code). Versioned by
 * the same trigger as the records: every change lands in `redline_rule_config_history` with who
 * made it, so threshold changes are audited like any other write.
 */
@Entity('redline_rule_config')
@ObjectType('RedlineRuleConfig', { description: '政策红线规则：阈值、适用户类型、是否启用（自治区管理员可调整）' })
export class RedlineRuleConfig {
  @PrimaryColumn({ type: 'enum', enum: RedlineRule, enumName: 'redline_rule' })
  @Field(() => RedlineRule)
  rule: RedlineRule;

  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: numericTransformer })
  @Field(() => Float, { description: '阈值：计算值超过它即触线（单位见 unit）' })
  threshold: number;

  @Column({ type: 'enum', enum: HouseholdType, enumName: 'household_type', array: true })
  @Field(() => [HouseholdType], { description: '适用的搬迁户类型' })
  householdTypes: HouseholdType[];

  @Column({ type: 'boolean', default: true })
  @Field({ description: '是否启用' })
  enabled: boolean;

  @VersionColumn()
  @Field(() => Int, { description: 'Optimistic-lock version: pass it back to updateRedlineRule.' })
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  @Field(() => DateTimeScalar)
  updatedAt: Date;

  /** Set by the history trigger from the transaction's actor; read here to show who changed the rule last. */
  @Column({ name: 'written_by', type: 'varchar', length: 50, insert: false, update: false, default: 'system' })
  @Field({ description: '最后修改人' })
  updatedBy: string;

  /** Maintained by the history trigger (see VersionedRecord); never written by the application. */
  @Column({ type: 'tstzrange', insert: false, update: false, select: false, default: () => 'tstzrange(now(), NULL)' })
  protected sysPeriod?: string;
}
