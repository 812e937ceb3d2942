import cluster from 'node:cluster';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AggregatorRegistry, collectDefaultMetrics, register, Registry } from 'prom-client';

/** Serves a registry as Prometheus text at GET /metrics on its own port. */
export function metricsServer(read: () => Promise<{ contentType: string; body: string }>): Server {
  return createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    read().then(
      ({ contentType, body }) => res.writeHead(200, { 'content-type': contentType }).end(body),
      (error: unknown) => res.writeHead(500).end(String(error)),
    );
  });
}

/** The metrics of several API processes (node:cluster) as one, served by the primary. */
export function clusterMetricsServer(): Server {
  const aggregator = new AggregatorRegistry();
  return metricsServer(async () => ({ contentType: aggregator.contentType, body: await aggregator.clusterMetrics() }));
}

export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

export const METRICS_PORT = Symbol('METRICS_PORT');

/**
 * This process's metrics (its own and Node's: memory, event loop, GC) on the port the app
 * names. A process of an API cluster does not listen: the primary serves all of them together.
 */
@Injectable()
export class MetricsEndpoint implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MetricsEndpoint.name);
  private server?: Server;
  /** The port it listens on (useful when configured as 0). */
  port?: number;

  constructor(private readonly address: { port: number; host: string }) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!register.getSingleMetric('process_cpu_seconds_total')) collectDefaultMetrics();
    // In an API cluster the primary asks each process for its metrics: constructing an
    // aggregator is what makes prom-client answer those requests here.
    if (cluster.isWorker) {
      new AggregatorRegistry();
      return;
    }
    this.server = metricsServer(async () => ({ contentType: register.contentType, body: await (register as Registry).metrics() }));
    this.port = await listen(this.server, this.address.port, this.address.host);
    this.logger.log(`Metrics at http://${this.address.host}:${this.port}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}
