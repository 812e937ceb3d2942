import { ConfigError, loadAppConfig } from './app-config';

describe('loadAppConfig', () => {
  it('gives the quick-start defaults when nothing is set', () => {
    const config = loadAppConfig({});
    expect(config).toMatchObject({ REDIS_URL: 'redis://127.0.0.1:6379', PORT: 3000, DEMO_DATA: true, DEMO_PASSWORD: 'demo-password' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.SMTP_URL).toBeUndefined();
  });

  it('reads and converts what is set, ignoring unrelated variables', () => {
    const config = loadAppConfig({ PORT: '8080', DEMO_DATA: 'false', DATABASE_URL: 'postgres://u@h/db', HOME: '/root' });
    expect(config).toMatchObject({ PORT: 8080, DEMO_DATA: false, DATABASE_URL: 'postgres://u@h/db' });
    expect((config as unknown as Record<string, unknown>).HOME).toBeUndefined();
  });

  it('stops with a message naming every bad setting', () => {
    expect(() => loadAppConfig({ PORT: 'abc', REDIS_URL: 'http://x', JWT_SECRET: 'short' })).toThrow(ConfigError);
    try {
      loadAppConfig({ PORT: 'abc', REDIS_URL: 'http://x', JWT_SECRET: 'short' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('REDIS_URL must be a redis:// URL');
      expect(message).toContain('JWT_SECRET must be at least 32 characters');
      expect(message).toMatch(/PORT/);
    }
  });
});
