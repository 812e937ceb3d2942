import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@app/access';
import { Division, GraphQLRequestContext } from '@app/registry';
import { EvidenceLoaderFactory } from '../evidence.loaders';
import { CreateSpotCheckArgs } from './dtos/create-spot-check.args';
import { DiscrepancyRatesArgs } from './dtos/discrepancy-rates.args';
import { RecordSpotCheckResultArgs } from './dtos/record-spot-check-result.args';
import { DiscrepancyRate } from './discrepancy-rate.type';
import { DiscrepancyRateService } from './discrepancy-rate.service';
import { SpotCheckItem } from './spot-check-item.entity';
import { SpotCheckResultService } from './spot-check-result.service';
import { SpotCheckConnection } from './spot-check.connection';
import { SpotCheck } from './spot-check.entity';
import { SpotCheckService } from './spot-check.service';

@Resolver(() => SpotCheck)
export class SpotCheckResolver {
  constructor(
    private readonly checks: SpotCheckService,
    private readonly results: SpotCheckResultService,
    private readonly rates: DiscrepancyRateService,
    private readonly loaders: EvidenceLoaderFactory,
  ) {}

  @Mutation(() => SpotCheck, { description: '抽查核实：在某单位内按种子随机抽取安置点和搬迁户，指派给抽查人员' })
  createSpotCheck(@CurrentViewer() viewer: Viewer, @Args() args: CreateSpotCheckArgs): Promise<SpotCheck> {
    return this.checks.create(viewer, args);
  }

  @Mutation(() => SpotCheck, { description: '改派抽查人员' })
  assignSpotCheck(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('assignee') assignee: string): Promise<SpotCheck> {
    return this.checks.assign(viewer, id, assignee);
  }

  @Mutation(() => SpotCheckItem, { description: '登记核实结果；有出入时同时更正数据（经正常校验并记入修改记录）' })
  recordSpotCheckResult(@CurrentViewer() viewer: Viewer, @Args() args: RecordSpotCheckResultArgs): Promise<SpotCheckItem> {
    return this.results.record(viewer, args);
  }

  @Query(() => SpotCheck, { nullable: true })
  spotCheck(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<SpotCheck> {
    return this.checks.findVisible(viewer, id);
  }

  @Query(() => SpotCheckConnection, { description: 'Spot checks of units the caller may see, newest first' })
  spotChecks(
    @CurrentViewer() viewer: Viewer,
    @Args('divisionCode', { type: () => ID, nullable: true }) divisionCode?: string,
    @Args('assignedToMe', { nullable: true }) assignedToMe?: boolean,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.checks.list(viewer, { divisionCode, assignedToMe }, { first, after });
  }

  @Query(() => [DiscrepancyRate], { description: '抽查差错率：该单位及其下属各单位' })
  spotCheckDiscrepancyRates(@CurrentViewer() viewer: Viewer, @Args() args: DiscrepancyRatesArgs): Promise<DiscrepancyRate[]> {
    return this.rates.ratesWithin(viewer, args.divisionCode, args.period);
  }

  @ResolveField(() => [SpotCheckItem], { description: '样本，按抽取顺序' })
  items(@Parent() check: SpotCheck, @Context() ctx: GraphQLRequestContext): Promise<SpotCheckItem[]> {
    return this.loaders.forRequest(ctx.req).spotCheckItems.load(check.id);
  }

  @ResolveField(() => Division)
  async division(@Parent() check: SpotCheck, @Context() ctx: GraphQLRequestContext): Promise<Division> {
    const division = await ctx.loaders.divisionByCode.load(check.divisionCode);
    if (!division) throw new Error(`spot check ${check.id} refers to missing division ${check.divisionCode}`);
    return division;
  }
}
