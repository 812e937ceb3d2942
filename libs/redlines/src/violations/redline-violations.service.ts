import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Connection, keysetPage } from '@app/common';
import { siteWithinDivisionSql, Viewer } from '@app/access';
import { Site } from '@app/registry';
import { RedlineViolationsArgs } from './dtos/redline-violations.args';
import { RedlineViolation } from './redline-violation.entity';

@Injectable()
export class RedlineViolationsService {
  constructor(@InjectRepository(RedlineViolation) private readonly violations: Repository<RedlineViolation>) {}

  /** Violations of the households the caller may see, ordered by household code. */
  list(viewer: Viewer, { divisionCode, status, first, after }: RedlineViolationsArgs): Promise<Connection<RedlineViolation>> {
    const scope = viewer.siteScopeSql('site');
    const query = this.violations
      .createQueryBuilder('violation')
      .innerJoinAndSelect('violation.household', 'household')
      .innerJoin(Site, 'site', 'site.id = household.site_id')
      .where(scope.sql, scope.params);
    if (divisionCode) {
      const within = siteWithinDivisionSql('site', divisionCode, 'filterDivision');
      query.andWhere(within.sql, within.params);
    }
    if (status) query.andWhere('violation.status = :status', { status });
    return keysetPage(query, { column: 'household.code', idColumn: 'violation.id', key: (violation) => violation.household.code }, { first, after });
  }

  /** Every violation of these (already visible) households: open ones first, then newest first. */
  byHouseholds(householdIds: readonly string[]): Promise<RedlineViolation[]> {
    return this.violations
      .createQueryBuilder('violation')
      .innerJoinAndSelect('violation.household', 'household')
      .where('violation.household_id = ANY(:ids)', { ids: [...householdIds] })
      .orderBy(`violation.status = 'OPEN'`, 'DESC')
      .addOrderBy('violation.detected_at', 'DESC')
      .getMany();
  }
}
