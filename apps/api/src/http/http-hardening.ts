import cors from 'cors';
import type { Express, RequestHandler } from 'express';
import helmet from 'helmet';
import { AppConfig } from '@app/common';

/** Express's `trust proxy` from TRUST_PROXY: false (the socket's address), a hop count, or addresses and subnets. */
export function trustProxySetting(value: string | undefined): boolean | number | string[] {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) return Number(text);
  return text.split(',').map((part) => part.trim()).filter(Boolean);
}

/**
 * Headers every answer carries (helmet), and which other origins' pages may call the API
 * (CORS_ORIGINS; the console is served by the API itself, so none by default).
 */
export function hardeningMiddleware(config: AppConfig): RequestHandler[] {
  const origins = (config.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
  return [
    helmet({
      // Plain http is how the quick start is reached on a LAN; upgrading would break it.
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
    }),
    cors({ origin: origins.length > 0 ? origins : false, methods: ['GET', 'POST'], allowedHeaders: ['Authorization', 'Content-Type'], maxAge: 600 }),
  ];
}

/**
 * Express settings: `trust proxy` (TRUST_PROXY), and no ETag on what a handler sends. Nearly
 * every answer is a GraphQL POST, which no cache revalidates, yet Express hashed each one for a
 * tag; the console's files keep the ETags their static handler sets.
 */
export function applyExpressSettings(app: Express, config: AppConfig): void {
  app.set('trust proxy', trustProxySetting(config.TRUST_PROXY));
  app.set('etag', false);
}
