import { Injectable } from '@nestjs/common';
import { Viewer } from '@app/access';
import { HouseholdService, PersonService, SiteService } from '@app/registry';
import { found } from '../evidence.errors';
import { EvidenceSubjectType } from './evidence.enums';

/**
 * Whether the caller may see the record an evidence file is about, asked of the registry's own
 * scoped lookups so evidence follows exactly the same jurisdiction rules as the records.
 */
@Injectable()
export class EvidenceSubjects {
  constructor(
    private readonly sites: SiteService,
    private readonly households: HouseholdService,
    private readonly persons: PersonService,
  ) {}

  /** Throws NOT_FOUND, as if the subject did not exist, when the caller may not see it. */
  async assertVisible(viewer: Viewer, type: EvidenceSubjectType, id: string): Promise<void> {
    switch (type) {
      case EvidenceSubjectType.SITE:
        await this.sites.findVisible(viewer, id);
        return;
      case EvidenceSubjectType.HOUSEHOLD:
        await this.households.findVisible(viewer, id);
        return;
      case EvidenceSubjectType.PERSON:
        await this.persons.findVisible(viewer, id);
        return;
      default: {
        const unhandled: never = type;
        throw new Error(`unhandled subject type ${String(unhandled)}`);
      }
    }
  }

  isVisible(viewer: Viewer, type: EvidenceSubjectType, id: string): Promise<boolean> {
    return found(this.assertVisible(viewer, type, id));
  }
}
