export * from './job-catalog';
export * from './job-processor';
export * from './job-queue.service';
export * from './jobs.module';
export * from './jobs.entities';
export { jobOptions } from './job-options';
export { AfterCommit } from './outbox/after-commit';
export { JobOutbox, outboxJobId } from './outbox/job-outbox.service';
export { logConnectionErrors } from './connection-errors';
