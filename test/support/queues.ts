import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { redisConnectionOptions } from '@app/common';

/** The Redis the tests use (as the README says: 127.0.0.1:6379 unless REDIS_URL is set). */
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A BullMQ key prefix per test file, so files running in parallel never see each other's jobs. */
export function uniqueQueuePrefix(): string {
  return `test-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** Deletes what a test file's queues left in Redis. */
export async function dropQueueKeys(prefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** A handle on one of the apps' queues, to look at or add jobs as the apps would; close it when done. */
export function openQueue(name: string, prefix: string): Queue {
  return new Queue(name, { connection: redisConnectionOptions(TEST_REDIS_URL), prefix });
}
