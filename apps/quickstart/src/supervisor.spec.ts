import { fork } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Supervisor } from './supervisor';

/** Real child processes, tiny ones: what the quick start does with the API and the worker. */
describe('the quick start supervisor', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'supervisor-'));
    // Serves until SIGTERM, then exits 0 after finishing "work" (as the API and worker do).
    await writeFile(join(dir, 'steady.js'), `process.on('SIGTERM', () => setTimeout(() => process.exit(0), 100)); setInterval(() => {}, 1000);`);
    // Crashes shortly after every start.
    await writeFile(join(dir, 'crashing.js'), `setTimeout(() => process.exit(3), 50);`);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('restarts a crashed child with a growing delay, logged, and ends 0 when stopped, with every child stopped', async () => {
    const lines: string[] = [];
    const starts = { steady: 0, crashing: 0 };
    const children = ['steady', 'crashing'].map((name) => ({
      name,
      start: () => {
        starts[name as keyof typeof starts] += 1;
        return fork(join(dir, `${name}.js`), { stdio: 'ignore' });
      },
    }));
    const supervisor = new Supervisor(children, { log: (line) => lines.push(line), backoffMs: 100, maxBackoffMs: 400 });
    void supervisor.run([]);
    for (let waited = 0; starts.crashing < 4 && waited < 20_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    const stopped = await supervisor.stop('SIGTERM');

    expect(starts.steady).toBe(1);
    expect(starts.crashing).toBeGreaterThanOrEqual(4);
    const restarts = lines.filter((line) => line.startsWith('crashing exited (code 3)'));
    expect(restarts.slice(0, 3).map((line) => Number(/restarting in (\d+) ms/.exec(line)?.[1]))).toEqual([100, 200, 400]);
    expect(lines).toContain('steady stopped (code 0)');
    expect(stopped).toBe(0);
  });
});
