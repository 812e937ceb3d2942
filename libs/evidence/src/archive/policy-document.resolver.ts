import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@app/access';
import { GraphQLRequestContext } from '@app/registry';
import { ArchiveFileOwner, PolicyLevel } from './archive.enums';
import { PolicyDocumentConnection } from './archive.connections';
import { ArchiveLoaderFactory } from './archive.loaders';
import { ArchiveFile } from './archive-file.entity';
import { CreatePolicyDocumentInput } from './dtos/create-policy-document.input';
import { PolicyDocument } from './policy-document.entity';
import { PolicyDocumentService } from './policy-document.service';

@Resolver(() => PolicyDocument)
export class PolicyDocumentResolver {
  constructor(
    private readonly documents: PolicyDocumentService,
    private readonly loaders: ArchiveLoaderFactory,
  ) {}

  @Mutation(() => PolicyDocument, { description: '政策文件归档（文件扫描件经 POST /archive/files 上传）' })
  createPolicyDocument(@CurrentViewer() viewer: Viewer, @Args('input') input: CreatePolicyDocumentInput): Promise<PolicyDocument> {
    return this.documents.create(viewer, input);
  }

  @Query(() => PolicyDocument, { nullable: true })
  policyDocument(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<PolicyDocument> {
    return this.documents.findVisible(viewer, id);
  }

  @Query(() => PolicyDocumentConnection, { description: '电子档案：按标题、发文机关、文号检索政策文件（任意片段），最新的在前' })
  policyDocuments(
    @CurrentViewer() viewer: Viewer,
    @Args('search', { nullable: true }) search?: string,
    @Args('level', { type: () => PolicyLevel, nullable: true }) level?: PolicyLevel,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.documents.search(viewer, { search, level }, { first, after });
  }

  @ResolveField(() => [ArchiveFile], { description: '文件扫描件' })
  files(@Parent() document: PolicyDocument, @Context() ctx: GraphQLRequestContext): Promise<ArchiveFile[]> {
    return this.loaders.forRequest(ctx.req).files[ArchiveFileOwner.POLICY_DOCUMENT].load(document.id);
  }
}
