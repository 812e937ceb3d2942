import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnvFile } from './env-file';
import { loadAppConfig } from './app-config';

describe('loadEnvFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'env-file-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads .env from the working directory into the settings, the real environment winning', async () => {
    await writeFile(join(dir, '.env'), 'PORT=4100\nQUEUE_PREFIX=from-file\n# a comment\nMAIL_FROM="易地扶贫 <a@b.cn>"\n');
    const env: NodeJS.ProcessEnv = { QUEUE_PREFIX: 'from-environment' };
    expect(loadEnvFile(env, dir)).toBe(join(dir, '.env'));
    expect(loadAppConfig(env)).toMatchObject({ PORT: 4100, QUEUE_PREFIX: 'from-environment', MAIL_FROM: '易地扶贫 <a@b.cn>' });
  });

  it('reads the file ENV_FILE names, and refuses one that does not exist', async () => {
    await writeFile(join(dir, 'prod.env'), 'LOG_LEVEL=warn\n');
    const env: NodeJS.ProcessEnv = { ENV_FILE: 'prod.env' };
    loadEnvFile(env, dir);
    expect(loadAppConfig(env).LOG_LEVEL).toBe('warn');
    expect(() => loadEnvFile({ ENV_FILE: 'missing.env' }, dir)).toThrow(/does not exist/);
  });

  it('does nothing without a file', () => {
    const env: NodeJS.ProcessEnv = {};
    expect(loadEnvFile(env, dir)).toBeUndefined();
    expect(env).toEqual({});
  });

  it('leaves settings from the file to validation like any other', async () => {
    await writeFile(join(dir, '.env'), 'LOG_FORMAT=xml\n');
    const env: NodeJS.ProcessEnv = {};
    loadEnvFile(env, dir);
    expect(() => loadAppConfig(env)).toThrow(/LOG_FORMAT/);
  });
});
