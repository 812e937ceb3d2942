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
  /** Counties below that corrected the previous month's data after confirming it, as counted at publication. */
  correctionsOfPreviousMonth: Array<{ unitName: string; count: number }>;
}

/** The sign-off lines every page and sheet prints under its title: who had not confirmed, who corrected after confirming. */
export function signOffLines(header: BulletinHeader): string[] {
  return [
    ...(header.unconfirmedUnits.length > 0 ? [`未确认本月数据的单位：${header.unconfirmedUnits.join('、')}`] : []),
    ...(header.correctionsOfPreviousMonth.length > 0
      ? [`上月数据确认后更正：${header.correctionsOfPreviousMonth.map((unit) => `${unit.unitName}${unit.count}处`).join('、')}`]
      : []),
  ];
}
