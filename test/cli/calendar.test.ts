import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { lastLine, runGongkaiOnce } from '../support/cli.ts';

vi.setConfig({ testTimeout: 120_000 });

const gongkai = (args: string[], tz = 'UTC') => runGongkaiOnce(args, { env: { TZ: tz } });

describe('gongkai calendar add-workdays DATE N', () => {
  it.each([
    ['2026-09-21', '20', '2026-10-26'],
    ['2026-02-13', '7', '2026-03-02'],
    ['2024-12-31', '20', '2025-02-05'],
    ['2020-01-31', '1', '2020-02-03'],
  ])('%s + %s → %s', async (date, n, expected) => {
    const r = await gongkai(['calendar', 'add-workdays', date, n]);
    expect(r.status).toBe(0);
    expect(lastLine(r.stdout)).toBe(expected);
  });

  it('explains the holidays crossed above the date', async () => {
    const r = await gongkai(['calendar', 'add-workdays', '2026-09-21', '20']);
    expect(r.stdout).toContain('国庆节放假');
    expect(r.stdout).toContain('2026-10-10（星期六）国庆节调休上班');
  });

  it('flags a result in a year without data as provisional', async () => {
    const r = await gongkai(['calendar', 'add-workdays', '2026-12-31', '1']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('临时结果');
    expect(lastLine(r.stdout)).toBe('2027-01-01');
  });
});

describe('gongkai calendar workdays YEAR', () => {
  it.each([
    ['2020', '249'], ['2024', '251'], ['2026', '248'],
  ])('%s → %s', async (year, expected) => {
    const r = await gongkai(['calendar', 'workdays', year]);
    expect(r.status).toBe(0);
    expect(lastLine(r.stdout)).toBe(expected);
  });
  it('2027 has no data: Monday–Friday, provisional', async () => {
    const r = await gongkai(['calendar', 'workdays', '2027']);
    expect(r.stdout).toContain('临时结果');
    expect(lastLine(r.stdout)).toBe('261');
  });
});

describe('gongkai calendar show YEAR', () => {
  it('prints a month grid with a legend, holidays and 调休 marked', async () => {
    const r = await gongkai(['calendar', 'show', '2026']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('图例');
    expect(r.stdout).toContain('二月（工作日');
    expect(r.stdout).toMatch(/14班/); // 2026-02-14 (Saturday) make-up workday
    expect(r.stdout).toMatch(/15休/); // 2026-02-15 春节
    expect(r.stdout).toContain('春节：2026-02-15 至 2026-02-23 放假，共 9 天');
  });
  it('records the 2020 extension as an amendment', async () => {
    const r = await gongkai(['calendar', 'show', '2020']);
    expect(r.stdout).toContain('国办发明电〔2020〕1号');
    expect(r.stdout).toMatch(/ 1休/);
  });
});

describe('the output does not depend on the machine time zone', () => {
  it.each([['add-workdays', '2026-09-21', '20'], ['show', '2026']])('calendar %s', async (...args) => {
    const zones = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'];
    const outputs = await Promise.all(zones.map((tz) => gongkai(['calendar', ...args], tz)));
    for (const o of outputs) expect(o).toEqual(outputs[0]);
  });
});

describe('year files added without code change (--data)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-cal-'));
  const good = join(dir, '2027.json');
  writeFileSync(good, JSON.stringify({
    year: 2027,
    notices: [{ id: '2027', title: '测试：2027年部分节假日安排', documentNumber: null, date: '2026-11-01', verified: false }],
    holidays: [{ name: '元旦', notice: '2027', off: [{ from: '2027-01-01', to: '2027-01-03' }], work: [] }],
  }));
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ year: 2027, notices: [], holidays: [{ name: '元旦', notice: 'x', off: [{ from: '2027-02-30', to: '2027-01-01' }] }] }));

  it('a 2027 file ends the fallback', async () => {
    const r = await gongkai(['calendar', 'add-workdays', '2026-12-31', '1', '--data', good]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('临时结果');
    expect(lastLine(r.stdout)).toBe('2027-01-04');
  });
  it('an invalid file is refused with the problems in Chinese', async () => {
    const r = await gongkai(['calendar', 'workdays', '2027', '--data', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('节假日数据文件');
    expect(r.stderr).toContain('YYYY-MM-DD');
  });
  it('a missing file is refused', async () => {
    const r = await gongkai(['calendar', 'workdays', '2027', '--data', join(dir, 'nope.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('无法读取');
  });
});

describe('bad input: a Chinese message on stderr, exit code 2', () => {
  it.each([
    [['calendar', 'add-workdays', '2026-02-30', '5'], '日期无效'],
    [['calendar', 'add-workdays', 'abc', '5'], '日期无效'],
    [['calendar', 'add-workdays', '2026-01-01', '-5'], '负数'],
    [['calendar', 'add-workdays', '2026-01-01', '1.5'], '非负整数'],
    [['calendar', 'add-workdays', '2026-01-01', '5', '--foo'], '未知选项'],
    [['calendar', 'add-workdays', '2026-01-01'], '缺少参数'],
    [['calendar', 'workdays', 'abc'], '年份无效'],
    [['calendar', 'frobnicate'], '未知命令'],
  ])('%j', async (args, message) => {
    const r = await gongkai(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('错误：');
    expect(r.stderr).toContain(message);
  });
});
