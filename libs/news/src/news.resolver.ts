import { Args, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ConnectionType } from '@app/common';
import { CurrentViewer, Viewer } from '@app/access';
import { NewsItem } from './news-item.entity';
import { NewsService } from './news.service';
import { PublishNewsInput } from './publish-news.input';

@ObjectType()
export class NewsItemConnection extends ConnectionType(NewsItem) {}

@Resolver(() => NewsItem)
export class NewsResolver {
  constructor(private readonly newsService: NewsService) {}

  @Query(() => NewsItemConnection, { description: '工作动态：本级及下级，最新的在前' })
  workNews(
    @CurrentViewer() viewer: Viewer,
    @Args('divisionCode', { type: () => ID }) divisionCode: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.newsService.list(viewer, divisionCode, { first, after });
  }

  @Mutation(() => NewsItem, { description: 'Publish work news for a division inside your jurisdiction.' })
  publishWorkNews(@CurrentViewer() viewer: Viewer, @Args('input') input: PublishNewsInput): Promise<NewsItem> {
    return this.newsService.publish(viewer, input);
  }
}
