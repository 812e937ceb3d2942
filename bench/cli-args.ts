/** The local server the generator and the benchmark default to. */
export const DEFAULT_SERVER_URL = 'postgres://postgres:postgres@127.0.0.1:5432/postgres';

/** The same server and credentials as `url`, another database. */
export function databaseUrlOn(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * `--name value` pairs, and bare `--flag`s (value 'true'); anything not in `allowed` is an
 * error, so a typo never silently runs the default.
 */
export function parseArgs(argv: readonly string[], allowed: readonly string[]): Record<string, string | undefined> {
  const result: Record<string, string | undefined> = {};
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match || !allowed.includes(match[1])) throw new Error(`unknown argument '${argv[i]}'; expected ${allowed.map((a) => `--${a}`).join(', ')}`);
    const following = argv[i + 1];
    result[match[1]] = match[2] ?? (following === undefined || following.startsWith('--') ? 'true' : argv[++i]);
  }
  return result;
}
