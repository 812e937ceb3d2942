import { JobOutboxEntry } from './outbox/job-outbox.entity';

export const JOB_ENTITIES = [JobOutboxEntry] as const;
