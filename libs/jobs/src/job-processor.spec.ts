import { Job, UnrecoverableError } from 'bullmq';
import { JobHandlers, JobProcessor, unhandledJobs } from './job-processor';
import { JobName, QueueName } from './job-catalog';

class RedlinesOnly extends JobProcessor<QueueName.REDLINES> {
  readonly seen: string[] = [];
  protected readonly handlers: JobHandlers<QueueName.REDLINES> = {
    [JobName.SCAN_REDLINES]: async ({ requestedBy }) => this.seen.push(requestedBy),
  };
}

describe('job processors', () => {
  it('name every declared job that no processor handles', () => {
    expect(unhandledJobs(new RedlinesOnly().handledJobs())).toEqual(Object.values(JobName).filter((name) => name !== JobName.SCAN_REDLINES));
    expect(unhandledJobs(Object.values(JobName))).toEqual([]);
  });

  it('dispatch a job to the handler of its name', async () => {
    const processor = new RedlinesOnly();
    await processor.process({ name: JobName.SCAN_REDLINES, data: { requestedBy: 'admin' }, queueName: 'redlines' } as Job);
    expect(processor.seen).toEqual(['admin']);
  });

  it('refuse, without retries, a job they have no handler for', async () => {
    const job = { name: JobName.DELIVER_MAIL, data: {}, queueName: 'redlines' } as Job;
    await expect(new RedlinesOnly().process(job)).rejects.toBeInstanceOf(UnrecoverableError);
  });
});
