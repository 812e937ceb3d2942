import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, SelectQueryBuilder } from 'typeorm';
import { Connection, keysetPage, notFound, PageArgs } from '@app/common';
import { AuditedTransaction } from '@app/db';
import { siteWithinDivisionSql, Viewer } from '@app/access';
import { assertWritesRecords, DivisionService, noSuchReference, Site, SiteService, UUID_PATTERN } from '@app/registry';
import { containsPattern } from '../sql/contains-pattern';
import { ShortfallCategory } from './archive.enums';
import { CreateShortfallProjectInput, ReportShortfallProgressInput } from './dtos/create-shortfall-project.input';
import { ShortfallProgressReport } from './shortfall-progress-report.entity';
import { ShortfallProject } from './shortfall-project.entity';

export interface ShortfallProjectFilter {
  divisionCode: string;
  category?: ShortfallCategory | null;
  /** A substring of the project name. */
  search?: string | null;
}

/** 补短板项目 and their progress reports: site records, written by those who keep the site's data. */
@Injectable()
export class ShortfallProjectService {
  constructor(
    @InjectRepository(ShortfallProject) private readonly projects: Repository<ShortfallProject>,
    @InjectRepository(ShortfallProgressReport) private readonly reports: Repository<ShortfallProgressReport>,
    private readonly sites: SiteService,
    private readonly divisions: DivisionService,
    private readonly tx: AuditedTransaction,
  ) {}

  async create(viewer: Viewer, input: CreateShortfallProjectInput): Promise<ShortfallProject> {
    assertWritesRecords(viewer);
    const site = await this.sites.visibleSites(viewer).andWhere('site.id = :id', { id: input.siteId }).getOne();
    if (!site) throw noSuchReference('siteId', 'site');
    return this.tx.run(viewer.username, (manager) =>
      manager.getRepository(ShortfallProject).save(manager.getRepository(ShortfallProject).create({ ...input, name: input.name.trim(), createdBy: viewer.username })),
    );
  }

  async report(viewer: Viewer, input: ReportShortfallProgressInput): Promise<ShortfallProgressReport> {
    assertWritesRecords(viewer);
    const project = await this.visible(viewer).andWhere('project.id = :id', { id: input.projectId }).getOne();
    if (!project) throw noSuchReference('projectId', 'shortfall project');
    return this.tx.run(viewer.username, (manager) =>
      manager.getRepository(ShortfallProgressReport).save(
        manager.getRepository(ShortfallProgressReport).create({ ...input, notes: input.notes?.trim() || null, reportedBy: viewer.username }),
      ),
    );
  }

  /** A progress report the caller may see (its project's site is in scope). */
  async findVisibleReport(viewer: Viewer, id: string): Promise<ShortfallProgressReport> {
    const scope = viewer.siteScopeSql('site');
    const report = UUID_PATTERN.test(id)
      ? await this.reports
          .createQueryBuilder('report')
          .innerJoin(ShortfallProject, 'project', 'project.id = report.project_id')
          .innerJoin(Site, 'site', 'site.id = project.site_id')
          .where(scope.sql, scope.params)
          .andWhere('report.id = :id', { id })
          .getOne()
      : null;
    if (!report) throw notFound('ShortfallProgressReport', id);
    return report;
  }

  async list(viewer: Viewer, filter: ShortfallProjectFilter, page: PageArgs): Promise<Connection<ShortfallProject>> {
    await this.divisions.findVisible(viewer, filter.divisionCode);
    const within = siteWithinDivisionSql('site', filter.divisionCode, 'division');
    const query = this.visible(viewer).andWhere(within.sql, within.params);
    if (filter.category) query.andWhere('project.category = :category', { category: filter.category });
    if (filter.search?.trim()) query.andWhere('project.name ILIKE :pattern', { pattern: containsPattern(filter.search) });
    return keysetPage(query, { column: 'project.name', idColumn: 'project.id', key: (project) => project.name }, page);
  }

  /** Projects of sites the caller has already been allowed to see (DataLoader batch). */
  bySites(siteIds: readonly string[]): Promise<ShortfallProject[]> {
    return this.projects.find({ where: { siteId: In([...siteIds]) }, order: { name: 'ASC', id: 'ASC' } });
  }

  /** Reports of projects already allowed (DataLoader batch), oldest first. */
  reportsOf(projectIds: readonly string[]): Promise<ShortfallProgressReport[]> {
    return this.reports.find({ where: { projectId: In([...projectIds]) }, order: { reportedOn: 'ASC', createdAt: 'ASC' } });
  }

  private visible(viewer: Viewer): SelectQueryBuilder<ShortfallProject> {
    const scope = viewer.siteScopeSql('site');
    return this.projects.createQueryBuilder('project').innerJoin(Site, 'site', 'site.id = project.site_id').where(scope.sql, scope.params);
  }
}
