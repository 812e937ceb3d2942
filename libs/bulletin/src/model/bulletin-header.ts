import { UnitLevel } from '@app/registry';

/** A later correction of a published month (report revisions): when, and why. */
export interface RevisionNote {
  revisedAt: Date;
  reason: string;
}

/**
 * What every page and sheet says about the document: whose it is, which month, as of when,
 * which snapshot it was made from, whether the month was revised, and which units had not
 * confirmed their month when the snapshot was published.
 */
export interface BulletinHeader {
  unit: { code: string; name: string; level: UnitLevel };
  period: string;
  asOf: Date;
  /** When the snapshot was published. */
  publishedAt: Date;
  snapshotId: string;
  revision: RevisionNote | null;
  /** Names of the units (the document's own and those below) that had not confirmed the month at publication. */
  unconfirmedUnits: string[];
}
