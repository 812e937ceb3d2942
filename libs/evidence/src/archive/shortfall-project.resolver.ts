import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@app/access';
import { GraphQLRequestContext, Site } from '@app/registry';
import { ShortfallCategory } from './archive.enums';
import { ShortfallProjectConnection } from './archive.connections';
import { ArchiveLoaderFactory } from './archive.loaders';
import { CreateShortfallProjectInput, ReportShortfallProgressInput } from './dtos/create-shortfall-project.input';
import { ShortfallProgressReport } from './shortfall-progress-report.entity';
import { ShortfallProject } from './shortfall-project.entity';
import { ShortfallProjectService } from './shortfall-project.service';

@Resolver(() => ShortfallProject)
export class ShortfallProjectResolver {
  constructor(
    private readonly projects: ShortfallProjectService,
    private readonly loaders: ArchiveLoaderFactory,
  ) {}

  @Mutation(() => ShortfallProject, { description: '登记安置点补短板项目' })
  createShortfallProject(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateShortfallProjectInput): Promise<ShortfallProject> {
    return this.projects.create(viewer, input);
  }

  @Mutation(() => ShortfallProgressReport, { description: '报送补短板项目进度（照片经 POST /archive/files 上传）' })
  reportShortfallProgress(@CurrentViewer() viewer: Viewer, @Args('input') input: ReportShortfallProgressInput): Promise<ShortfallProgressReport> {
    return this.projects.report(viewer, input);
  }

  @Query(() => ShortfallProjectConnection, { description: '某单位的补短板项目，按名称排序；search 为名称片段' })
  shortfallProjects(
    @CurrentViewer() viewer: Viewer,
    @Args('divisionCode', { type: () => ID }) divisionCode: string,
    @Args('category', { type: () => ShortfallCategory, nullable: true }) category?: ShortfallCategory,
    @Args('search', { nullable: true }) search?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.projects.list(viewer, { divisionCode, category, search }, { first, after });
  }

  @ResolveField(() => Site)
  async site(@Parent() project: ShortfallProject, @Context() ctx: GraphQLRequestContext): Promise<Site> {
    const site = await ctx.loaders.siteById.load(project.siteId);
    if (!site) throw new Error(`shortfall project ${project.id} refers to missing site ${project.siteId}`);
    return site;
  }

  @ResolveField(() => [ShortfallProgressReport], { description: '进度报告，最早的在前' })
  progressReports(@Parent() project: ShortfallProject, @Context() ctx: GraphQLRequestContext): Promise<ShortfallProgressReport[]> {
    return this.loaders.forRequest(ctx.req).reportsByProject.load(project.id);
  }

  @ResolveField(() => Int, { nullable: true, description: '最新报告的完成进度（%）；未报告时为空' })
  async percentComplete(@Parent() project: ShortfallProject, @Context() ctx: GraphQLRequestContext): Promise<number | null> {
    const reports = await this.loaders.forRequest(ctx.req).reportsByProject.load(project.id);
    return reports.at(-1)?.percent ?? null;
  }
}
