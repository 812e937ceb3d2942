import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLRequestContext, Site } from '@app/registry';
import { ArchiveFileOwner } from './archive.enums';
import { ArchiveLoaderFactory } from './archive.loaders';
import { ArchiveFile } from './archive-file.entity';
import { ShortfallProgressReport } from './shortfall-progress-report.entity';
import { ShortfallProject } from './shortfall-project.entity';

@Resolver(() => ArchiveFile)
export class ArchiveFileResolver {
  @ResolveField(() => String, { description: 'GET this path with the bearer token to download the file' })
  fileUrl(@Parent() file: ArchiveFile): string {
    return `/archive/files/${file.id}/file`;
  }
}

@Resolver(() => ShortfallProgressReport)
export class ShortfallProgressReportResolver {
  constructor(private readonly loaders: ArchiveLoaderFactory) {}

  @ResolveField(() => [ArchiveFile], { description: '进度照片' })
  photos(@Parent() report: ShortfallProgressReport, @Context() ctx: GraphQLRequestContext): Promise<ArchiveFile[]> {
    return this.loaders.forRequest(ctx.req).files[ArchiveFileOwner.SHORTFALL_PROGRESS_REPORT].load(report.id);
  }
}

/** Adds `shortfallProjects` to the registry's Site, without the registry knowing. */
@Resolver(() => Site)
export class SiteShortfallResolver {
  constructor(private readonly loaders: ArchiveLoaderFactory) {}

  @ResolveField(() => [ShortfallProject], { description: '补短板项目' })
  shortfallProjects(@Parent() site: Site, @Context() ctx: GraphQLRequestContext): Promise<ShortfallProject[]> {
    return this.loaders.forRequest(ctx.req).projectsBySite.load(site.id);
  }
}
