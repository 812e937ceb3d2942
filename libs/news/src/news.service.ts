import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Connection, DivisionCode, forbidden, keysetPage, notFound, PageArgs } from '@app/common';
import { Role, Viewer } from '@app/access';
import { DivisionService, UUID_PATTERN } from '@app/registry';
import { PublishNewsInput } from './publish-news.input';
import { NewsItem } from './news-item.entity';

/** Staff of a division (not site staff or spot checkers) speak for it. */
const PUBLISHING_ROLES: ReadonlySet<Role> = new Set([Role.REGION_ADMIN, Role.REGION_STAFF, Role.CITY_STAFF, Role.COUNTY_STAFF]);

function assertPublishes(viewer: Viewer): void {
  if (!PUBLISHING_ROLES.has(viewer.role)) throw forbidden(`Role ${viewer.role} does not publish work news`);
}

@Injectable()
export class NewsService {
  constructor(
    @InjectRepository(NewsItem) private readonly news: Repository<NewsItem>,
    private readonly divisions: DivisionService,
  ) {}

  async publish(viewer: Viewer, input: PublishNewsInput): Promise<NewsItem> {
    await this.divisions.findVisible(viewer, input.divisionCode);
    assertPublishes(viewer);
    return this.news.save(this.news.create({ ...input, author: viewer.username }));
  }

  /** Whether the caller may read the item: the news of their division and of those below it. */
  async isVisible(viewer: Viewer, id: string): Promise<boolean> {
    return (await this.findVisible(viewer, id)) !== null;
  }

  /** Those who may publish the item's news may add its photos. */
  async assertMayIllustrate(viewer: Viewer, id: string): Promise<void> {
    if (!(await this.findVisible(viewer, id))) throw notFound('NewsItem', id);
    assertPublishes(viewer);
  }

  private async findVisible(viewer: Viewer, id: string): Promise<NewsItem | null> {
    const item = UUID_PATTERN.test(id) ? await this.news.findOne({ where: { id } }) : null;
    return item && viewer.seesDivision(item.divisionCode) ? item : null;
  }

  /** The division's own news and its descendants', newest first. */
  async list(viewer: Viewer, divisionCode: string, page: PageArgs): Promise<Connection<NewsItem>> {
    await this.divisions.findVisible(viewer, divisionCode);
    // A tier's news includes its descendants'.
    const within = DivisionCode.parse(divisionCode).withinSql('news.division_code', 'within');
    const query = this.news.createQueryBuilder('news').where(within.sql, within.params);
    return keysetPage(query, { column: 'news.published_at', idColumn: 'news.id', key: (item) => item.publishedAt.toISOString(), descending: true }, page);
  }
}
