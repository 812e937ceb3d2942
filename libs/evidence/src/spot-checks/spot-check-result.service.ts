import { Injectable } from '@nestjs/common';
import { badInput, DomainError, ErrorCode, forbidden } from '@app/common';
import { AuditedTransaction } from '@app/db';
import { Viewer } from '@app/access';
import { HouseholdService, SiteService, UpdateHouseholdInput, UpdateSiteInput } from '@app/registry';
import { EvidenceSubjectType } from '../evidence/evidence.enums';
import { RecordSpotCheckResultArgs } from './dtos/record-spot-check-result.args';
import { SpotCheckCorrector } from './spot-check-corrector';
import { SpotCheckItem } from './spot-check-item.entity';
import { SpotCheckOutcome } from './spot-check.enums';
import { SpotCheckService } from './spot-check.service';

type Correction =
  | { part: 'household'; version: number; values: UpdateHouseholdInput }
  | { part: 'site'; version: number; values: UpdateSiteInput };

/** The corrections that apply to the sampled record, if any; refuses corrections that do not fit it. */
function correctionFor(args: RecordSpotCheckResultArgs, subjectType: EvidenceSubjectType): Correction | null {
  const given = args.corrections;
  if (!given) return null;
  if (args.outcome !== SpotCheckOutcome.DISCREPANCY) throw badInput([{ field: 'corrections', reason: 'are only recorded with the outcome DISCREPANCY' }]);
  if (subjectType === EvidenceSubjectType.HOUSEHOLD && given.household && !given.site) return { part: 'household', version: given.version, values: given.household };
  if (subjectType === EvidenceSubjectType.SITE && given.site && !given.household) return { part: 'site', version: given.version, values: given.site };
  throw badInput([{ field: 'corrections', reason: `must hold exactly the ${subjectType.toLowerCase()} part: the sampled record is a ${subjectType.toLowerCase()}` }]);
}

/** Field names of a registry validation error, placed under the corrections argument. */
const underCorrections = (error: unknown, part: string): unknown =>
  error instanceof DomainError && error.code === ErrorCode.BAD_USER_INPUT
    ? badInput(error.fields.map((problem) => ({ ...problem, field: `corrections.${part}.${problem.field}` })))
    : error;

/** The checker's findings on one sampled record, with its corrections, committed together. */
@Injectable()
export class SpotCheckResultService {
  constructor(
    private readonly checks: SpotCheckService,
    private readonly households: HouseholdService,
    private readonly sites: SiteService,
    private readonly tx: AuditedTransaction,
  ) {}

  async record(viewer: Viewer, args: RecordSpotCheckResultArgs): Promise<SpotCheckItem> {
    const { item, check } = await this.checks.findVisibleItem(viewer, args.itemId);
    if (check.assignee !== viewer.username) throw forbidden(`Only the assigned spot checker (${check.assignee ?? 'none yet'}) records results of this check`);
    const correction = correctionFor(args, item.subjectType);
    return this.tx.run(viewer.username, async (manager) => {
      const locked = await manager.getRepository(SpotCheckItem).findOneOrFail({ where: { id: item.id }, lock: { mode: 'pessimistic_write' } });
      if (locked.outcome) throw badInput([{ field: 'itemId', reason: `was already recorded by ${locked.recordedBy}` }]);
      locked.correctedVersion = correction ? await this.applyCorrections(viewer, locked, correction) : null;
      locked.corrections = correction ? { ...correction.values } : null;
      locked.outcome = args.outcome;
      locked.notes = args.notes?.trim() || null;
      locked.recordedBy = viewer.username;
      locked.recordedAt = new Date();
      return manager.getRepository(SpotCheckItem).save(locked);
    });
  }

  /**
   * Through the registry's own update, as the checker acting on this one site: validated,
   * conflict-checked against the version the checker saw, and recorded in history. It joins
   * the transaction of the result, so both commit or neither.
   */
  private async applyCorrections(checker: Viewer, item: SpotCheckItem, correction: Correction): Promise<number> {
    const corrector = new SpotCheckCorrector(checker, item.siteId);
    try {
      const saved =
        correction.part === 'household'
          ? await this.households.update(corrector, item.subjectId, correction.version, correction.values)
          : await this.sites.update(corrector, item.subjectId, correction.version, correction.values);
      return saved.version;
    } catch (error) {
      throw underCorrections(error, correction.part);
    }
  }
}
