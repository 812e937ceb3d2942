import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@app/access';
import { NationalEvaluation } from './dtos/national-evaluation.types';
import { NationalEvaluationService } from './national-evaluation.service';

/** One evaluation is three statements over a division's whole subtree. */
const EVALUATION_COST = 20;

@Resolver()
export class NationalEvaluationResolver {
  constructor(private readonly evaluation: NationalEvaluationService) {}

  @Query(() => NationalEvaluation, {
    description: '国家评估核查指标：本级及下级单位四项核查数据，按数据截至日期（默认上月末）由记录计算，仅计经认定的数据。自治区、市、县工作人员，限本辖区。',
    complexity: EVALUATION_COST,
  })
  async nationalEvaluation(
    @CurrentViewer() viewer: Viewer,
    @Args('divisionCode', { type: () => ID }) divisionCode: string,
    @Args('asOf', { type: () => String, nullable: true, description: 'YYYY-MM-DD；不得晚于今天或早于系统首条记录；默认上月最后一天' }) asOf?: string | null,
  ): Promise<NationalEvaluation> {
    return this.evaluation.evaluate(viewer, await this.evaluation.request(viewer, divisionCode, asOf));
  }
}
