import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Viewer } from '@app/access';
import { todayInShanghai } from '@app/common';
import { HouseholdWriteHook, HouseholdWriteHooks, REGISTRY_RELATIONS } from '@app/registry';

/** The dated facts of a household: an edit carrying one inside a confirmed month changes that month's figures. */
const DATED_COLUMNS = ['moved_in_on', 'old_house_demolished_on', 'land_reclaimed_on', 'property_certificate_issued_on', 'hukou_transferred_on'];

/**
 * Flags a household write as a correction after confirmation (SPEC §9): the write is allowed, and
 * recorded against each month its county has confirmed whose figures it may change — the current
 * month (its report is published on the 1st, so any edit before then counts), or an earlier one when
 * the household carries a date inside it. In the write's own transaction.
 */
@Injectable()
export class CorrectionAfterCertification implements HouseholdWriteHook, OnModuleInit {
  constructor(private readonly hooks: HouseholdWriteHooks) {}

  onModuleInit(): void {
    this.hooks.register(this);
  }

  async afterHouseholdsWritten(manager: EntityManager, householdIds: readonly string[], viewer: Viewer): Promise<void> {
    const dated = DATED_COLUMNS.map((column) => `to_char(h.${column}, 'YYYY-MM')`).join(', ');
    await manager.query(
      `INSERT INTO certification_correction (period, county_code, household_id, actor)
       SELECT c.period, c.division_code, h.id, $3
       FROM ${REGISTRY_RELATIONS.household} h
       JOIN ${REGISTRY_RELATIONS.site} s ON s.id = h.site_id
       JOIN month_certification c ON c.division_code = s.county_code AND c.status = 'CERTIFIED'
       WHERE h.id = ANY ($1) AND (c.period = $2 OR c.period IN (${dated}))`,
      [householdIds, todayInShanghai().slice(0, 7), viewer.username],
    );
  }
}
