import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { IndicatorValue } from '../dtos/indicator.types';
import { SpecialTask } from './special-task.enums';
import { SiteTaskRecord } from './site-task-record.entity';

@ObjectType({ description: '专项任务进展：实时指标与各安置点任务记录' })
export class SpecialTaskProgress {
  @Field(() => SpecialTask) task: SpecialTask;
  @Field({ description: '任务名称' }) name: string;
  @Field(() => [IndicatorValue], { description: 'Live indicators measuring the task' }) indicators: IndicatorValue[];
  @Field(() => Int, { description: '范围内安置点数' }) siteCount: number;
  @Field(() => Int, { description: '任务已完成的安置点数' }) sitesCompleted: number;
  @Field(() => Int, { description: '任务推进中的安置点数' }) sitesInProgress: number;
  @Field(() => Float, { nullable: true, description: 'sitesCompleted / siteCount; null without sites' }) completionRate: number | null;
  @Field(() => [SiteTaskRecord], { description: 'The per-site records (for a site: its own)' }) records: SiteTaskRecord[];
}
