import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnGongkai } from '../support/cli.ts';

interface Started {
  child: ChildProcess;
  output: () => string;
  url: string;
  exited: Promise<number | null>;
}

/** Starts `gongkai serve --demo` on a free port and waits for its "listening" line. */
function start(dataDir: string): Promise<Started> {
  return new Promise((resolve, reject) => {
    const child = spawnGongkai(['serve', '--demo'], { cleanEnv: true, env: { PORT: '0', GONGKAI_DATA_DIR: dataDir, LOG_LEVEL: 'warn' } });
    let output = '';
    const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve did not start:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /listening\)：(http:\/\/[\d.]+:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, output: () => output, url: match[1]!, exited });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });
}

describe('gongkai serve', () => {
  it('migrates, seeds the demo once (printing the accounts), serves, and shuts down cleanly on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-serve-'));
    const first = await start(dataDir);
    expect(first.output()).toContain('已写入演示数据');
    expect(first.output()).toMatch(/admin\s+\S{12}\s+系统管理员（伊川县人民政府/);
    const health = await fetch(`${first.url}/healthz`);
    expect(health.status).toBe(200);
    const home = await (await fetch(`${first.url}/`)).text();
    expect(home).toContain('伊川县人民政府');
    expect(home).toContain('水寨镇人民政府');
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = await start(dataDir);
    expect(second.output()).not.toContain('已写入演示数据');
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
    rmSync(dataDir, { recursive: true, force: true });
  }, 90_000);
});
