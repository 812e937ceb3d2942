import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/common';
import { AuditedTransaction } from '@app/db';
import { DivisionService } from '@app/registry';
import { drawSample } from './spot-check-sampler';
import { SpotCheckerAssignment } from './spot-checker-assignment';
import { SpotCheck } from './spot-check.entity';

const ACTOR = 'monthly-spot-check';

/** The month now in Asia/Shanghai, YYYY-MM. */
export const currentMonth = (now = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(now);

/**
 * SPEC §5 "at least monthly": a sample for every city with relocation work, drawn by the
 * worker on the 2nd. The seed is the month and the city, so the draw is reproducible; each
 * city's check and its sample commit together, and a check that already exists for the month
 * is left alone, so a retried or duplicated job draws nothing twice.
 */
@Injectable()
export class MonthlySpotChecks {
  private readonly logger = new Logger(MonthlySpotChecks.name);

  constructor(
    private readonly divisions: DivisionService,
    private readonly assignment: SpotCheckerAssignment,
    private readonly tx: AuditedTransaction,
    private readonly config: AppConfig,
  ) {}

  /** Returns the number of checks drawn now (0 when the month was already drawn). */
  async drawForEveryCity(period = currentMonth()): Promise<number> {
    let drawn = 0;
    for (const city of await this.divisions.citiesWithRelocationTask()) {
      if (await this.drawForCity(city.code, period)) drawn += 1;
    }
    this.logger.log(`Monthly spot checks for ${period}: ${drawn} drawn`);
    return drawn;
  }

  private async drawForCity(cityCode: string, period: string): Promise<boolean> {
    const assignee = await this.assignment.pick(cityCode);
    return this.tx.run(ACTOR, async (manager) => {
      const check = manager.getRepository(SpotCheck).create({
        divisionCode: cityCode,
        period,
        seed: `${period}/${cityCode}`,
        sitesRequested: this.config.SPOT_CHECK_MONTHLY_SITES,
        householdsRequested: this.config.SPOT_CHECK_MONTHLY_HOUSEHOLDS,
        assignee,
        createdBy: ACTOR,
      });
      const inserted = await manager.createQueryBuilder().insert().into(SpotCheck).values(check).orIgnore().returning(['id']).execute();
      const id = (inserted.raw as Array<{ id: string }>)[0]?.id;
      if (!id) return false; // this month's check for the city exists already
      await drawSample(manager, Object.assign(check, { id }));
      return true;
    });
  }
}
