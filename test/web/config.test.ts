import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/web/config.ts';
import { runGongkai } from '../support/cli.ts';

describe('web: configuration', () => {
  it('has safe defaults: loopback, port 3000, SQLite under data/', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 3000, databaseUrl: undefined, trustProxy: false, secureCookies: false, logLevel: 'info' });
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.cookieSecret).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads and converts every variable; empty counts as unset', () => {
    const config = loadConfig({
      HOST: '0.0.0.0',
      PORT: '8080',
      DATABASE_URL: 'postgres://u@db/gongkai',
      TRUST_PROXY: 'true',
      SECURE_COOKIES: '1',
      LOG_LEVEL: 'warn',
      COOKIE_SECRET: 's'.repeat(32),
      BODY_LIMIT: '1000',
      SIGN_IN_RATE_LIMIT: '',
    });
    expect(config).toMatchObject({ host: '0.0.0.0', port: 8080, databaseUrl: 'postgres://u@db/gongkai', trustProxy: 1, secureCookies: true, logLevel: 'warn', bodyLimit: 1000, signInRateLimit: 10 });
  });

  it('TRUST_PROXY: off, a hop count (1 = one proxy, as `true`), or a list of proxy addresses and CIDR blocks', () => {
    const trust = (value: string) => loadConfig({ TRUST_PROXY: value }).trustProxy;
    expect(trust('0')).toBe(false);
    expect(trust('false')).toBe(false);
    expect(trust('1')).toBe(1);
    expect(trust('true')).toBe(1);
    expect(trust('2')).toBe(2);
    expect(trust('127.0.0.1,10.0.0.0/8')).toEqual(['127.0.0.1', '10.0.0.0/8']);
    expect(trust(' 127.0.0.1 , ::1, fd00::/8 ')).toEqual(['127.0.0.1', '::1', 'fd00::/8']);
    for (const bad of ['maybe', '10.0.0.0/33', '10.0.0.1/8/1', '300.1.1.1', '99', 'fd00::/129']) {
      expect(() => trust(bad), bad).toThrow(/TRUST_PROXY/);
    }
  });

  it('names every bad variable, in Chinese and English', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: '70000', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', TRUST_PROXY: 'maybe', COOKIE_SECRET: 'short' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'TRUST_PROXY', 'COOKIE_SECRET']) expect(problems).toContain(`${name}:`);
    expect((error as ConfigError).message).toContain('配置无效 (invalid configuration)');
    expect(problems).toContain('端口应为 0–65535 的整数 (port must be an integer 0–65535)');
  });

  it('GONGKAI_FETCH_ALLOW_PRIVATE: fetching reports from non-public addresses is off unless an administrator turns it on', () => {
    expect(loadConfig({}).fetchAllowPrivate).toBe(false);
    expect(loadConfig({ GONGKAI_FETCH_ALLOW_PRIVATE: '1' }).fetchAllowPrivate).toBe(true);
    expect(loadConfig({ GONGKAI_FETCH_ALLOW_PRIVATE: 'no' }).fetchAllowPrivate).toBe(false);
    expect(() => loadConfig({ GONGKAI_FETCH_ALLOW_PRIVATE: 'sure' })).toThrow(/GONGKAI_FETCH_ALLOW_PRIVATE/);
  });
});

const runServe = (env: Record<string, string>) => runGongkai(['serve'], { cleanEnv: true, env, timeout: 60_000 });

describe('gongkai serve with bad configuration', () => {
  it('exits with code 2 and a clear message, before opening a database or a port', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-config-'));
    const result = await runServe({ PORT: 'eighty', GONGKAI_DATA_DIR: dataDir, LOG_LEVEL: 'chatty' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('配置无效 (invalid configuration)');
    expect(result.stderr).toContain('PORT:');
    expect(result.stderr).toContain('LOG_LEVEL:');
    expect(result.stderr).toContain('服务未启动 (server not started)');
    expect(result.stdout).not.toContain('listening');
    expect(readdirSync(dataDir)).toEqual([]);
    rmSync(dataDir, { recursive: true, force: true });
  }, 90_000); // a child process that loads the whole CLI: slow on a loaded 2-core machine
});
