import { Processor } from '@nestjs/bullmq';
import { SiteFiguresService } from '@app/indicators';
import { JobHandlers, JobName, JobProcessor, QueueName } from '@app/jobs';

/** One refresh at a time; refreshes also serialise across workers and API processes. */
@Processor(QueueName.INDICATORS, { autorun: false, concurrency: 1 })
export class IndicatorsProcessor extends JobProcessor<QueueName.INDICATORS> {
  constructor(private readonly figures: SiteFiguresService) {
    super();
  }

  protected readonly handlers: JobHandlers<QueueName.INDICATORS> = {
    [JobName.REFRESH_SITE_FIGURES]: async () => {
      await this.figures.refresh();
    },
  };
}
