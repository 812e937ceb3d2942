import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Viewer } from '@app/access';
import { Household } from './household.entity';

/** Work that must commit or roll back together with a household write (e.g. red-line checks). */
export interface HouseholdWriteHook {
  afterHouseholdWrite(manager: EntityManager, household: Household, viewer: Viewer): Promise<void>;
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

  async run(manager: EntityManager, household: Household, viewer: Viewer): Promise<void> {
    for (const hook of this.hooks) await hook.afterHouseholdWrite(manager, household, viewer);
  }
}
