import { Processor } from '@nestjs/bullmq';
import { ImportValidator } from '@app/imports';
import { JobHandlers, JobName, JobProcessor, QueueName } from '@app/jobs';

/** One file at a time per worker: validation holds a file's rows in memory while it reads them. */
@Processor(QueueName.IMPORTS, { autorun: false, concurrency: 1 })
export class ImportsProcessor extends JobProcessor<QueueName.IMPORTS> {
  constructor(private readonly validator: ImportValidator) {
    super();
  }

  protected readonly handlers: JobHandlers<QueueName.IMPORTS> = {
    [JobName.VALIDATE_IMPORT]: ({ runId }) => this.validator.validate(runId),
  };
}
