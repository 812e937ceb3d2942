export * from './job-catalog';
export * from './job-processor';
export * from './job-queue.service';
export * from './jobs.module';
export { jobOptions } from './job-options';
