import { SelectQueryBuilder } from 'typeorm';
import { siteWithinDivisionSql } from '@app/access';
import { EMPLOYED_STATUSES } from '../enums/person.enums';
import { HouseholdFilter } from './dtos/household.filter';
import { householdFilterExtensionConditions } from './household-filter.extensions';
import { Household } from './household.entity';

const given = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null;

const EMPLOYED_MEMBER = `EXISTS (SELECT 1 FROM person p WHERE p.household_id = household.id AND p.left_on IS NULL
  AND p.employment IN (${EMPLOYED_STATUSES.map((s) => `'${s}'`).join(', ')}))`;
const LABOUR_MEMBER = `EXISTS (SELECT 1 FROM person p WHERE p.household_id = household.id AND p.left_on IS NULL AND p.is_labour)`;

/** Narrows a `household` query (joined to its `site`) to a filter's conditions, all of them. */
export function applyHouseholdFilter(query: SelectQueryBuilder<Household>, filter: HouseholdFilter | undefined): SelectQueryBuilder<Household> {
  if (!filter) return query;
  if (filter.divisionCode) {
    const within = siteWithinDivisionSql('site', filter.divisionCode, 'filterDivision');
    query.andWhere(within.sql, within.params);
  }
  const equalities: Array<[keyof HouseholdFilter, string]> = [
    ['siteId', 'household.site_id'],
    ['householdType', 'household.household_type'],
    ['relocationYear', 'household.relocation_year'],
    ['movedIn', 'household.moved_in'],
    ['actuallyResident', 'household.actually_resident'],
    ['povertyStatus', 'household.poverty_status'],
    ['oldHouseStructure', 'household.old_house_structure'],
    ['oldHouseDemolished', 'household.old_house_demolished'],
  ];
  for (const [field, column] of equalities) {
    if (given(filter[field])) query.andWhere(`${column} = :filter_${field}`, { [`filter_${field}`]: filter[field] });
  }
  if (given(filter.laborWithoutEmployment)) {
    query.andWhere(filter.laborWithoutEmployment ? `${LABOUR_MEMBER} AND NOT ${EMPLOYED_MEMBER}` : EMPLOYED_MEMBER);
  }
  for (const condition of householdFilterExtensionConditions(filter)) query.andWhere(condition.sql, condition.params);
  return query;
}
