import { Counter, Gauge, Histogram, register } from 'prom-client';

/** Seconds: from a fast cached read to a report build at national scale. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];

// Get-or-create: an API and a worker may share one process (the tests), and one registry.
function histogram<L extends string>(name: string, help: string, labelNames: readonly L[]): Histogram<L> {
  return (register.getSingleMetric(name) as Histogram<L> | undefined) ?? new Histogram({ name, help, labelNames, buckets: DURATION_BUCKETS });
}

function counter<L extends string>(name: string, help: string, labelNames: readonly L[]): Counter<L> {
  return (register.getSingleMetric(name) as Counter<L> | undefined) ?? new Counter({ name, help, labelNames });
}

/**
 * A gauge read when Prometheus scrapes (queue depth, outbox backlog): `read` returns the value
 * of each label set; when it fails (Redis or PostgreSQL down) the gauge is left empty.
 */
export function scrapedGauge<L extends string>(name: string, help: string, labelNames: readonly L[], read: () => Promise<Array<[Record<L, string>, number]>>): Gauge<L> {
  register.removeSingleMetric(name);
  return new Gauge({
    name,
    help,
    labelNames,
    async collect() {
      this.reset();
      const values = await read().catch(() => []);
      for (const [labels, value] of values) this.set(labels, value);
    },
  });
}

/** Every metric the processes record, by name; the README's operations section lists them. */
export const METRICS = {
  httpRequestDuration: histogram('http_request_duration_seconds', 'HTTP requests, by method, route and status', ['method', 'route', 'status'] as const),
  graphqlOperationDuration: histogram('graphql_operation_duration_seconds', 'GraphQL operations, by operation name and type', ['operation', 'type'] as const),
  errors: counter('api_errors_total', 'Errors answered to clients, by error code and GraphQL operation (or REST route)', ['code', 'operation'] as const),
  jobDuration: histogram('job_duration_seconds', 'Jobs run by the worker, by queue, job and outcome (completed, failed)', ['queue', 'job', 'outcome'] as const),
  jobFailures: counter('job_failures_total', 'Failed job attempts, by queue and job; final="true" once retries are used up', ['queue', 'job', 'final'] as const),
  reportBuildDuration: histogram('report_build_duration_seconds', 'Monthly report builds, from the start of the flow to publication', [] as const),
};
