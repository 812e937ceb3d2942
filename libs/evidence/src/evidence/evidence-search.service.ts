import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Connection, keysetPage, PageArgs } from '@app/common';
import { siteWithinDivisionSql, Viewer } from '@app/access';
import { DivisionService, Household, Person, Site } from '@app/registry';
import { containsPattern } from '../sql/contains-pattern';
import { EvidenceFilter } from './dtos/evidence.filter';
import { Evidence } from './evidence.entity';

/**
 * The evidence of a unit as part of the electronic archive: every file, newest first, with the
 * site its subject lies in deciding both scope and unit.
 */
@Injectable()
export class EvidenceSearchService {
  constructor(
    @InjectRepository(Evidence) private readonly evidence: Repository<Evidence>,
    private readonly divisions: DivisionService,
  ) {}

  async search(viewer: Viewer, filter: EvidenceFilter, page: PageArgs): Promise<Connection<Evidence>> {
    await this.divisions.findVisible(viewer, filter.divisionCode);
    const scope = viewer.siteScopeSql('site');
    const within = siteWithinDivisionSql('site', filter.divisionCode, 'division');
    const query = this.evidence
      .createQueryBuilder('evidence')
      .leftJoin(Household, 'household', `evidence.subject_type = 'HOUSEHOLD' AND household.id = evidence.subject_id`)
      .leftJoin(Person, 'person', `evidence.subject_type = 'PERSON' AND person.id = evidence.subject_id`)
      .leftJoin(Household, 'person_household', 'person_household.id = person.household_id')
      .innerJoin(Site, 'site', `site.id = CASE evidence.subject_type WHEN 'SITE' THEN evidence.subject_id WHEN 'HOUSEHOLD' THEN household.site_id ELSE person_household.site_id END`)
      .where(scope.sql, scope.params)
      .andWhere(within.sql, within.params);
    if (filter.kind) query.andWhere('evidence.kind = :kind', { kind: filter.kind });
    if (filter.subjectType) query.andWhere('evidence.subject_type = :subjectType', { subjectType: filter.subjectType });
    if (typeof filter.rejected === 'boolean') query.andWhere(`evidence.rejected_at IS ${filter.rejected ? 'NOT ' : ''}NULL`);
    if (filter.search?.trim()) query.andWhere('evidence.original_name ILIKE :pattern', { pattern: containsPattern(filter.search) });
    // Milliseconds, as the cursor carries them, so no row straddles a page boundary.
    const uploaded = `date_trunc('milliseconds', evidence.uploaded_at)`;
    return keysetPage(query, { column: uploaded, idColumn: 'evidence.id', key: (row) => row.uploadedAt.toISOString(), descending: true }, page);
  }
}
