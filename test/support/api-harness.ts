import 'reflect-metadata';
import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLSchema } from 'graphql';
import * as argon2 from 'argon2';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Client, Pool } from 'pg';
import { ApiModule } from '../../apps/api/src/api.module';
import { dropQueueKeys, uniqueQueuePrefix } from './queues';
import { createTestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; retryable?: boolean; fields?: Array<{ field: string; reason: string }>; [more: string]: unknown } }>;
}

export const TEST_PASSWORD = 'test-password-1';
/** The tests' token signing key (a real deployment's comes from JWT_SECRET, never from code). */
export const TEST_JWT_SECRET = 'test-only-signing-key-0123456789abcdef';
/** application_name of the harness's own connections (the API's have none). */
export const HARNESS_APPLICATION = 'test-harness';

// Counts every statement the API sends to PostgreSQL, so tests can bound queries per request:
// at the driver, so statements sent past TypeORM (named prepared reads) count too.
let statementCount = 0;
const originalQuery = Client.prototype.query;
Client.prototype.query = function countedQuery(this: Client & { connectionParameters: { application_name?: string } }, ...args: unknown[]) {
  if (this.connectionParameters.application_name !== HARNESS_APPLICATION) statementCount += 1;
  return (originalQuery as (...queryArgs: unknown[]) => unknown).apply(this, args);
} as typeof originalQuery;

/** The API running in-process on a loopback port, over its own cloned database. */
export class ApiHarness {
  private tokens = new Map<string, string>();

  private constructor(
    private readonly app: INestApplication,
    readonly url: string,
    readonly db: Pool,
    /** Where this API keeps evidence files: a fresh temporary directory unless `EVIDENCE_DIR` is passed. */
    readonly evidenceDir: string,
    private readonly dropDatabase: () => Promise<void>,
    /** This API's BullMQ key prefix (and the worker's, when started after it): unique unless `QUEUE_PREFIX` is passed. */
    readonly queuePrefix: string,
  ) {}

  /**
   * @param options.routeDatabase gives the URL the API connects by (e.g. through a TcpProxy the
   * test can cut); the harness's own `db` pool always connects directly.
   */
  static async start(env: Record<string, string> = {}, options: { routeDatabase?: (url: string) => string } = {}): Promise<ApiHarness> {
    const database = await createTestDatabase();
    const evidenceDir = env.EVIDENCE_DIR ?? (await mkdtemp(join(tmpdir(), 'relocation-evidence-')));
    const queuePrefix = env.QUEUE_PREFIX ?? uniqueQueuePrefix();
    // Built bulletins go beside this API's evidence, never into the checkout's .data.
    const bulletinDir = env.BULLETIN_DIR ?? join(evidenceDir, '..', `${basename(evidenceDir)}-bulletins`);
    Object.assign(process.env, {
      DATABASE_URL: options.routeDatabase ? options.routeDatabase(database.url) : database.url,
      JWT_SECRET: TEST_JWT_SECRET,
      DEMO_DATA: 'false',
      EVIDENCE_DIR: evidenceDir,
      BULLETIN_DIR: bulletinDir,
      QUEUE_PREFIX: queuePrefix,
      // Quiet, and on ports of their own: test files run in parallel.
      LOG_LEVEL: 'silent',
      METRICS_PORT: '0',
      WORKER_METRICS_PORT: '0',
      WORKER_HEALTH_PORT: '0',
      ...env,
    });
    const app = await NestFactory.create(ApiModule, { logger: ['error'] });
    await app.listen(0, '127.0.0.1');
    // fetch keeps connections open between a test's requests; on a busy machine a test may pause
    // longer than Node's 5 s before the next one, and a socket the server closes just then is reset.
    app.getHttpServer().keepAliveTimeout = 60_000;
    const address = app.getHttpServer().address() as { port: number };
    // Named, so fault tests can cut the API's connections and not their own.
    const db = new Pool({ connectionString: database.url, max: 2, application_name: HARNESS_APPLICATION });
    return new ApiHarness(app, `http://127.0.0.1:${address.port}`, db, evidenceDir, database.drop, queuePrefix);
  }

  /** A provider of the running API (JobQueue, DataSource, …). */
  get<T>(type: Type<T> | (abstract new (...args: never[]) => T)): T {
    return this.app.get(type, { strict: false });
  }

  /** The GraphQL schema this API serves, as built (with field extensions, which introspection omits). */
  schema(): GraphQLSchema {
    return this.app.get(GraphQLSchemaHost).schema;
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.db.end();
    await this.dropDatabase();
    await rm(this.evidenceDir, { recursive: true, force: true });
    await rm(`${this.evidenceDir}-bulletins`, { recursive: true, force: true });
    await dropQueueKeys(this.queuePrefix);
  }

  async createUser(username: string, role: string, jurisdiction: string, email = `${username}@example.org`): Promise<string> {
    const hash = await argon2.hash(TEST_PASSWORD, { type: argon2.argon2id });
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO app_user (username, email, password_hash, role, jurisdiction) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [username, email, hash, role, jurisdiction],
    );
    return rows[0].id;
  }

  /** A bearer token for a user created with createUser (cached per username). */
  async tokenFor(username: string): Promise<string> {
    const cached = this.tokens.get(username);
    if (cached) return cached;
    const response = await this.graphql<{ login: { token: string } }>(
      `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
      { u: username, p: TEST_PASSWORD },
    );
    if (!response.data?.login) throw new Error(`login failed for ${username}: ${JSON.stringify(response.errors)}`);
    this.tokens.set(username, response.data.login.token);
    return response.data.login.token;
  }

  async graphql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
    return (await this.graphqlHttp<T>(query, variables, token, headers)).body;
  }

  /** A GraphQL request with its HTTP status and headers, for what is decided at the HTTP level. */
  async graphqlHttp<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; headers: Headers; body: GraphQLResponse<T> }> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse<T> };
  }

  /** Runs a GraphQL request as a user, by username. */
  async as<T = Record<string, any>>(username: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    return this.graphql<T>(query, variables, await this.tokenFor(username));
  }

  /** Statements sent to PostgreSQL while `work` runs. */
  async countStatements(work: () => Promise<unknown>): Promise<number> {
    const before = statementCount;
    await work();
    return statementCount - before;
  }

  /** Row counts of the record tables, to check that a rejected write changed nothing. */
  async recordCounts(): Promise<Record<string, number>> {
    const { rows } = await this.db.query<{ t: string; n: string }>(
      `SELECT 'site' t, count(*) n FROM site UNION ALL SELECT 'household', count(*) FROM household
       UNION ALL SELECT 'person', count(*) FROM person UNION ALL SELECT 'site_facility', count(*) FROM site_facility
       UNION ALL SELECT 'redline_violation', count(*) FROM redline_violation UNION ALL SELECT 'mail_outbox', count(*) FROM mail_outbox`,
    );
    return Object.fromEntries(rows.map((row) => [row.t, Number(row.n)]));
  }
}
