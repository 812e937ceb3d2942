import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { RedlineViolation } from './redline-violation.entity';
import { RedlineViolationsService } from './redline-violations.service';

/**
 * A per-request batch loader for Household.redlineViolations, so a page of households costs
 * one query. Kept per GraphQL context object rather than in the shared context factory, so
 * this lib adds its loader without the app knowing about it.
 */
@Injectable()
export class ViolationsByHousehold {
  private readonly loaders = new WeakMap<object, DataLoader<string, RedlineViolation[]>>();

  constructor(private readonly violations: RedlineViolationsService) {}

  forRequest(context: object): DataLoader<string, RedlineViolation[]> {
    let loader = this.loaders.get(context);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const found = await this.violations.byHouseholds(ids);
        return ids.map((id) => found.filter((violation) => violation.householdId === id));
      });
      this.loaders.set(context, loader);
    }
    return loader;
  }
}
