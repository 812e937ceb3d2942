import { Processor } from '@nestjs/bullmq';
import { MonthlySpotChecks } from '@app/evidence';
import { JobHandlers, JobName, JobProcessor, QueueName } from '@app/jobs';

/** Draws are few and short; one at a time keeps two ticks from racing for the same city. */
@Processor(QueueName.SPOT_CHECKS, { autorun: false, concurrency: 1 })
export class SpotChecksProcessor extends JobProcessor<QueueName.SPOT_CHECKS> {
  constructor(private readonly monthly: MonthlySpotChecks) {
    super();
  }

  protected readonly handlers: JobHandlers<QueueName.SPOT_CHECKS> = {
    [JobName.DRAW_MONTHLY_SPOT_CHECKS]: ({ period }) => this.monthly.drawForEveryCity(period ?? undefined),
  };
}
