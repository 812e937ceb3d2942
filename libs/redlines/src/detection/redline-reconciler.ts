import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { REGISTRY_RELATIONS } from '@app/registry';
import { measureSql } from '../rules/redline-measures';

/** The households a write wrote (one, or an import's thousands), or every household (the monthly scan). */
export type DetectionScope = { householdIds: readonly string[] } | 'all';

export interface ReconcileOutcome {
  /** Violations opened by this run: each one calls for alert mail. */
  opened: string[];
  resolved: number;
  /** Open violations whose value or threshold moved while still crossing. */
  updated: number;
}

/**
 * Brings the violations of a scope in line with the rules as they are now, in three set-based
 * statements over the same `crossing` relation (households × enabled rules whose value exceeds
 * the threshold): open violations no longer crossing are resolved, those still crossing get
 * the current value, and new crossings are opened. The same SQL serves one household on write
 * and all of them in the scan, so the two can never disagree.
 */
/**
 * Households (alias h) × the enabled rules for their type, where the household's value exceeds
 * the threshold. $1 is the households written, or NULL for all of them: unnamed statements are
 * planned with their values, so for a write the planner still goes by primary key.
 */
const CROSSING = `SELECT h.id AS household_id, r.rule, m.value, r.threshold
  FROM ${REGISTRY_RELATIONS.household} h
  JOIN redline_rule_config r ON r.enabled AND h.household_type = ANY (r.household_types)
  CROSS JOIN LATERAL (SELECT ${measureSql('r.rule')} AS value) m
  WHERE ($1::uuid[] IS NULL OR h.id = ANY ($1)) AND m.value > r.threshold`;

@Injectable()
export class RedlineReconciler {
  async reconcile(manager: EntityManager, scope: DetectionScope, actor: string): Promise<ReconcileOutcome> {
    const householdIds = scope === 'all' ? null : scope.householdIds;
    const resolved = await updateCount(
      manager,
      `UPDATE redline_violation v SET status = 'RESOLVED', resolved_at = now(), resolved_by = $2
       WHERE v.status = 'OPEN' AND ($1::uuid[] IS NULL OR v.household_id = ANY ($1))
         AND NOT EXISTS (SELECT 1 FROM crossing c WHERE c.household_id = v.household_id AND c.rule = v.rule)`,
      [householdIds, actor],
    );
    const updated = await updateCount(
      manager,
      `UPDATE redline_violation v SET value = c.value, threshold = c.threshold
       FROM crossing c
       WHERE v.status = 'OPEN' AND v.household_id = c.household_id AND v.rule = c.rule
         AND (v.value, v.threshold) IS DISTINCT FROM (c.value, c.threshold)`,
      [householdIds],
    );
    const opened: Array<{ id: string }> = await manager.query(
      `WITH crossing AS (${CROSSING})
       INSERT INTO redline_violation (household_id, rule, value, threshold, detected_by)
       SELECT household_id, rule, value, threshold, $2 FROM crossing
       ON CONFLICT (household_id, rule) WHERE status = 'OPEN' DO NOTHING
       RETURNING id`,
      [householdIds, actor],
    );
    return { opened: opened.map((row) => row.id), resolved, updated };
  }
}

/** Runs an UPDATE that may read `crossing`, and counts the rows it changed. */
async function updateCount(manager: EntityManager, update: string, params: unknown[]): Promise<number> {
  const [{ n }] = await manager.query(`WITH crossing AS (${CROSSING}), changed AS (${update} RETURNING 1) SELECT count(*)::int AS n FROM changed`, params);
  return n;
}
