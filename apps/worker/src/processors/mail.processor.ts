import { Processor } from '@nestjs/bullmq';
import { JobHandlers, JobName, JobProcessor, QueueName } from '@app/jobs';
import { MailDelivery, MailOutbox } from '@app/mail';

/** Started by JobProcessorsStarter once every job is known to have a handler. */
@Processor(QueueName.MAIL, { autorun: false, concurrency: 4 })
export class MailProcessor extends JobProcessor<QueueName.MAIL> {
  constructor(
    private readonly delivery: MailDelivery,
    private readonly outbox: MailOutbox,
  ) {
    super();
  }

  protected readonly handlers: JobHandlers<QueueName.MAIL> = {
    [JobName.DELIVER_MAIL]: ({ outboxId }) => this.delivery.deliver(outboxId),
    [JobName.SWEEP_MAIL_OUTBOX]: () => this.outbox.sweep(),
  };
}
