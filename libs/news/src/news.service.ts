import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Connection, DivisionCode, forbidden, keysetPage, PageArgs } from '@app/common';
import { Role, Viewer } from '@app/access';
import { DivisionService } from '@app/registry';
import { PublishNewsInput } from './publish-news.input';
import { NewsItem } from './news-item.entity';

/** Staff of a division (not site staff or spot checkers) speak for it. */
const PUBLISHING_ROLES: ReadonlySet<Role> = new Set([Role.REGION_ADMIN, Role.REGION_STAFF, Role.CITY_STAFF, Role.COUNTY_STAFF]);

@Injectable()
export class NewsService {
  constructor(
    @InjectRepository(NewsItem) private readonly news: Repository<NewsItem>,
    private readonly divisions: DivisionService,
  ) {}

  async publish(viewer: Viewer, input: PublishNewsInput): Promise<NewsItem> {
    await this.divisions.findVisible(viewer, input.divisionCode);
    if (!PUBLISHING_ROLES.has(viewer.role)) throw forbidden(`Role ${viewer.role} does not publish work news`);
    return this.news.save(this.news.create({ ...input, author: viewer.username }));
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
