import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { conflict, forbidden, notFound } from '@app/common';
import { AuditedTransaction } from '@app/db';
import { Role, Viewer } from '@app/access';
import { JobName, JobQueue } from '@app/jobs';
import { UpdateRedlineRuleArgs } from './dtos/update-redline-rule.args';
import { RedlineRuleConfig } from './redline-rule-config.entity';

/** The red-line rule table: everyone reads it, region administrators change it. */
@Injectable()
export class RedlineRulesService {
  private readonly logger = new Logger(RedlineRulesService.name);

  constructor(
    @InjectRepository(RedlineRuleConfig) private readonly rules: Repository<RedlineRuleConfig>,
    private readonly tx: AuditedTransaction,
    private readonly jobs: JobQueue,
  ) {}

  list(): Promise<RedlineRuleConfig[]> {
    return this.rules.find({ order: { rule: 'ASC' } });
  }

  async update(viewer: Viewer, { rule, version, ...fields }: UpdateRedlineRuleArgs): Promise<RedlineRuleConfig> {
    if (viewer.role !== Role.REGION_ADMIN) throw forbidden('Only region administrators change red-line rules');
    const changes = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined));
    const { saved, changed } = await this.tx.run(viewer.username, async (manager) => {
      const repository = manager.getRepository(RedlineRuleConfig);
      const current = await repository.findOne({ where: { rule }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw notFound('Red-line rule', rule);
      if (version !== null && version !== undefined && version !== current.version) throw conflict('Red-line rule', rule, version, current.version);
      const previousVersion = current.version;
      await repository.save(repository.merge(current, changes));
      // Re-read: the trigger, not the application, records who wrote this version.
      const stored = await repository.findOneByOrFail({ rule });
      return { saved: stored, changed: stored.version !== previousVersion };
    });
    if (changed) this.rescanSoon(viewer.username);
    return saved;
  }

  // A threshold applies to every household at once: re-evaluate now instead of waiting for the
  // 1st. Should Redis miss it, the monthly scan still applies the new rule.
  private rescanSoon(requestedBy: string): void {
    this.jobs
      .enqueue(JobName.SCAN_REDLINES, { data: { requestedBy } })
      .catch((error: unknown) => this.logger.warn(`Could not queue a red-line scan after a rule change (${String(error)}); the monthly scan will apply it`));
  }
}
