import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@app/access';
import { DivisionService, Site } from '@app/registry';
import { SiteTaskInput } from './site-task.input';
import { SiteTaskRecord } from './site-task-record.entity';
import { SpecialTask } from './special-task.enums';
import { SpecialTaskProgress } from './special-task-progress.type';
import { SpecialTaskService } from './special-task.service';

@Resolver(() => Site)
export class SpecialTaskResolver {
  constructor(
    private readonly tasks: SpecialTaskService,
    private readonly divisions: DivisionService,
  ) {}

  @Query(() => [SpecialTaskProgress], { description: '专项任务平台：项目建设、搬迁入住与十个强化，实时' })
  async specialTasks(@CurrentViewer() viewer: Viewer, @Args('divisionCode', { type: () => ID }) divisionCode: string): Promise<SpecialTaskProgress[]> {
    await this.divisions.findVisible(viewer, divisionCode);
    return this.tasks.progress(viewer, { kind: 'division', code: divisionCode });
  }

  @ResolveField('specialTasks', () => [SpecialTaskProgress], { description: '本安置点的专项任务进展与记录' })
  siteSpecialTasks(@Parent() site: Site, @CurrentViewer() viewer: Viewer): Promise<SpecialTaskProgress[]> {
    return this.tasks.progress(viewer, { kind: 'site', siteId: site.id, countyCode: site.countyCode });
  }

  @Mutation(() => SiteTaskRecord, { description: 'County and site staff record where a site stands on a special task.' })
  recordSiteTask(
    @CurrentViewer() viewer: Viewer,
    @Args('siteId', { type: () => ID }) siteId: string,
    @Args('task', { type: () => SpecialTask }) task: SpecialTask,
    @Args('input') input: SiteTaskInput,
  ): Promise<SiteTaskRecord> {
    return this.tasks.record(viewer, siteId, task, input);
  }
}
