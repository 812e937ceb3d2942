import { Args, Context, Float, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { badInput, DateTimeScalar, notFound } from '@app/common';
import { CurrentViewer, Viewer } from '@app/access';
import { Division, Site } from '@app/registry';
import { IndicatorKey } from '../catalog/indicator-key.enum';
import { IndicatorDefinitionType, IndicatorValue } from '../dtos/indicator.types';
import { IndicatorLoaders } from './indicator.loaders';
import { IndicatorService } from './indicator.service';

interface Context {
  indicators: IndicatorLoaders;
}

const AS_OF_DESCRIPTION = '实时指标的数据时点：通常为当前时刻；全量重算进行中时，为上次计算完成的时间（先显示上次结果，不等待重算）';

/** Scalars from one batched aggregation per request, whatever the number of units. */
const INDICATORS_COST = 5;

const pick = (values: IndicatorValue[], keys?: IndicatorKey[] | null) =>
  keys && keys.length > 0 ? values.filter((value) => keys.includes(value.key)) : values;

@Resolver(() => Division)
export class DivisionIndicatorResolver {
  @ResolveField(() => [IndicatorValue], { description: '实时指标（由记录计算）', complexity: INDICATORS_COST })
  async indicators(
    @Parent() division: Division,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: Context,
    @Args('keys', { type: () => [IndicatorKey], nullable: true }) keys?: IndicatorKey[],
  ): Promise<IndicatorValue[]> {
    // A division reached through a site (its county) may lie above the caller's jurisdiction.
    if (!viewer.seesDivision(division.code)) throw notFound('Division', division.code);
    return pick(await ctx.indicators.byUnit.load({ kind: 'division', code: division.code }), keys);
  }

  @ResolveField(() => DateTimeScalar, { description: AS_OF_DESCRIPTION })
  indicatorsAsOf(@Context() ctx: Context): Promise<Date> {
    return ctx.indicators.asOf();
  }
}

@Resolver(() => Site)
export class SiteIndicatorResolver {
  @ResolveField(() => [IndicatorValue], { description: '实时指标（由记录计算）', complexity: INDICATORS_COST })
  async indicators(
    @Parent() site: Site,
    @Context() ctx: Context,
    @Args('keys', { type: () => [IndicatorKey], nullable: true }) keys?: IndicatorKey[],
  ): Promise<IndicatorValue[]> {
    return pick(await ctx.indicators.byUnit.load({ kind: 'site', siteId: site.id, countyCode: site.countyCode }), keys);
  }

  @ResolveField(() => DateTimeScalar, { description: AS_OF_DESCRIPTION })
  indicatorsAsOf(@Context() ctx: Context): Promise<Date> {
    return ctx.indicators.asOf();
  }
}

@Resolver()
export class IndicatorDefinitionResolver {
  constructor(private readonly indicators: IndicatorService) {}

  @Query(() => [IndicatorDefinitionType], { description: '指标目录：名称、分子分母、单位、方向、综合得分权重' })
  indicatorDefinitions(): Promise<IndicatorDefinitionType[]> {
    return this.indicators.definitions();
  }

  @Mutation(() => [IndicatorDefinitionType], { description: 'Region administrators: weight of an indicator in the composite score (0 leaves it out).' })
  async setIndicatorWeight(
    @CurrentViewer() viewer: Viewer,
    @Args('key', { type: () => IndicatorKey }) key: IndicatorKey,
    @Args('weight', { type: () => Float }) weight: number,
  ): Promise<IndicatorDefinitionType[]> {
    if (!Number.isFinite(weight) || weight < 0 || weight > 100) throw badInput([{ field: 'weight', reason: 'must be a number from 0 to 100' }]);
    await this.indicators.setWeight(viewer, key, weight);
    return this.indicators.definitions();
  }
}
