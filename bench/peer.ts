import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SESSION_OPTIONS } from '@app/db';
import { freePort, waitFor } from './processes';

const PEER_DIR = join(__dirname, 'peer');

/**
 * PostGraphile v4 serving the bench database read-only (bench/peer/server.cjs), the households
 * page's peer. Its packages live in bench/peer with their own lock file, installed on first use:
 * PostGraphile v4 needs graphql 15, the project graphql 16.
 */
export class RunningPeer {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static async start(databaseUrl: string, processes: number, logDir: string): Promise<RunningPeer> {
    if (!existsSync(join(PEER_DIR, 'node_modules', 'postgraphile'))) {
      execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: PEER_DIR, stdio: 'inherit' });
    }
    const port = await freePort();
    const url = new URL(databaseUrl);
    url.searchParams.set('options', SESSION_OPTIONS);
    const child = spawn(process.execPath, [join(PEER_DIR, 'server.cjs')], {
      env: { PATH: process.env.PATH, NODE_ENV: 'production', DATABASE_URL: url.toString(), PORT: String(port), PEER_PROCESSES: String(processes) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log = createWriteStream(join(logDir, 'peer.log'));
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    const peer = new RunningPeer(child, `http://127.0.0.1:${port}`);
    try {
      await waitFor('the peer (PostGraphile)', async () => (await fetch(`${peer.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).ok, child);
    } catch (error) {
      await peer.stop();
      throw error;
    }
    return peer;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.kill('SIGTERM');
    });
  }
}
