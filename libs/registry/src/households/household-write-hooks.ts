import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Viewer } from '@app/access';

/**
 * Work that must commit or roll back together with household writes (e.g. red-line checks).
 * Called once per write with the households it wrote: one for a single write, thousands for an
 * import's set write, so a hook states its work over a set and pays its statements once.
 */
export interface HouseholdWriteHook {
  afterHouseholdsWritten(manager: EntityManager, householdIds: readonly string[], viewer: Viewer): Promise<void>;
}

/**
 * Lets features downstream of the registry join household writes without the registry
 * depending on them: they register here when their module starts.
 */
@Injectable()
export class HouseholdWriteHooks {
  private readonly hooks: HouseholdWriteHook[] = [];

  register(hook: HouseholdWriteHook): void {
    this.hooks.push(hook);
  }

  async run(manager: EntityManager, householdIds: readonly string[], viewer: Viewer): Promise<void> {
    if (householdIds.length === 0) return;
    for (const hook of this.hooks) await hook.afterHouseholdsWritten(manager, householdIds, viewer);
  }
}
