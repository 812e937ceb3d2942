import { Injectable } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { AppConfigModule } from '@app/common';
import { JobHandlers, JobName, JobProcessor, QueueName } from '@app/jobs';
import { JobProcessorsStarter } from './job-processors.starter';

@Injectable()
class RedlinesOnlyProcessor extends JobProcessor<QueueName.REDLINES> {
  protected readonly handlers: JobHandlers<QueueName.REDLINES> = { [JobName.SCAN_REDLINES]: async () => undefined };
}

describe('JobProcessorsStarter', () => {
  it('stops the worker at boot when a declared job has no handler, naming the jobs', async () => {
    const worker = await Test.createTestingModule({
      imports: [AppConfigModule, DiscoveryModule],
      providers: [RedlinesOnlyProcessor, JobProcessorsStarter],
    }).compile();
    worker.useLogger(false);
    const unhandled = Object.values(JobName).filter((name) => name !== JobName.SCAN_REDLINES);
    await expect(worker.init()).rejects.toThrow(`No processor handles job(s) ${unhandled.join(', ')}`);
  });
});
