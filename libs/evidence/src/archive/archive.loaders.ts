import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { childrenLoader, PerRequestLoaders } from '../loaders/per-request';
import { ArchiveFileOwner } from './archive.enums';
import { ArchiveFile } from './archive-file.entity';
import { ArchiveFileService } from './archive-file.service';
import { ShortfallProgressReport } from './shortfall-progress-report.entity';
import { ShortfallProject } from './shortfall-project.entity';
import { ShortfallProjectService } from './shortfall-project.service';

export interface ArchiveLoaders {
  files: Record<ArchiveFileOwner, DataLoader<string, ArchiveFile[]>>;
  projectsBySite: DataLoader<string, ShortfallProject[]>;
  reportsByProject: DataLoader<string, ShortfallProgressReport[]>;
}

/** Per-request batch loaders of the archive's parent → children fields; parents are already scoped. */
@Injectable()
export class ArchiveLoaderFactory extends PerRequestLoaders<ArchiveLoaders> {
  constructor(
    private readonly files: ArchiveFileService,
    private readonly projects: ShortfallProjectService,
  ) {
    super();
  }

  protected create(): ArchiveLoaders {
    const filesOf = (type: ArchiveFileOwner) => childrenLoader((ids) => this.files.byOwners(type, ids), (file) => file.ownerId);
    return {
      files: {
        [ArchiveFileOwner.POLICY_DOCUMENT]: filesOf(ArchiveFileOwner.POLICY_DOCUMENT),
        [ArchiveFileOwner.SHORTFALL_PROGRESS_REPORT]: filesOf(ArchiveFileOwner.SHORTFALL_PROGRESS_REPORT),
        [ArchiveFileOwner.NEWS_ITEM]: filesOf(ArchiveFileOwner.NEWS_ITEM),
      },
      projectsBySite: childrenLoader((ids) => this.projects.bySites(ids), (project) => project.siteId),
      reportsByProject: childrenLoader((ids) => this.projects.reportsOf(ids), (report) => report.projectId),
    };
  }
}
