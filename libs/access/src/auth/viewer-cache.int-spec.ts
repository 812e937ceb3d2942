import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { loadAppConfig } from '@app/common';
import { TEST_REDIS_URL } from '../../../../test/support/queues';
import { Role } from '../users/role.enum';
import { Viewer } from '../scope/viewer';
import { ViewerCache } from './viewer-cache';

const HOUR_FROM_NOW = () => Date.now() + 3_600_000;

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Two API processes' caches, on one real Redis, under a prefix of their own. */
describe('ViewerCache (two processes, real Redis)', () => {
  const prefix = `viewer-cache-${randomUUID()}`;
  const caches: ViewerCache[] = [];
  const newCache = () => {
    const cache = new ViewerCache(loadAppConfig({ REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix }));
    cache.onModuleInit();
    caches.push(cache);
    return cache;
  };
  const viewer = (userId = randomUUID()) => new Viewer(userId, 'longan', Role.COUNTY_STAFF, '450123');
  // Subscribed once a remembered viewer stays remembered.
  const subscribed = async (cache: ViewerCache) => {
    const probe = viewer();
    await until(() => {
      cache.set(`probe-${probe.userId}`, probe, HOUR_FROM_NOW(), cache.generation(probe.userId));
      return cache.get(`probe-${probe.userId}`) !== null;
    });
  };

  afterAll(async () => {
    await Promise.all(caches.map((cache) => cache.onModuleDestroy()));
  });

  it("drops an account's tokens in every process once one process announces the change", async () => {
    const [a, b] = [newCache(), newCache()];
    await Promise.all([subscribed(a), subscribed(b)]);
    const changed = viewer();
    const other = viewer();
    for (const cache of [a, b]) {
      cache.set('token-of-changed', changed, HOUR_FROM_NOW(), cache.generation(changed.userId));
      cache.set('token-of-other', other, HOUR_FROM_NOW(), cache.generation(other.userId));
    }
    await a.forget(changed.userId);
    expect(a.get('token-of-changed')).toBeNull();
    await until(() => b.get('token-of-changed') === null);
    // Only that account: the other's token is still answered from the cache in both.
    expect(a.get('token-of-other')).toBe(other);
    expect(b.get('token-of-other')).toBe(other);
  });

  it('does not remember a lookup that raced with a change of the account', async () => {
    const cache = newCache();
    await subscribed(cache);
    const changed = viewer();
    const before = cache.generation(changed.userId);
    await cache.forget(changed.userId); // the change lands while the lookup is under way
    cache.set('raced-token', changed, HOUR_FROM_NOW(), before);
    expect(cache.get('raced-token')).toBeNull();
    cache.set('later-token', changed, HOUR_FROM_NOW(), cache.generation(changed.userId));
    expect(cache.get('later-token')).toBe(changed);
  });

  it('never keeps a viewer past its token, and keeps nothing while it cannot hear announcements', async () => {
    const cache = newCache();
    await subscribed(cache);
    const someone = viewer();
    cache.set('expired-token', someone, Date.now() - 1, cache.generation(someone.userId));
    expect(cache.get('expired-token')).toBeNull();

    // Cut this process's subscription (as a Redis restart would): what it held is forgotten,
    // and nothing is remembered until it listens again.
    cache.set('held-token', someone, HOUR_FROM_NOW(), cache.generation(someone.userId));
    const admin = new Redis(TEST_REDIS_URL);
    try {
      const clients = await admin.call('CLIENT', 'LIST', 'TYPE', 'pubsub');
      const ids = String(clients)
        .split('\n')
        .filter((line) => line.includes(`name=${prefix}:viewer-cache `))
        .map((line) => /id=(\d+)/.exec(line)?.[1])
        .filter((id): id is string => id !== undefined);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) await admin.client('KILL', 'ID', id);
      await until(() => cache.get('held-token') === null);
    } finally {
      admin.disconnect();
    }
    await subscribed(cache); // ioredis reconnects and subscribes again
    cache.set('new-token', someone, HOUR_FROM_NOW(), cache.generation(someone.userId));
    expect(cache.get('new-token')).toBe(someone);
  });
});
