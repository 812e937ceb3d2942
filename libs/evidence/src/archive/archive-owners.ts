import { Injectable } from '@nestjs/common';
import { Viewer } from '@app/access';
import { assertWritesRecords } from '@app/registry';
import { found } from '../evidence.errors';
import { ArchiveFileOwner } from './archive.enums';
import { PolicyDocumentService } from './policy-document.service';
import { ShortfallProjectService } from './shortfall-project.service';

/** Who may add files to an owner of archive files, and who may see them. */
export interface ArchiveOwnerRules {
  /** Refuses, as NOT_FOUND or FORBIDDEN, a caller who may not add a file to this owner. */
  assertMayAttach(viewer: Viewer, ownerId: string): Promise<void>;
  /** Whether the caller may see the owner, and so its files. */
  isVisible(viewer: Viewer, ownerId: string): Promise<boolean>;
}

/**
 * The owners archive files can belong to, each with its access rules. The archive's own
 * owners are known here; a feature elsewhere (work news, say) registers its owner when its
 * module starts, so the archive keeps its files without depending on that feature.
 */
@Injectable()
export class ArchiveOwners {
  private readonly rules = new Map<ArchiveFileOwner, ArchiveOwnerRules>();

  constructor(policies: PolicyDocumentService, projects: ShortfallProjectService) {
    this.register(ArchiveFileOwner.POLICY_DOCUMENT, {
      assertMayAttach: async (viewer, id) => void (await policies.findFilable(viewer, id)),
      isVisible: (viewer, id) => found(policies.findVisible(viewer, id)),
    });
    this.register(ArchiveFileOwner.SHORTFALL_PROGRESS_REPORT, {
      assertMayAttach: async (viewer, id) => {
        await projects.findVisibleReport(viewer, id);
        assertWritesRecords(viewer);
      },
      isVisible: (viewer, id) => found(projects.findVisibleReport(viewer, id)),
    });
  }

  register(owner: ArchiveFileOwner, rules: ArchiveOwnerRules): void {
    if (this.rules.has(owner)) throw new Error(`archive file owner ${owner} is registered twice`);
    this.rules.set(owner, rules);
  }

  of(owner: ArchiveFileOwner): ArchiveOwnerRules {
    const rules = this.rules.get(owner);
    // A declared owner nobody registered rules for is a wiring mistake, not a caller's.
    if (!rules) throw new Error(`no rules registered for archive file owner ${owner}: import its feature's module`);
    return rules;
  }
}
