import type { OpenViolationRow } from '@app/redlines';
import type { SnapshotUnitRow, SnapshotUnitSummary } from '@app/reports';
import type { BulletinHeader } from './bulletin-header';
import type { DefinitionLine } from './definitions';

/** Everything a bulletin is made from, read for one division and month (see BulletinSource). */
export interface BulletinExtract {
  header: BulletinHeader;
  /** The division's own rows, one per measure. */
  own: SnapshotUnitRow[];
  /** Per measure, how many units the division is ranked among: under its parent, and region-wide. */
  ownPeers: ReadonlyMap<string, { inParent: number; inRegion: number }>;
  parentName: string | null;
  /** The units directly below, every measure, in rank order per measure. */
  children: SnapshotUnitRow[];
  childSummaries: SnapshotUnitSummary[];
  /** Sites are shown by their code; divisions by theirs. */
  displayCodes: ReadonlyMap<string, string>;
  /** A county's households with a red line open at the month's end; empty above counties. */
  violations: OpenViolationRow[];
  /** Units below that should report but have no row at all this month. */
  missingChildren: string[];
  definitions: DefinitionLine[];
}
