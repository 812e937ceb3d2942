import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { connectionNodeFields, PersonalData, PersonalDataResolveField } from '@app/common';
import { CurrentViewer, Viewer } from '@app/access';
import { HistoryEntry } from '../history/history-entry.type';
import { Division } from '../divisions/division.entity';
import { GraphQLRequestContext } from '../graphql-context';
import { HouseholdConnection } from '../households/household.connection';
import { HouseholdService } from '../households/household.service';
import { CreateSiteInput, UpdateSiteInput } from './dtos/create-site.input';
import { SiteFacility } from './site-facility.entity';
import { SiteFilter } from './dtos/site.filter';
import { SiteConnection } from './site.connection';
import { Site } from './site.entity';
import { SiteService } from './site.service';

@Resolver(() => Site)
export class SiteResolver {
  constructor(
    private readonly siteService: SiteService,
    private readonly householdService: HouseholdService,
  ) {}

  @Query(() => Site, { nullable: true })
  site(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Site> {
    return this.siteService.findVisible(viewer, id);
  }

  @Query(() => SiteConnection, { description: '安置点查询：地灾评估、竣工验收、建设状态、缺少的设施' })
  sites(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { nullable: true }) filter?: SiteFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.siteService.list(viewer, filter, { first, after });
  }

  @Mutation(() => Site)
  createSite(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateSiteInput): Promise<Site> {
    return this.siteService.create(viewer, input);
  }

  @Mutation(() => Site)
  updateSite(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateSiteInput,
  ): Promise<Site> {
    return this.siteService.update(viewer, id, version, input);
  }

  @ResolveField(() => Division, { description: '所属县（市、区）' })
  async county(@Parent() site: Site, @Context() ctx: GraphQLRequestContext): Promise<Division> {
    const county = await ctx.loaders.divisionByCode.load(site.countyCode);
    if (!county) throw new Error(`site ${site.id} refers to missing county ${site.countyCode}`);
    return county;
  }

  @PersonalDataResolveField(PersonalData.PHONE, () => String, { nullable: true, description: '包点县级领导电话（无权限时打码）' })
  leaderPhone(@Parent() site: Site): string | null {
    return site.leaderPhone || null;
  }

  @ResolveField(() => [SiteFacility], { description: '公共服务设施与社区服务“九个中心”' })
  facilities(@Parent() site: Site, @Context() ctx: GraphQLRequestContext): Promise<SiteFacility[]> {
    return ctx.loaders.facilitiesBySite.load(site.id);
  }

  @ResolveField(() => HouseholdConnection)
  households(
    @Parent() site: Site,
    @CurrentViewer() viewer: Viewer,
    @Info() info: GraphQLResolveInfo,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.householdService.listForSite(viewer, site.id, { first, after }, this.householdService.propertiesFor(connectionNodeFields(info)));
  }

  @ResolveField(() => [HistoryEntry], { description: '修改记录（最早的在前）' })
  history(@Parent() record: Site, @Context() ctx: GraphQLRequestContext): Promise<HistoryEntry[]> {
    return ctx.loaders.history.site.load(record.id);
  }
}
