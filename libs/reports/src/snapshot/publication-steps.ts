import type { EntityManager } from 'typeorm';

/** The snapshot a publication (a month's first, or a revision) has just made current. */
export interface PublishedSnapshot {
  period: string;
  /** The run that published it: the snapshot's id. */
  snapshotId: string;
}

/** Work a feature records with a snapshot, inside the transaction that publishes it. */
export type PublicationStep = (manager: EntityManager, snapshot: PublishedSnapshot) => Promise<void>;

const steps: PublicationStep[] = [];

/**
 * Lets a feature downstream of the reports record what it knows as of a publication (the
 * monthly sign-off: who had confirmed) without the reports depending on it. Call it when the
 * feature's module file loads; the step commits or rolls back with the snapshot itself.
 */
export function onReportPublished(step: PublicationStep): void {
  if (!steps.includes(step)) steps.push(step);
}

export async function runPublicationSteps(manager: EntityManager, snapshot: PublishedSnapshot): Promise<void> {
  for (const step of steps) await step(manager, snapshot);
}
