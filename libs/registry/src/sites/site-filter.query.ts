import { SelectQueryBuilder } from 'typeorm';
import { siteWithinDivisionSql } from '@app/access';
import { ConstructionStatus } from '../enums/site.enums';
import { SiteFilter } from './dtos/site.filter';
import { Site } from './site.entity';

const given = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null;

/** Narrows a `site` query to a filter's conditions, all of them. */
export function applySiteFilter(query: SelectQueryBuilder<Site>, filter: SiteFilter | undefined): SelectQueryBuilder<Site> {
  if (!filter) return query;
  if (filter.divisionCode) {
    const within = siteWithinDivisionSql('site', filter.divisionCode, 'filterDivision');
    query.andWhere(within.sql, within.params);
  }
  if (given(filter.geohazardAssessed)) query.andWhere('site.geohazard_assessed = :filterGeohazard', { filterGeohazard: filter.geohazardAssessed });
  if (given(filter.accepted)) {
    query.andWhere(`(site.construction_status = :accepted) = :filterAccepted`, { accepted: ConstructionStatus.ACCEPTED, filterAccepted: filter.accepted });
  }
  if (given(filter.constructionStatus)) query.andWhere('site.construction_status = :filterStatus', { filterStatus: filter.constructionStatus });
  if (filter.missingFacility) {
    query.andWhere(
      `NOT EXISTS (SELECT 1 FROM site_facility f WHERE f.site_id = site.id AND f.kind_code = :filterFacility AND f.status IN ('BUILT', 'IN_USE'))`,
      { filterFacility: filter.missingFacility },
    );
  }
  return query;
}
