import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { config as readDotenv } from 'dotenv';

/**
 * Reads `.env` from the working directory (or the file ENV_FILE names) into process.env, as
 * the README promises. A variable already set in the real environment wins over the file, so
 * an orchestrator's settings are never overridden by a file left in the image. Called first
 * thing by every process, before any setting is read. Returns the file read, if any.
 */
export function loadEnvFile(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string | undefined {
  const path = resolve(cwd, env.ENV_FILE ?? '.env');
  if (!existsSync(path)) {
    if (env.ENV_FILE) throw new Error(`ENV_FILE names ${path}, which does not exist`);
    return undefined;
  }
  const { error } = readDotenv({ path, processEnv: env as Record<string, string>, override: false, quiet: true });
  if (error) throw new Error(`Could not read ${path}: ${error.message}`);
  return path;
}
