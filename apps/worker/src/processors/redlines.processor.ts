import { Processor } from '@nestjs/bullmq';
import { JobHandlers, JobName, JobProcessor, QueueName } from '@app/jobs';
import { RedlineScan } from '@app/redlines';

/** One scan at a time per worker; the scan itself also serialises across workers. */
@Processor(QueueName.REDLINES, { autorun: false, concurrency: 1 })
export class RedlinesProcessor extends JobProcessor<QueueName.REDLINES> {
  constructor(private readonly scan: RedlineScan) {
    super();
  }

  protected readonly handlers: JobHandlers<QueueName.REDLINES> = {
    [JobName.SCAN_REDLINES]: ({ requestedBy }) => this.scan.run(requestedBy),
  };
}
