import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { unauthenticated } from '@app/common';
import type { AuthenticatedRequest } from '@app/access';
import { indicatorValuesOf } from './indicator-values';
import { IndicatorValue } from '../dtos/indicator.types';
import { IndicatorService, UnitRef, unitCovers, unitKeyOf } from './indicator.service';

interface Batch {
  units: readonly UnitRef[];
  values: Promise<Map<string, IndicatorValue[]>>;
}

/**
 * Per request: every `indicators` field of a query is answered by as few rollup statements as
 * possible. Fields asked for in the same tick share one batch; a unit asked for later (a
 * division's children, resolved after the division) waits for a running batch that already
 * covers it instead of aggregating again.
 */
export class IndicatorLoader {
  private readonly batches: Batch[] = [];
  private readonly loader: DataLoader<UnitRef, IndicatorValue[], string>;

  constructor(load: (units: readonly UnitRef[]) => Promise<Map<string, IndicatorValue[]>>) {
    this.loader = new DataLoader(
      async (units) => {
        const batch: Batch = { units, values: load(units) };
        this.batches.push(batch);
        const values = await batch.values;
        return units.map((unit) => values.get(unitKeyOf(unit)) ?? []);
      },
      { cacheKeyFn: unitKeyOf },
    );
  }

  async load(unit: UnitRef): Promise<IndicatorValue[]> {
    const covering = this.batches.find((batch) => batch.units.some((outer) => unitCovers(outer, unit)));
    if (!covering) return this.loader.load(unit);
    return (await covering.values).get(unitKeyOf(unit)) ?? indicatorValuesOf({});
  }
}

const memoise = <T>(compute: () => Promise<T>): (() => Promise<T>) => {
  let once: Promise<T> | undefined;
  return () => (once ??= compute());
};

export interface IndicatorLoaders {
  byUnit: IndicatorLoader;
  /** Once per request, however many units ask. */
  asOf: () => Promise<Date>;
}

@Injectable()
export class IndicatorLoaderFactory {
  constructor(private readonly indicators: IndicatorService) {}

  create(request: AuthenticatedRequest): IndicatorLoaders {
    // One refresh per request: every batch and indicatorsAsOf read the same figures.
    const refreshed = memoise(() => this.indicators.refreshFigures());
    return {
      byUnit: new IndicatorLoader(async (units) => {
        // The guard has authenticated the request by the time any field resolves.
        if (!request.viewer) throw unauthenticated();
        await refreshed();
        return this.indicators.forUnits(request.viewer, units, true);
      }),
      asOf: refreshed,
    };
  }
}
