/**
 * API_PROCESSES: one port served by several API processes (all cores), a crashed one
 * replaced, and all of them stopped by one SIGTERM.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { TEST_JWT_SECRET } from '../support/api-harness';
import { uniqueQueuePrefix } from '../support/queues';
import { createTestDatabase } from '../support/test-database';

const ROOT = join(__dirname, '..', '..');

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const childrenOf = (pid: number): number[] => {
  try {
    return execFileSync('pgrep', ['-P', String(pid)]).toString().trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return []; // pgrep exits 1 when there is none
  }
};

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await Promise.resolve(probe()).catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('API_PROCESSES', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let primary: ChildProcess;
  let url: string;
  let output = '';
  /** Each API process logs this once it listens. */
  const serving = () => output.split('GraphQL API at').length - 1;

  const answers = async () => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    return response.ok ? true : undefined;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    primary = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'), DATABASE_URL: database.url, PORT: String(port), API_PROCESSES: '2', JWT_SECRET: TEST_JWT_SECRET, DEMO_DATA: 'false', QUEUE_PREFIX: uniqueQueuePrefix(), LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    primary.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    primary.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // Both must be serving: one killed before it listens counts as failing to start, which stops all.
    // ts-node compiles the API in each process as it starts: minutes on a loaded 2-core machine.
    await until('both API processes to listen', () => (serving() === 2 ? true : undefined), 300_000);
    expect(childrenOf(primary.pid!)).toHaveLength(2);
  }, 330_000);

  afterAll(async () => {
    if (primary.exitCode === null) primary.kill('SIGKILL');
    await database.drop();
  });

  it('serves one port from several processes and replaces one that crashes', async () => {
    const [first, second] = childrenOf(primary.pid!);
    process.kill(first, 'SIGKILL');
    const replaced = await until('a replacement process', () => {
      const now = childrenOf(primary.pid!);
      return now.length === 2 && !now.includes(first) ? now : undefined;
    });
    expect(replaced).toContain(second);
    await until('the replacement to listen', () => (serving() === 3 ? true : undefined), 150_000);
    for (let i = 0; i < 10; i++) expect(await answers()).toBe(true);
  }, 180_000);

  it('stops every process on SIGTERM', async () => {
    expect(primary.exitCode).toBeNull();
    const children = childrenOf(primary.pid!);
    const exited = new Promise<number | null>((resolve) => primary.once('exit', (code) => resolve(code)));
    primary.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const pid of children) expect(() => process.kill(pid, 0)).toThrow();
  }, 60_000);
});
