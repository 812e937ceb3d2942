import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@app/access';
import { GraphQLRequestContext } from '../graphql-context';
import { SiteConnection } from '../sites/site.connection';
import { SiteService } from '../sites/site.service';
import { Division } from './division.entity';
import { DivisionService } from './division.service';

@Resolver(() => Division)
export class DivisionResolver {
  constructor(
    private readonly divisions: DivisionService,
    private readonly siteService: SiteService,
  ) {}

  @Query(() => Division, { nullable: true, description: 'A tier platform: the region 450000, a city or a county.' })
  division(@CurrentViewer() viewer: Viewer, @Args('code', { type: () => ID }) code: string): Promise<Division> {
    return this.divisions.findVisible(viewer, code);
  }

  @ResolveField(() => Division, { nullable: true, description: 'Null above the caller’s jurisdiction.' })
  async parent(@Parent() division: Division, @CurrentViewer() viewer: Viewer, @Context() ctx: GraphQLRequestContext): Promise<Division | null> {
    if (!division.parentCode || !viewer.seesDivision(division.parentCode)) return null;
    return ctx.loaders.divisionByCode.load(division.parentCode);
  }

  /** At most 14 cities in the region, or some twenty counties in a city. */
  @ResolveField(() => [Division], { complexity: ({ childComplexity }) => 1 + 15 * childComplexity })
  async children(@Parent() division: Division, @CurrentViewer() viewer: Viewer, @Context() ctx: GraphQLRequestContext): Promise<Division[]> {
    const children = await ctx.loaders.childrenByDivision.load(division.code);
    return children.filter((child) => viewer.seesDivision(child.code));
  }

  @ResolveField(() => SiteConnection)
  sites(
    @Parent() division: Division,
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.siteService.list(viewer, { divisionCode: division.code }, { first, after });
  }
}
