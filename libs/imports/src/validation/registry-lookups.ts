import { DataSource } from 'typeorm';
import { Viewer } from '@app/access';
import { REGISTRY_RELATIONS } from '@app/registry';
import { RegistryLookups } from './import-session';

const { site: SITE, household: HOUSEHOLD, person: PERSON } = REGISTRY_RELATIONS;

/** The registry as the importer sees it, read in one statement per question. */
export function registryLookups(dataSource: DataSource, viewer: Viewer): RegistryLookups {
  const scope = viewer.siteScopeSql('site');
  return {
    async sites(codes) {
      if (codes.length === 0) return new Map();
      const rows: Array<{ id: string; code: string }> = await dataSource
        .createQueryBuilder()
        .select(['site.id AS id', 'site.code AS code'])
        .from(SITE, 'site')
        .where('site.code = ANY(:codes)', { codes })
        .andWhere(scope.sql, scope.params)
        .getRawMany();
      return new Map(rows.map((row) => [row.code, { id: row.id }]));
    },
    async households(codes) {
      if (codes.length === 0) return new Map();
      const rows: Array<{ id: string; code: string; siteId: string; siteCode: string; headIdNumber: string; writable: boolean }> = await dataSource
        .createQueryBuilder()
        .select(['household.id AS id', 'household.code AS code', 'household.site_id AS "siteId"', 'site.code AS "siteCode"', 'household.head_id_number AS "headIdNumber"'])
        .addSelect(`(${scope.sql})`, 'writable')
        .from(HOUSEHOLD, 'household')
        .innerJoin(SITE, 'site', 'site.id = household.site_id')
        .where('household.code = ANY(:codes)', { codes })
        .setParameters(scope.params)
        .getRawMany();
      return new Map(rows.map((row) => [row.code, { ...row, writable: row.writable === true }]));
    },
    async activePersons(idNumbers) {
      if (idNumbers.length === 0) return new Map();
      const rows: Array<{ id: string; idNumber: string; householdCode: string }> = await dataSource
        .createQueryBuilder()
        .select(['person.id AS id', 'person.id_number AS "idNumber"', 'household.code AS "householdCode"'])
        .from(PERSON, 'person')
        .innerJoin(HOUSEHOLD, 'household', 'household.id = person.household_id')
        .where('person.id_number = ANY(:idNumbers) AND person.left_on IS NULL', { idNumbers })
        .getRawMany();
      return new Map(rows.map((row) => [row.idNumber, { id: row.id, householdCode: row.householdCode }]));
    },
  };
}
