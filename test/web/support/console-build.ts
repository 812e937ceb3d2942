import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The schema reaches the console through its generated types, which are under apps/web.
const SOURCES = ['apps/web', 'package-lock.json'];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

/**
 * The built console the browser tests drive: dist/web as `npm run build` (or CI's
 * `npm run web:build`) left it, rebuilt first when any of its sources changed since.
 */
export function ensureConsoleBuilt(): string {
  const dir = resolve('dist/web');
  const builtAt = statSync(join(dir, 'index.html'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (builtAt < Math.max(...SOURCES.map((source) => newestChange(resolve(source))))) {
    // jest sets NODE_ENV=test, which would build React's and antd's development code.
    execFileSync('npx', ['vite', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  }
  return dir;
}
