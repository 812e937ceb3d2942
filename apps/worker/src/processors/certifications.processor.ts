import { Processor } from '@nestjs/bullmq';
import { CertificationReminders } from '@app/evaluation';
import { JobHandlers, JobName, JobProcessor, QueueName } from '@app/jobs';

/** Reminders are a few hundred mails at most; the outbox's dedupe keys make a repeated tick harmless. */
@Processor(QueueName.CERTIFICATIONS, { autorun: false, concurrency: 1 })
export class CertificationsProcessor extends JobProcessor<QueueName.CERTIFICATIONS> {
  constructor(private readonly reminders: CertificationReminders) {
    super();
  }

  protected readonly handlers: JobHandlers<QueueName.CERTIFICATIONS> = {
    [JobName.REMIND_CERTIFICATION]: ({ tier }) => this.reminders.remind(tier),
  };
}
