import type { UnitLevel } from '@app/registry';
import type { BulletinHeader } from './bulletin-header';
import type { DefinitionLine } from './definitions';
import type { Measure } from './measures';

/** A unit as the workbook names it: by name and code (a site's own code), under its parent's name. */
export interface WorkbookUnit {
  level: UnitLevel;
  name: string;
  code: string;
  parentName: string | null;
}

export interface WorkbookSummaryLine extends WorkbookUnit {
  composite: number | null;
  compositeRankInParent: number | null;
  compositeRankInRegion: number | null;
  /** Rank within the parent on each indicator, by key. */
  ranks: Record<string, number | null>;
}

export interface WorkbookMeasureLine extends WorkbookUnit {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  rankInParent: number | null;
  rankInRegion: number | null;
  change: number | null;
}

/**
 * The workbook as data. Lines of one measure are fetched when its sheet is written, so a
 * region's workbook (every site, every measure) never sits in memory whole.
 */
export interface WorkbookDocument {
  header: BulletinHeader;
  summary: WorkbookSummaryLine[];
  measures: readonly Measure[];
  measureLines(measure: Measure): Promise<WorkbookMeasureLine[]>;
  definitions: DefinitionLine[];
}
