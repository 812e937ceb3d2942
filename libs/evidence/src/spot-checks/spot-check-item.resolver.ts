import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLRequestContext, Site } from '@app/registry';
import { SpotCheckItem } from './spot-check-item.entity';

@Resolver(() => SpotCheckItem)
export class SpotCheckItemResolver {
  @ResolveField(() => Site, { description: 'The sampled site, or the sampled household’s site' })
  async site(@Parent() item: SpotCheckItem, @Context() ctx: GraphQLRequestContext): Promise<Site> {
    const site = await ctx.loaders.siteById.load(item.siteId);
    if (!site) throw new Error(`spot-check item ${item.id} refers to missing site ${item.siteId}`);
    return site;
  }
}
