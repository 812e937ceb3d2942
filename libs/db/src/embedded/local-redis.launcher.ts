import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';
import Redis from 'ioredis';
import { isPortListening } from './embedded-postgres.launcher';

export interface EnsureRedisOptions {
  /** A spawned redis-server gets `<dataDir>/redis` as its working directory. */
  dataDir: string;
  log?: (line: string) => void;
}

export interface RedisHandle {
  /** True when this process spawned redis-server (and stop() terminates it). */
  startedHere: boolean;
  stop: () => Promise<void>;
}

const READY_TIMEOUT_MS = 10_000;
const STOP_TIMEOUT_MS = 5_000;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/**
 * Uses the Redis at `url` when it answers PING; otherwise, for a loopback URL, starts a
 * throwaway redis-server (no persistence: queues are rebuilt from PostgreSQL) on its port.
 */
export async function ensureRedis(url: string, opts: EnsureRedisOptions): Promise<RedisHandle> {
  const log = opts.log ?? (() => undefined);
  const target = parseTarget(url);
  if (await answersPing(url)) return { startedHere: false, stop: () => Promise.resolve() };

  if (await isPortListening(target.connectHost, target.port)) {
    throw new Error(
      `Something listens on ${target.connectHost}:${target.port} but does not answer Redis PING ` +
        `(wrong password in REDIS_URL, TLS, or not Redis?). Fix REDIS_URL (now ${redact(url)}).`,
    );
  }
  const binary = LOOPBACK.has(target.host) ? findOnPath('redis-server') : undefined;
  if (!binary) throw new Error(howToGetRedis(url, target));

  const child = await spawnRedis(binary, target, resolve(opts.dataDir, 'redis'), log);
  await waitUntilReady(url, child);
  log(`redis: started ${binary} on ${target.bindHosts.join(' ')}:${target.port} (pid ${child.pid ?? '?'})`);
  return { startedHere: true, stop: () => terminate(child) };
}

interface Target {
  host: string;
  connectHost: string;
  bindHosts: string[];
  port: number;
  password?: string;
}

function parseTarget(url: string): Target {
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new Error(`REDIS_URL must start with redis:// or rediss:// (got ${redact(url)}).`);
  }
  const host = parsed.hostname || '127.0.0.1';
  const isV6 = host === '::1' || host === '[::1]';
  return {
    host,
    connectHost: isV6 ? '::1' : host,
    // "localhost" may resolve to either family; "-" makes the IPv6 bind optional.
    bindHosts: isV6 ? ['::1'] : host === 'localhost' ? ['127.0.0.1', '-::1'] : ['127.0.0.1'],
    port: parsed.port ? Number.parseInt(parsed.port, 10) : 6379,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
  };
}

/** One attempt, no retries, no offline queue: a missing server must fail in milliseconds. */
async function answersPing(url: string): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    reconnectOnError: () => false,
    enableOfflineQueue: false,
    connectTimeout: 1_000,
  });
  client.on('error', () => undefined); // reported through the rejected promises instead
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

function howToGetRedis(url: string, target: Target): string {
  const where = LOOPBACK.has(target.host)
    ? 'and no redis-server binary is on PATH to start one'
    : 'and it is not a local address this process could start Redis on';
  return [
    `No Redis answers at ${redact(url)}, ${where}. Either:`,
    '  - Debian/Ubuntu: sudo apt-get install redis-server   (then it runs as a service, or is started for you)',
    '  - macOS:         brew install redis                   (brew services start redis, or let it be started for you)',
    '  - or point REDIS_URL at a running Redis, e.g. REDIS_URL=redis://my-redis-host:6379',
  ].join('\n');
}

async function spawnRedis(binary: string, target: Target, dir: string, log: (l: string) => void): Promise<ChildProcess> {
  await mkdir(dir, { recursive: true });
  const args = [
    '--port', String(target.port),
    '--bind', ...target.bindHosts,
    '--save', '',
    '--appendonly', 'no',
    '--dir', dir,
    '--daemonize', 'no',
    ...(target.password ? ['--requirepass', target.password] : []),
  ];
  const child = spawn(binary, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const forward = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) log(`redis: ${line}`);
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  bindLifetimeToProcess(child);
  return child;
}

/**
 * The child must neither keep this process alive (a forgotten stop() would hang scripts)
 * nor outlive it: a plain exit does not take children down, so do it on 'exit'. If we die
 * by a signal instead, the orphan still answers PING and is simply reused next time.
 */
function bindLifetimeToProcess(child: ChildProcess): void {
  const killOnExit = (): void => {
    child.kill('SIGTERM');
  };
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  child.unref();
  for (const stream of [child.stdout, child.stderr]) (stream as { unref?: () => void } | null)?.unref?.();
}

async function waitUntilReady(url: string, child: ChildProcess): Promise<void> {
  const exited = new Promise<never>((_, reject) => {
    child.once('error', (error) => reject(new Error(`redis-server could not be started: ${error.message}`)));
    child.once('exit', (code, signal) =>
      reject(new Error(`redis-server exited during startup (code ${code ?? 'null'}, signal ${signal ?? 'null'}).`)),
    );
  });
  exited.catch(() => undefined); // observed below via race; avoid an unhandled rejection later
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await Promise.race([answersPing(url), exited])) return;
    await Promise.race([sleep(100), exited]);
  }
  await terminate(child);
  throw new Error(`redis-server did not answer PING at ${redact(url)} within ${READY_TIMEOUT_MS / 1000} s.`);
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((done) => child.once('exit', () => done()));
  child.ref(); // keep the event loop alive until redis has really gone
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await gone;
  clearTimeout(timer);
}

function redact(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, '//***@');
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
