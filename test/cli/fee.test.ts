import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 120_000 });

const run = promisify(execFile);
interface Result { code: number; stdout: string; stderr: string }

// Each run starts the whole CLI under tsx (seconds on a loaded machine): identical runs are shared.
const runs = new Map<string, Promise<Result>>();
function gongkai(args: string[], tz = 'UTC'): Promise<Result> {
  const key = JSON.stringify([args, tz]);
  if (!runs.has(key)) runs.set(key, spawn(args, tz));
  return runs.get(key)!;
}

async function spawn(args: string[], tz: string): Promise<Result> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/gongkai.js', ...args], { env: { ...process.env, TZ: tz }, timeout: 90_000 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
const lastLine = (s: string) => s.trimEnd().split('\n').at(-1);

describe('gongkai fee pieces N (按件计收)', () => {
  it.each([
    ['10', '0'], ['11', '100'], ['30', '2000'], ['31', '2200'], ['40', '4000'], ['41', '4300'],
  ])('%s applications → %s 元', async (n, total) => {
    const r = await gongkai(['fee', 'pieces', n]);
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toBe(total);
  });

  it('prints the breakdown by band above the total', async () => {
    const r = await gongkai(['fee', 'pieces', '41']);
    expect(r.stdout).toContain('第 1–10 件：免费');
    expect(r.stdout).toContain('第 11–30 件：20 件 × 100 元 = 2000 元');
    expect(r.stdout).toContain('第 31–40 件：10 件 × 200 元 = 2000 元');
    expect(r.stdout).toContain('第 41 件：1 件 × 300 元 = 300 元');
    expect(r.stdout).toContain('合计：4300 元');
  });

  it('--already K prices the next N (the 41st alone costs 300 元)', async () => {
    const r = await gongkai(['fee', 'pieces', '1', '--already', '40']);
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toBe('300');
  });
});

describe('gongkai fee pages P (按量计收)', () => {
  it.each([
    ['30', '0'], ['31', '10'], ['100', '700'], ['101', '720'], ['200', '2700'], ['201', '2740'],
  ])('%s pages → %s 元', async (p, total) => {
    const r = await gongkai(['fee', 'pages', p]);
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toBe(total);
  });
});

describe('bad input: a Chinese message on stderr, exit code 2', () => {
  it.each([
    [['fee', 'pieces', '-3'], '负数'],
    [['fee', 'pieces', 'abc'], '非负整数'],
    [['fee', 'pages', '1.5'], '非负整数'],
    [['fee', 'pages', '10', '--color'], '未知选项'],
    [['fee', 'pieces', '5', '--already', 'x'], '非负整数'],
    [['fee', 'pages', '99999999'], '不能超过'],
  ])('%j', async (args, message) => {
    const r = await gongkai(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('错误：');
    expect(r.stderr).toContain(message);
  });
});
