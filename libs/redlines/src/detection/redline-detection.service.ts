import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RedlineAlerts } from '../alerts/redline-alerts.service';
import { DetectionScope, ReconcileOutcome, RedlineReconciler } from './redline-reconciler';

export interface DetectionOutcome extends ReconcileOutcome {
  mailsQueued: number;
}

/**
 * Detection as one unit of work inside the caller's transaction: violations reconciled and,
 * for each one newly opened, its alert mail in the outbox — committed together or not at all
 * (ARCHITECTURE decision 5).
 */
@Injectable()
export class RedlineDetection {
  constructor(
    private readonly reconciler: RedlineReconciler,
    private readonly alerts: RedlineAlerts,
  ) {}

  async detect(manager: EntityManager, scope: DetectionScope, actor: string): Promise<DetectionOutcome> {
    const outcome = await this.reconciler.reconcile(manager, scope, actor);
    const mailsQueued = await this.alerts.queueFor(manager, outcome.opened);
    return { ...outcome, mailsQueued };
  }
}
