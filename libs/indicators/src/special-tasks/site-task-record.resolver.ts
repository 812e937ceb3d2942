import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLRequestContext, Site } from '@app/registry';
import { SiteTaskRecord } from './site-task-record.entity';

/** A task record names its site, so the special-task platform can list and link it. */
@Resolver(() => SiteTaskRecord)
export class SiteTaskRecordResolver {
  @ResolveField(() => Site, { description: 'The site this record is about' })
  async site(@Parent() record: SiteTaskRecord, @Context() ctx: GraphQLRequestContext): Promise<Site> {
    const site = await ctx.loaders.siteById.load(record.siteId);
    if (!site) throw new Error(`site-task record refers to missing site ${record.siteId}`);
    return site;
  }
}
