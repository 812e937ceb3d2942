import { Processor } from '@nestjs/bullmq';
import { BulletinPublisher } from '@app/bulletin';
import { JobHandlers, JobName, JobProcessor, QueueName } from '@app/jobs';

/** One bulletin at a time: a region's is the one big build, and downloads fill any gap meanwhile. */
@Processor(QueueName.BULLETINS, { autorun: false, concurrency: 1 })
export class BulletinsProcessor extends JobProcessor<QueueName.BULLETINS> {
  constructor(private readonly publisher: BulletinPublisher) {
    super();
  }

  protected readonly handlers: JobHandlers<QueueName.BULLETINS> = {
    [JobName.PUBLISH_BULLETINS]: ({ period }) => this.publisher.publish(period),
    [JobName.BUILD_BULLETIN]: ({ period, divisionCode }) => this.publisher.build(period, divisionCode),
  };
}
