import { applyDecorators } from '@nestjs/common';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) => (typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.toLowerCase()) : value);
const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value);

/** A TCP port from the environment: an integer 0–65535 (0: any free port). */
const IsPort = () => applyDecorators(Transform(toInt), IsInt(), Min(0), Max(65535));

/**
 * Every setting the processes read, validated at start so a missing or malformed value stops
 * the process with a clear message instead of failing at 00:00 on the 1st. Defaults suit the
 * quick start; `.env.example` documents each one.
 */
export class AppConfig {
  /** Unset in the quick start, which then launches embedded PostgreSQL and fills this in. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsString()
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Unset: mail is written as .eml files under MAIL_DIR instead of being sent. */
  @IsOptional()
  @Matches(/^smtps?:\/\//, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = '易地扶贫搬迁工作调度系统 <noreply@relocation.local>';

  /** First retry of a failed delivery; each further retry waits twice as long. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  MAIL_RETRY_DELAY_MS = 30000;

  /**
   * How often the worker looks for outbox mail whose queue job was lost or gave up, and, while
   * mail is waiting after a failure, checks whether the mail server answers again (then the
   * waiting mail goes out at once instead of after its retry delay).
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  MAIL_SWEEP_INTERVAL_MS = 30000;

  /**
   * How often the worker brings the per-site indicator figures up to date (after writes, and
   * after midnight), so readers rarely find work left to do before they read.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  SITE_FIGURES_REFRESH_INTERVAL_MS = 60000;

  /** Namespace of the BullMQ keys in Redis: deployments (or test runs) sharing one Redis never see each other's jobs. */
  @IsString()
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'QUEUE_PREFIX must be letters, digits, dash or underscore' })
  QUEUE_PREFIX = 'relocation';

  /**
   * How long a worker's claim on a job lasts without renewal, and how often workers look for
   * claims that lapsed: a worker that dies mid-job has its job retried by another after this.
   */
  @Transform(toInt)
  @IsInt()
  @Min(500)
  JOB_LOCK_DURATION_MS = 30000;

  @IsPort()
  PORT = 3000;

  /**
   * API processes sharing PORT (node:cluster): one answers on one core; as many as the machine
   * has cores use all of them. The API keeps no state in memory, so they need no coordination.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  API_PROCESSES = 1;

  @IsString()
  @IsNotEmpty()
  DATA_DIR = '.data';

  /** Where evidence and archive files are kept. Unset: `<DATA_DIR>/evidence`. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  EVIDENCE_DIR?: string;

  /** Where the built monthly bulletins (PDF) and workbooks are kept. Unset: `<DATA_DIR>/bulletins`. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  BULLETIN_DIR?: string;

  /** The built staff console (apps/web) the API serves at `/`; `npm run build` writes it here. */
  @IsString()
  @IsNotEmpty()
  CONSOLE_DIR = 'dist/web';

  /** Largest evidence or archive file accepted, in bytes (20 MB); enforced while the upload streams in. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

  /** Largest spreadsheet accepted by POST /imports, in bytes (30 MB); enforced while the upload streams in. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  IMPORT_MAX_BYTES = 30 * 1024 * 1024;

  /** Most data rows one import may hold, over all its sheets; a larger file is refused whole. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  IMPORT_MAX_ROWS = 200000;

  /** An upload whose client sends nothing for this long is stopped (408) and its bytes removed. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  UPLOAD_IDLE_TIMEOUT_MS = 15000;

  /** The longest an upload may take as a whole, however steadily it trickles in (408 after). */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  UPLOAD_DEADLINE_MS = 120000;

  /** Sites and households in the spot-check sample the worker draws for every city on the 2nd of each month. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  SPOT_CHECK_MONTHLY_SITES = 2;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  SPOT_CHECK_MONTHLY_HOUSEHOLDS = 20;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  /**
   * Signing key of login tokens. No default: the API and the worker refuse to start without
   * one, or with a key published anywhere (see libs/access signing-key.ts); the quick start
   * generates one under DATA_DIR.
   */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters (e.g. openssl rand -hex 32)' })
  JWT_SECRET?: string;

  @IsString()
  @Matches(/^\d+[smhd]?$/, { message: 'JWT_EXPIRES_IN must look like 3600, 30m, 12h or 7d' })
  JWT_EXPIRES_IN = '12h';

  /** Failed sign-ins one client address may make for one username in a window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;

  /** Failed sign-ins one client address may make over all usernames in a window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ADDRESS = 30;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_THROTTLE_WINDOW_SECONDS = 900;

  /**
   * Which proxies to believe about the client address (X-Forwarded-For), as Express's
   * `trust proxy`: unset or `false` — none, the address is the socket's; a hop count (`1`);
   * or addresses and subnets (`loopback`, `10.0.0.0/8, 127.0.0.1`).
   */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  /** Origins (comma-separated) whose browser pages may call the API; unset: none but the API's own (the console is same-origin). */
  @IsOptional()
  @IsString()
  @Matches(/^\s*https?:\/\/[^,\s]+(\s*,\s*https?:\/\/[^,\s]+)*\s*$/, { message: 'CORS_ORIGINS must be comma-separated http(s):// origins' })
  CORS_ORIGINS?: string;

  @Transform(toBoolean)
  @IsBoolean()
  DEMO_DATA = true;

  /** Upper bound on a GraphQL query's estimated cost (page sizes × fields asked for). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  GRAPHQL_MAX_COMPLEXITY = 200000;

  /** Lexical tokens in one GraphQL document; counted while parsing, so a huge query costs nothing. */
  @Transform(toInt)
  @IsInt()
  @Min(200)
  GRAPHQL_MAX_TOKENS = 3000;

  /** Aliases in one operation (each alias runs its field again). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  GRAPHQL_MAX_ALIASES = 30;

  /** Nesting of fields in one operation. */
  @Transform(toInt)
  @IsInt()
  @Min(3)
  GRAPHQL_MAX_DEPTH = 12;

  /** Directives in one operation. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  GRAPHQL_MAX_DIRECTIVES = 20;

  @IsString()
  @MinLength(8)
  DEMO_PASSWORD = 'demo-password';

  /**
   * Longest a request waits for Redis to take a job. Past it (Redis down or unreachable) the
   * caller gets SERVICE_UNAVAILABLE with a retry hint instead of hanging; writes that record
   * their job in the outbox first never wait on Redis at all.
   */
  @Transform(toInt)
  @IsInt()
  @Min(50)
  ENQUEUE_TIMEOUT_MS = 2000;

  /** How often each worker makes sure every schedule exists in Redis and re-queues outbox jobs that never reached it. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  RECONCILE_INTERVAL_MS = 30000;

  /**
   * On SIGTERM, how long in-flight requests and the current job step may take to finish before
   * the process stops anyway (it exits 0 either way; an unfinished job is retried by another
   * worker). Keep it below the orchestrator's grace period (compose: stop_grace_period).
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  SHUTDOWN_TIMEOUT_MS = 10000;

  /** How long one health check may wait for PostgreSQL or Redis before calling it down. */
  @Transform(toInt)
  @IsInt()
  @Min(50)
  HEALTH_TIMEOUT_MS = 1500;

  /** Longest wait for a PostgreSQL connection from the pool (a server that does not answer is down, not slow). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  DB_CONNECT_TIMEOUT_MS = 5000;

  /** Port of the worker's health endpoints (/health/live, /health/ready). 0: any free port. */
  @IsPort()
  WORKER_HEALTH_PORT = 3001;

  /** Port of the API's Prometheus metrics (/metrics), apart from the public port. 0: any free port. */
  @IsPort()
  METRICS_PORT = 9464;

  /** Port of the worker's Prometheus metrics (/metrics). 0: any free port. */
  @IsPort()
  WORKER_METRICS_PORT = 9465;

  /** Address the metrics and worker health ports listen on; 127.0.0.1 keeps them off the network. */
  @IsString()
  @IsNotEmpty()
  METRICS_HOST = '0.0.0.0';

  /** json: one JSON object per line (production, log shippers); pretty: coloured lines for a terminal. */
  @IsIn(['json', 'pretty'])
  LOG_FORMAT: 'json' | 'pretty' = 'json';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';
}

export class ConfigError extends Error {}

export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const keys = new Set([...Object.keys(new AppConfig()), 'DATABASE_URL', 'SMTP_URL', 'EVIDENCE_DIR', 'BULLETIN_DIR', 'JWT_SECRET', 'TRUST_PROXY', 'CORS_ORIGINS']);
  const provided = Object.fromEntries(Object.entries(env).filter(([key, value]) => keys.has(key) && value !== undefined && value !== ''));
  const config = plainToInstance(AppConfig, provided, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false });
  if (errors.length > 0) {
    const lines = errors.flatMap((error) => Object.values(error.constraints ?? {}));
    throw new ConfigError(`Invalid configuration:\n  - ${lines.join('\n  - ')}`);
  }
  return config;
}
