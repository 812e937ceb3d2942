import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@app/access';
import { GraphQLRequestContext, HistoryEntry } from '@app/registry';
import { EvidenceLoaderFactory } from '../evidence.loaders';
import { EvidenceFilter } from './dtos/evidence.filter';
import { RejectEvidenceArgs } from './dtos/reject-evidence.args';
import { EvidenceConnection } from './evidence.connection';
import { EvidenceSearchService } from './evidence-search.service';
import { Evidence } from './evidence.entity';
import { EvidenceService } from './evidence.service';

@Resolver(() => Evidence)
export class EvidenceResolver {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly search: EvidenceSearchService,
    private readonly loaders: EvidenceLoaderFactory,
  ) {}

  @Mutation(() => Evidence, { description: '不予认定：上级审核人员驳回佐证材料（须高于上传人层级）' })
  rejectEvidence(@CurrentViewer() viewer: Viewer, @Args() args: RejectEvidenceArgs): Promise<Evidence> {
    return this.evidence.reject(viewer, args.id, args.reason);
  }

  @Query(() => EvidenceConnection, { description: '电子档案：某单位的佐证材料，最新的在前' })
  evidenceFiles(
    @CurrentViewer() viewer: Viewer,
    @Args('filter') filter: EvidenceFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.search.search(viewer, filter, { first, after });
  }

  @ResolveField(() => String, { description: 'GET this path with the bearer token to download the file' })
  fileUrl(@Parent() evidence: Evidence): string {
    return `/evidence/${evidence.id}/file`;
  }

  @ResolveField(() => [HistoryEntry], { description: '上传与驳回记录（最早的在前）' })
  history(@Parent() evidence: Evidence, @Context() ctx: GraphQLRequestContext): Promise<HistoryEntry[]> {
    return this.loaders.forRequest(ctx.req).history.load(evidence.id);
  }
}
