import { createSecretKey, KeyObject } from 'node:crypto';
import { AppConfig, ConfigError } from '@app/common';

/**
 * Keys that were ever published with this code (the old built-in default, the compose default,
 * the example settings): anyone could mint an administrator's token with them.
 */
const PUBLISHED_KEYS: ReadonlySet<string> = new Set([
  'quick-start-only-change-me-in-production',
  'change-me-insecure-compose-default',
  'change-me',
  'changeme',
  'secret',
]);

/**
 * The key that signs and verifies login tokens. The API and the worker stop at start without
 * one, or with a published one, saying so; the quick start generates a key of its own.
 */
export function signingKey(config: AppConfig): KeyObject {
  const secret = config.JWT_SECRET;
  if (!secret) {
    throw new ConfigError('JWT_SECRET is not set: set it to a random value of at least 32 characters (e.g. `openssl rand -hex 32`); `npm start` generates one under DATA_DIR');
  }
  if (PUBLISHED_KEYS.has(secret.trim().toLowerCase())) {
    throw new ConfigError('JWT_SECRET is a published example value: anyone could sign tokens with it. Set a random value of your own (e.g. `openssl rand -hex 32`)');
  }
  // A key object, not the string: given a string, jsonwebtoken first tries (and fails) to parse
  // it as a public key on every verification, a measurable share of each request.
  return createSecretKey(Buffer.from(secret));
}
