import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig, redisConnectionOptions, tooManyRequests } from '@app/common';

/** How many failed sign-ins a window allows, and how long the window lasts. */
export interface ThrottleLimits {
  /** Failures from one address for one username: a guesser at one account. */
  perAccount: number;
  /** Failures from one address over all usernames: a guesser trying many accounts. */
  perAddress: number;
  windowSeconds: number;
}

/**
 * Counts failed sign-ins in Redis (so every API process sees the same counts), keyed by the
 * client address and by (address, username). Only the address that guesses is refused: the
 * account's owner, signing in from elsewhere, never is — there is no lockout of the account
 * itself. A success clears its (address, username) count. If Redis does not answer, sign-in
 * goes on unthrottled rather than refusing everyone; the failure is logged.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly logger = new Logger(LoginThrottle.name);
  private readonly redis: Redis;
  private readonly prefix: string;
  private readonly limits: ThrottleLimits;

  constructor(config: AppConfig) {
    this.redis = new Redis({
      ...redisConnectionOptions(config.REDIS_URL),
      // Answer or fail at once: a sign-in must not hang on a Redis that is away.
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      commandTimeout: 1000,
    });
    this.redis.on('error', () => undefined); // reported where a command fails
    this.prefix = `${config.QUEUE_PREFIX}:login-failures`;
    this.limits = { perAccount: config.LOGIN_MAX_FAILURES_PER_ACCOUNT, perAddress: config.LOGIN_MAX_FAILURES_PER_ADDRESS, windowSeconds: config.LOGIN_THROTTLE_WINDOW_SECONDS };
  }

  /** Refuses with TOO_MANY_REQUESTS (and the seconds to wait) when this address is over a limit. */
  async assertAllowed(address: string, username: string): Promise<void> {
    const [addressKey, accountKey] = this.keys(address, username);
    const counts = await this.safely(async () => {
      const replies = await this.redis.multi().get(addressKey).ttl(addressKey).get(accountKey).ttl(accountKey).exec();
      return (replies ?? []).map(([, value]) => Number(value ?? 0));
    });
    if (!counts) return;
    const [addressFailures, addressTtl, accountFailures, accountTtl] = counts;
    const waits = [addressFailures >= this.limits.perAddress ? addressTtl : 0, accountFailures >= this.limits.perAccount ? accountTtl : 0];
    const wait = Math.max(...waits);
    if (wait > 0) throw tooManyRequests(wait);
  }

  async recordFailure(address: string, username: string): Promise<void> {
    const window = this.limits.windowSeconds;
    await this.safely(async () => {
      const transaction = this.redis.multi();
      for (const key of this.keys(address, username)) transaction.incr(key).expire(key, window, 'NX');
      await transaction.exec();
    });
  }

  async recordSuccess(address: string, username: string): Promise<void> {
    await this.safely(() => this.redis.del(this.keys(address, username)[1]));
  }

  async onModuleDestroy(): Promise<void> {
    this.redis.disconnect();
  }

  private keys(address: string, username: string): [string, string] {
    // Usernames are compared as typed; encoding keeps any character out of the key's structure.
    return [`${this.prefix}:address:${address}`, `${this.prefix}:account:${address}:${encodeURIComponent(username)}`];
  }

  private async safely<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      if (this.redis.status === 'wait' || this.redis.status === 'end') await this.redis.connect().catch(() => undefined);
      return await work();
    } catch (error) {
      this.logger.warn(`sign-in throttling is unavailable (Redis): ${(error as Error).message}`);
      return undefined;
    }
  }
}
