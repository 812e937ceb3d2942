import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { forbidden } from '@app/common/errors/domain-error';
import { Connection } from '@app/common/pagination/connection';
import { keysetPage, PageArgs } from '@app/common/pagination/keyset-page';
import { Viewer } from '@app/access/scope/viewer';
import { Role } from '@app/access/users/role.enum';
import { DivisionService } from '@app/registry/divisions/division.service';
import { PublishNewsInput } from './publish-news.input';
import { NewsItem } from './news-item.entity';

/** Staff of a division (not site staff or spot checkers) speak for it. */
const PUBLISHING_ROLES: ReadonlySet<Role> = new Set([Role.REGION_ADMIN, Role.REGION_STAFF, Role.CITY_STAFF, Role.COUNTY_STAFF]);

/** Division codes nest by prefix: a tier's news includes its descendants'. */
const prefixOf = (code: string) => (code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code);

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
    const query = this.news.createQueryBuilder('news').where('starts_with(news.division_code, :prefix)', { prefix: prefixOf(divisionCode) });
    return keysetPage(query, { column: 'news.published_at', idColumn: 'news.id', key: (item) => item.publishedAt.toISOString(), descending: true }, page);
  }
}
