import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig, redisConnectionOptions } from '@app/common';
import { Viewer } from '../scope/viewer';

interface Entry {
  viewer: Viewer;
  expiresAt: number;
}

/** How long a checked token's viewer is reused without asking the database again. */
const TTL_MS = 10_000;
/** More tokens than staff ever use at once. */
const MAX_ENTRIES = 20_000;

/**
 * The viewer a bearer token was found to stand for, so a request carrying the same token a
 * moment later is neither verified nor looked up in app_user again. Every change that retires tokens (a password,
 * role or jurisdiction change, a deactivation) calls `forget`, which drops the account here and,
 * through Redis, in every other API process at once. While this process is not subscribed
 * (Redis away, or reconnecting) it may miss such a message, so it then caches nothing and
 * starts empty once subscribed again. A change made in the database by hand, or one whose
 * announcement Redis refused, is seen everywhere within TTL_MS.
 */
@Injectable()
export class ViewerCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ViewerCache.name);
  private readonly entries = new Map<string, Entry>();
  /** Counts each account's changes, so a lookup that raced with one is not remembered. */
  private readonly changes = new Map<string, number>();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly channel: string;
  private subscribed = false;

  constructor(config: AppConfig) {
    const options = { ...redisConnectionOptions(config.REDIS_URL), lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, commandTimeout: 1000 };
    this.publisher = new Redis(options);
    // Named, so an operator (or a test) can tell it among the clients of Redis.
    this.subscriber = new Redis({ ...options, commandTimeout: undefined, connectionName: `${config.QUEUE_PREFIX}:viewer-cache` });
    for (const connection of [this.publisher, this.subscriber]) connection.on('error', () => undefined); // seen as `subscribed` going false
    this.channel = `${config.QUEUE_PREFIX}:account-changed`;
    this.subscriber.on('message', (_channel: string, userId: string) => this.drop(userId));
    this.subscriber.on('ready', () => void this.subscribe());
    this.subscriber.on('close', () => {
      this.subscribed = false;
      this.entries.clear();
    });
  }

  onModuleInit(): void {
    // Neither connection is awaited: the API serves (uncached) while Redis is away.
    this.subscriber.connect().catch(() => undefined);
    this.publisher.connect().catch(() => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }

  /** The viewer a token was found to stand for a moment ago, or null: check the token afresh. */
  get(token: string): Viewer | null {
    const entry = this.entries.get(token);
    if (!entry) return null;
    if (entry.expiresAt > Date.now()) return entry.viewer;
    this.entries.delete(token);
    return null;
  }

  /** Taken before looking an account up; `set` refuses the result if the account changed meanwhile. */
  generation(userId: string): number {
    return this.changes.get(userId) ?? 0;
  }

  /** Remembers a checked token's viewer, never past the token's own expiry. */
  set(token: string, viewer: Viewer, tokenExpiresAtMs: number, generation: number): void {
    if (!this.subscribed || this.generation(viewer.userId) !== generation) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(token, { viewer, expiresAt: Math.min(Date.now() + TTL_MS, tokenExpiresAtMs) });
  }

  /** The account's tokens changed: no process may answer for them from its cache any more. */
  async forget(userId: string): Promise<void> {
    this.drop(userId);
    try {
      await this.publisher.publish(this.channel, userId);
    } catch (error) {
      // Another process may answer from its cache until the entry expires (TTL_MS).
      this.logger.warn(`could not announce the change of account ${userId}: ${(error as Error).message}`);
    }
  }

  private drop(userId: string): void {
    this.changes.set(userId, this.generation(userId) + 1);
    for (const [key, entry] of this.entries) if (entry.viewer.userId === userId) this.entries.delete(key);
  }

  private async subscribe(): Promise<void> {
    try {
      await this.subscriber.subscribe(this.channel);
      this.entries.clear();
      this.subscribed = true;
    } catch (error) {
      this.logger.warn(`not caching viewers: could not subscribe to ${this.channel}: ${(error as Error).message}`);
    }
  }
}
