import { describe, expect, it, vi } from 'vitest';
import { lastLine, runGongkaiOnce } from '../support/cli.ts';

vi.setConfig({ testTimeout: 120_000 });

const gongkai = (args: string[]) => runGongkaiOnce(args, { env: { TZ: 'UTC' } });

describe('gongkai fee pieces N (按件计收)', () => {
  it.each([
    ['10', '0'], ['11', '100'], ['30', '2000'], ['31', '2200'], ['40', '4000'], ['41', '4300'],
  ])('%s applications → %s 元', async (n, total) => {
    const r = await gongkai(['fee', 'pieces', n]);
    expect(r.status).toBe(0);
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
    expect(r.status).toBe(0);
    expect(lastLine(r.stdout)).toBe('300');
  });
});

describe('gongkai fee pages P (按量计收)', () => {
  it.each([
    ['30', '0'], ['31', '10'], ['100', '700'], ['101', '720'], ['200', '2700'], ['201', '2740'],
  ])('%s pages → %s 元', async (p, total) => {
    const r = await gongkai(['fee', 'pages', p]);
    expect(r.status).toBe(0);
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
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('错误：');
    expect(r.stderr).toContain(message);
  });
});
