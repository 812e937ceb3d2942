import { Injectable, OnModuleInit } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ArchiveFile, ArchiveFileOwner, ArchiveLoaderFactory, ArchiveOwners } from '@app/evidence';
import { GraphQLRequestContext } from '@app/registry';
import { NewsItem } from './news-item.entity';
import { NewsService } from './news.service';

/**
 * Photos of work news are archive files (the archive stores and serves them through
 * `POST /archive/files` with ownerType NEWS_ITEM); the news decides who may add and see them.
 */
@Injectable()
export class NewsPhotoRules implements OnModuleInit {
  constructor(
    private readonly owners: ArchiveOwners,
    private readonly news: NewsService,
  ) {}

  onModuleInit(): void {
    this.owners.register(ArchiveFileOwner.NEWS_ITEM, {
      assertMayAttach: (viewer, id) => this.news.assertMayIllustrate(viewer, id),
      isVisible: (viewer, id) => this.news.isVisible(viewer, id),
    });
  }
}

@Resolver(() => NewsItem)
export class NewsPhotosResolver {
  constructor(private readonly loaders: ArchiveLoaderFactory) {}

  @ResolveField(() => [ArchiveFile], { description: '照片' })
  photos(@Parent() item: NewsItem, @Context() ctx: GraphQLRequestContext): Promise<ArchiveFile[]> {
    return this.loaders.forRequest(ctx.req).files[ArchiveFileOwner.NEWS_ITEM].load(item.id);
  }
}
