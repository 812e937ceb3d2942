import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { badInput, conflict, Connection, dateOrderProblems, forbidden, keysetPage, notFound, PageArgs } from '@app/common';
import { AuditedTransaction, isUniqueViolation } from '@app/db';
import { Viewer } from '@app/access';
import { DivisionService } from '../divisions/division.service';
import { UnitLevel } from '../enums/division.enums';
import { assertWritesRecords, UUID_PATTERN } from '../registry.errors';
import { CreateSiteInput, UpdateSiteInput } from './dtos/create-site.input';
import { SiteFacilityInput } from './dtos/site-facility.input';
import { FacilityKind } from './facility-kind.entity';
import { SiteFilter } from './dtos/site.filter';
import { applySiteFilter } from './site-filter.query';
import { SiteFacility } from './site-facility.entity';
import { Site } from './site.entity';


/** A site is tendered, built, completed and accepted in that order. */
const SITE_DATE_ORDER = [
  ['tenderDate', 'constructionStartedOn'],
  ['constructionStartedOn', 'constructionCompletedOn'],
  ['constructionCompletedOn', 'acceptedOn'],
] as const;
@Injectable()
export class SiteService {
  constructor(
    @InjectRepository(Site) private readonly sites: Repository<Site>,
    @InjectRepository(SiteFacility) private readonly facilities: Repository<SiteFacility>,
    private readonly divisions: DivisionService,
    private readonly tx: AuditedTransaction,
  ) {}

  /** Sites the caller may see; every site lookup starts here. */
  visibleSites(viewer: Viewer, manager?: EntityManager): SelectQueryBuilder<Site> {
    const scope = viewer.siteScopeSql('site');
    const repository = manager ? manager.getRepository(Site) : this.sites;
    return repository.createQueryBuilder('site').where(scope.sql, scope.params);
  }

  async findVisible(viewer: Viewer, id: string): Promise<Site> {
    const site = UUID_PATTERN.test(id) ? await this.visibleSites(viewer).andWhere('site.id = :id', { id }).getOne() : null;
    if (!site) throw notFound('Site', id);
    return site;
  }

  list(viewer: Viewer, filter: SiteFilter | undefined, page: PageArgs): Promise<Connection<Site>> {
    const query = applySiteFilter(this.visibleSites(viewer), filter);
    return keysetPage(query, { column: 'site.code', idColumn: 'site.id', key: (site) => site.code }, page);
  }

  /** Sites by id for loaders whose parents were already scoped. */
  findByIds(ids: readonly string[]): Promise<Site[]> {
    return this.sites.find({ where: { id: In([...ids]) } });
  }

  /** Codes by id, for listings that name many sites (every site of the region: one array parameter). */
  async codesByIds(ids: readonly string[]): Promise<Map<string, string>> {
    const found: Array<{ id: string; code: string }> = await this.sites.query(`SELECT id::text AS id, code FROM site WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(found.map((site) => [site.id, site.code]));
  }

  async facilitiesBySite(siteIds: readonly string[]): Promise<SiteFacility[]> {
    return this.facilities.find({ where: { siteId: In([...siteIds]) }, order: { kindCode: 'ASC' } });
  }

  async create(viewer: Viewer, input: CreateSiteInput): Promise<Site> {
    assertWritesRecords(viewer);
    if (viewer.jurisdiction.kind === 'site') throw forbidden('Site staff keep their own site; new sites are created by county staff');
    const county = await this.divisions.findByCode(input.countyCode);
    if (!county || county.level !== UnitLevel.COUNTY) throw badInput([{ field: 'countyCode', reason: 'is not a county-level division code' }]);
    if (!viewer.seesDivision(county.code)) throw forbidden(`County ${county.code} is outside your jurisdiction`);
    const { facilities, ...fields } = input;
    return this.tx.run(viewer.username, async (manager) => {
      const site = manager.getRepository(Site).create({ ...fields, countyCode: county.code, cityCode: county.parentCode ?? county.code });
      const saved = await this.saveUnique(manager, site);
        if (facilities) await this.replaceFacilities(manager, saved.id, facilities);
      return saved;
    });
  }

  async update(viewer: Viewer, id: string, version: number, input: UpdateSiteInput): Promise<Site> {
    return this.tx.run(viewer.username, async (manager) => {
      const site = UUID_PATTERN.test(id)
        ? await this.visibleSites(viewer, manager).andWhere('site.id = :id', { id }).setLock('pessimistic_write').getOne()
        : null;
      if (!site) throw notFound('Site', id);
      assertWritesRecords(viewer);
      if (site.version !== version) throw conflict('Site', id, version, site.version);
      const { facilities, ...fields } = input;
      const saved = await this.saveUnique(manager, manager.getRepository(Site).merge(site, fields));
      if (facilities) await this.replaceFacilities(manager, saved.id, facilities);
      return saved;
    });
  }

  private async saveUnique(manager: EntityManager, site: Site): Promise<Site> {
    const problems = dateOrderProblems(site, SITE_DATE_ORDER);
    if (problems.length > 0) throw badInput(problems);
    try {
      return await manager.getRepository(Site).save(site);
    } catch (error) {
      if (isUniqueViolation(error)) throw badInput([{ field: 'code', reason: 'is already used by another site' }]);
      throw error;
    }
  }

  private async replaceFacilities(manager: EntityManager, siteId: string, facilities: SiteFacilityInput[]): Promise<void> {
    const known = new Set((await manager.getRepository(FacilityKind).find()).map((kind) => kind.code));
    const problems = facilities.flatMap((facility, index) =>
      known.has(facility.kindCode) ? [] : [{ field: `facilities.${index}.kindCode`, reason: `is not a facility kind (${[...known].join(', ')})` }],
    );
    const seen = new Set<string>();
    facilities.forEach((facility, index) => {
      if (seen.has(facility.kindCode)) problems.push({ field: `facilities.${index}.kindCode`, reason: 'is listed twice' });
      seen.add(facility.kindCode);
    });
    if (problems.length > 0) throw badInput(problems);
    await manager.getRepository(SiteFacility).delete({ siteId });
    if (facilities.length === 0) return;
    await manager.getRepository(SiteFacility).insert(facilities.map((facility) => ({ siteId, ...facility })));
  }
}
