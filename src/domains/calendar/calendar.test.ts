import { describe, expect, it } from 'vitest';
import { isDomainError } from '../shared/errors.ts';
import type { CalendarDate } from './index.ts';
import { BUILTIN_YEAR_FILES } from './builtin.ts';
import {
  DAY_KIND_LABELS, addDays, builtinCalendar, compareDates, describeSpan, expandRange, isCalendarDate, isWeekend, loadCalendar, parseCalendarDate,
  parseYearFile, spanNotes, weekdayOf,
} from './index.ts';
import { SPEC_TABLE } from './spec-table.fixture.ts';

const cal = builtinCalendar();
const d = (s: string) => parseCalendarDate(s);

describe('addWorkdays: domain reference §4.3 test vectors', () => {
  it.each([
    ['2026-09-21', 20, '2026-10-26', '20 WD across 中秋 and 国庆, counting the 10-10 Saturday workday'],
    ['2026-09-21', 40, '2026-11-23', '20 + 20 extension'],
    ['2026-02-13', 7, '2026-03-02', '补正 notice across 春节, counting 02-14 and 02-28 Saturdays'],
    ['2026-01-30', 20, '2026-03-05', 'across the nine-day 2026 春节'],
    ['2025-09-26', 20, '2025-10-30', 'across 国庆·中秋 2025'],
    ['2024-12-31', 20, '2025-02-05', 'year boundary and 春节 2025'],
  ])('%s + %i WD = %s (%s)', (start, n, expected) => {
    const r = cal.addWorkdays(d(start), n);
    expect(r).toEqual({ date: expected, provisional: false, provisionalYears: [] });
  });
});

describe('addWorkdays: edge cases', () => {
  it.each([
    ['2026-09-21', 0, '2026-09-21', 'n = 0 is the start day itself'],
    ['2026-09-18', 1, '2026-09-20', 'Friday + 1 = the 09-20 Sunday make-up workday'],
    ['2026-09-30', 1, '2026-10-08', 'National Day: the day before + 1'],
    ['2026-10-09', 1, '2026-10-10', 'the 10-10 Saturday workday counts'],
    ['2026-02-13', 1, '2026-02-14', 'Saturday 02-14 is a make-up workday before 春节'],
    ['2026-02-14', 1, '2026-02-24', 'Spring Festival 2026: 02-15 to 02-23 off'],
    ['2019-09-27', 20, '2019-10-30', 'National Day 2019 with 09-29 and 10-12 workdays'],
    ['2019-04-26', 3, '2019-04-30', '2019 劳动节 amendment: 04-28 Sunday works'],
    ['2019-04-30', 1, '2019-05-05', '2019 劳动节 amendment: 05-01..04 off, 05-05 Sunday works'],
    ['2020-01-20', 7, '2020-02-06', '2020 Spring Festival extended to 02-02; 02-01 not a workday'],
    ['2020-01-23', 1, '2020-02-03', 'first workday after the extended 2020 Spring Festival'],
    ['2020-01-31', 1, '2020-02-03', '2020-02-01 (Saturday) is NOT a workday after the extension'],
    ['2022-12-30', 1, '2023-01-03', 'year boundary: 2023 元旦 starts on 2022-12-31'],
    ['2023-12-29', 3, '2024-01-04', 'year boundary into 2024'],
    ['2018-12-28', 1, '2018-12-29', '2019 notice makes 2018-12-29 a workday (year 2018 provisional)'],
    ['2024-02-08', 1, '2024-02-09', '2024 除夕 (02-09) was not a statutory holiday'],
    ['2025-04-30', 1, '2025-05-06', '劳动节 2025'],
    ['2026-10-26', -20, '2026-09-21', 'negative n counts back'],
  ])('%s + %i WD = %s (%s)', (start, n, expected) => {
    expect(cal.addWorkdays(d(start), n).date).toBe(expected);
  });

  it.each([[1.5], [Number.NaN], [1_000_000], [100_001], [-100_001]])('rejects a count of %s with calendar.invalid_workday_count', (n) => {
    expect(() => cal.addWorkdays(d('2026-01-05'), n)).toThrowError(expect.objectContaining({
      code: 'calendar.invalid_workday_count', kind: 'invalid', userMessage: `工作日数须为整数且绝对值不超过 100000，收到：${n}`,
    }));
  });
  it('accepts a count of up to 100 000 working days either way', () => {
    expect(cal.addWorkdays(d('2026-01-05'), 100_000).provisional).toBe(true);
    expect(cal.addWorkdays(d('2026-01-05'), -100_000).provisional).toBe(true);
  });
  it('the start day is not counted, so its year does not make the result provisional', () => {
    // 2018 and 2027 have no data; the counted days lie in 2019 and 2026.
    expect(cal.addWorkdays(d('2018-12-31'), 1)).toEqual({ date: '2019-01-02', provisional: false, provisionalYears: [] });
    expect(cal.addWorkdays(d('2027-01-01'), -1)).toEqual({ date: '2026-12-31', provisional: false, provisionalYears: [] });
    expect(cal.addWorkdays(d('2027-01-01'), 0)).toEqual({ date: '2027-01-01', provisional: true, provisionalYears: [2027] });
  });
});

describe('every 调休 working day of 2019–2026 is a working day, and a weekend day', () => {
  const rows = SPEC_TABLE.flatMap(([year, name, , , work]) => work.map((w) => [w, year, name] as const));
  it.each(rows)('%s (%i %s)', (w) => {
    expect(isWeekend(d(w))).toBe(true);
    expect(cal.isWorkday(d(w))).toBe(true);
    expect(cal.dayInfo(d(w)).kind).toBe('adjustedWorkday');
  });
});

describe('every OFF day of 2019–2026 is not a working day', () => {
  const rows = SPEC_TABLE.flatMap(([year, name, from, to]) => expandRange({ from, to }).map((day) => [day, year, name] as const));
  it.each(rows)('%s (%i %s)', (day, _year, name) => {
    expect(cal.isWorkday(day)).toBe(false);
    expect(cal.dayInfo(day)).toMatchObject({ kind: 'holiday', holiday: name });
  });
});

describe('the data files say exactly what the reference table says', () => {
  it.each([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026])('%i', (year) => {
    const fromData = cal.holidays(year).map((h) => [h.name, h.offDays, h.work]);
    const fromSpec = SPEC_TABLE.filter((r) => r[0] === year).map(([, name, from, to, work]) => [name, expandRange({ from, to }), [...work]]);
    expect(fromData).toEqual(fromSpec);
  });
});

describe('working days per year (domain reference §4.3)', () => {
  it.each([
    [2019, 250], [2020, 249], [2021, 250], [2022, 249], [2023, 249], [2024, 251], [2025, 248], [2026, 248],
  ])('%i has %i working days', (year, expected) => {
    expect(cal.workdaysInYear(year)).toEqual({ count: expected, provisional: false, provisionalYears: [] });
  });
});

describe('a year with no data falls back to Monday–Friday, flagged provisional', () => {
  it('2027 counts Monday–Friday and says so', () => {
    expect(cal.workdaysInYear(2027)).toEqual({ count: 261, provisional: true, provisionalYears: [2027] });
  });
  it.each([
    ['2026-12-31', 1, '2027-01-01', [2027]],
    ['2026-12-24', 20, '2027-01-21', [2027]],
    ['2027-03-01', 5, '2027-03-08', [2027]],
  ])('%s + %i WD = %s, provisional', (start, n, expected, years) => {
    expect(cal.addWorkdays(d(start), n)).toEqual({ date: expected, provisional: true, provisionalYears: years });
  });
  it('a count that stays inside 2026 is not provisional', () => {
    expect(cal.addWorkdays(d('2026-12-24'), 5)).toEqual({ date: '2026-12-31', provisional: false, provisionalYears: [] });
  });
  it('2027 has no holidays and no year file', () => {
    expect(cal.holidays(2027)).toEqual([]);
    expect(cal.yearFile(2027)).toBeUndefined();
  });
  it('dayInfo of a 2027 day is provisional', () => {
    expect(cal.dayInfo(d('2027-10-01'))).toMatchObject({ kind: 'workday', provisional: true });
  });
});

describe('workdaysBetween counts (from, to]', () => {
  it.each([
    ['2026-09-21', '2026-10-26', 20],
    ['2026-10-26', '2026-09-21', -20],
    ['2026-09-21', '2026-09-21', 0],
    ['2026-10-01', '2026-10-07', 0],
    ['2026-10-07', '2026-10-10', 3],
  ])('%s → %s = %i', (from, to, n) => {
    expect(cal.workdaysBetween(d(from), d(to)).count).toBe(n);
  });
});

describe('loadCalendar: years and corrections as files', () => {
  const y2020 = BUILTIN_YEAR_FILES[1] as { year: number; amendments: unknown[] };

  it('without the 2020 extension amendment, 2020-02-01 would be a working day', () => {
    const original = loadCalendar([{ ...y2020, amendments: [] }]);
    expect(original.isWorkday(d('2020-02-01'))).toBe(true);
    expect(original.isWorkday(d('2020-01-31'))).toBe(true);
    expect(cal.isWorkday(d('2020-02-01'))).toBe(false);
    expect(cal.holidays(2020).find((h) => h.name === '春节')!.amendedBy[0]!.notice.documentNumber).toBe('国办发明电〔2020〕1号');
  });

  it('the 2019 劳动节 amendment is recorded as such', () => {
    const labour = cal.holidays(2019).find((h) => h.name === '劳动节')!;
    expect(labour.notice.id).toBe('2019');
    expect(labour.amendedBy).toHaveLength(1);
    expect(labour.amendedBy[0]!.notice.date).toBe('2019-03-22');
  });

  // The notices as reviewed against gov.cn (issue 10 item 9): 文号, date and whether confirmed.
  it.each([
    [2019, '2019', '国办发明电〔2018〕15号', '2018-12-04'],
    [2019, '2019-劳动节调整', '国办发明电〔2019〕3号', '2019-03-22'],
    [2020, '2020', '国办发明电〔2019〕16号', undefined],
    [2021, '2021', '国办发明电〔2020〕27号', undefined],
    [2022, '2022', '国办发明电〔2021〕11号', undefined],
    [2023, '2023', '国办发明电〔2022〕16号', undefined],
    [2024, '2024', '国办发明电〔2023〕7号', undefined],
    [2025, '2025', '国办发明电〔2024〕12号', undefined],
    [2026, '2026', '国办发明电〔2025〕7号', '2025-11-04'],
  ] as const)('%i notice %s is %s, verified', (year, id, documentNumber, date) => {
    const notice = cal.yearFile(year)!.notices.find((n) => n.id === id)!;
    expect(notice).toMatchObject({ documentNumber, verified: true, ...(date ? { date } : {}) });
  });

  it('a 2027 file added without code change ends the fallback', () => {
    const c = loadCalendar([{
      year: 2027,
      notices: [{ id: '2027', title: '测试通知', documentNumber: null, date: '2026-11-01', verified: false }],
      holidays: [{ name: '元旦', notice: '2027', off: [{ from: '2027-01-01', to: '2027-01-03' }], work: [] }],
    }]);
    expect(c.years).toContain(2027);
    expect(c.isWorkday(d('2027-01-01'))).toBe(false);
    expect(c.addWorkdays(d('2026-12-31'), 1)).toEqual({ date: '2027-01-04', provisional: false, provisionalYears: [] });
  });

  it('without the built-in files only the given years are known, listed in ascending order', () => {
    const y2027 = { year: 2027, notices: [{ id: 'n', title: 't', documentNumber: null, date: '2026-11-01', verified: false }], holidays: [] };
    const y2018 = { ...y2027, year: 2018, notices: [{ ...y2027.notices[0]!, date: '2018-01-01' }] };
    expect(loadCalendar([y2027, y2018], { builtin: false }).years).toEqual([2018, 2027]);
    expect(loadCalendar([y2027, y2018], { builtin: false }).isWorkday(d('2026-10-01'))).toBe(true);
    expect(loadCalendar([y2027, y2018]).years).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(loadCalendar().years).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('a refused file names its source and each problem with its field, in Chinese', () => {
    const raw = { year: 2027, notices: [{ id: 'n', documentNumber: null, date: '2026-11-01', verified: false }], holidays: [] };
    let error: unknown;
    try {
      parseYearFile(raw, 'data/2027.json');
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({
      code: 'calendar.invalid_year_file',
      kind: 'invalid',
      userMessage: '节假日数据文件 data/2027.json（年份 2027）有误：\n  notices.0.title：无效输入：期望 string，实际接收 undefined',
      fields: [{ field: 'notices.0.title', message: '无效输入：期望 string，实际接收 undefined' }],
    });
    expect(() => parseYearFile(null)).toThrowError(expect.objectContaining({ userMessage: expect.stringMatching(/^节假日数据文件（年份 \?）有误：\n {2}（根）：/) }));
  });

  it('an extra file replaces the built-in year with the same number', () => {
    const c = loadCalendar([{ ...y2020, holidays: [], amendments: [] }]);
    expect(c.isWorkday(d('2020-01-24'))).toBe(true);
    expect(c.holidays(2020)).toEqual([]);
  });

  const base = { year: 2027, notices: [{ id: 'n', title: 't', documentNumber: null, date: '2026-11-01', verified: false }] };
  it.each([
    ['not an object', 'x', /年份 \?/],
    ['bad date', { ...base, holidays: [{ name: '元旦', notice: 'n', off: [{ from: '2027-02-30', to: '2027-03-01' }] }] }, /真实存在的 YYYY-MM-DD/],
    ['reversed range', { ...base, holidays: [{ name: '元旦', notice: 'n', off: [{ from: '2027-01-03', to: '2027-01-01' }] }] }, /不能晚于结束日/],
    ['unknown notice', { ...base, holidays: [{ name: '元旦', notice: 'zz', off: [{ from: '2027-01-01', to: '2027-01-01' }] }] }, /未在 notices 中列出/],
    ['make-up day on a weekday', { ...base, holidays: [{ name: '元旦', notice: 'n', off: [{ from: '2027-01-01', to: '2027-01-01' }], work: ['2027-01-05'] }] }, /不是星期六或星期日/],
    ['off and work on one day', { ...base, holidays: [{ name: '元旦', notice: 'n', off: [{ from: '2027-01-01', to: '2027-01-03' }], work: ['2027-01-02'] }] }, /既是放假日又是调休上班日/],
    ['date outside the year', { ...base, holidays: [{ name: '元旦', notice: 'n', off: [{ from: '2028-01-01', to: '2028-01-01' }] }] }, /不属于 2027 年/],
    ['missing notices', { year: 2027, notices: [], holidays: [] }, /至少列出一份放假通知/],
  ])('rejects a file with %s, in Chinese', (_what, raw, message) => {
    let error: unknown;
    try {
      loadCalendar([raw]);
    } catch (e) {
      error = e;
    }
    expect(isDomainError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'calendar.invalid_year_file' });
    expect((error as { userMessage: string }).userMessage).toMatch(message);
  });
});

describe('calendar dates', () => {
  it.each([
    '2026-02-30', 'abc', '2026-13-01', '2026-1-01', '', '2025-02-29',
    '2026-00-10', '2026-01-00', '0999-12-31', '0999-05-05', 'x2026-01-01', '2026-01-01x', ' 2026-01-01',
  ])('rejects %j', (s) => {
    expect(() => parseCalendarDate(s)).toThrowError(expect.objectContaining({
      code: 'calendar.invalid_date', kind: 'invalid', userMessage: `日期无效：“${s}”。请按 YYYY-MM-DD 格式填写真实存在的日期，例如 2026-09-21。`,
    }));
  });
  it('accepts the first year it knows, 1000, and real dates only', () => {
    expect(isCalendarDate('1000-01-01')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect([isCalendarDate(20260101), isCalendarDate(undefined), isCalendarDate(null), isCalendarDate({ toString: () => '2026-01-01' })]).toEqual([false, false, false, false]);
  });
  it('compareDates orders dates', () => {
    expect([compareDates(d('2026-01-01'), d('2026-01-02')), compareDates(d('2026-01-02'), d('2026-01-01')), compareDates(d('2026-01-02'), d('2026-01-02'))]).toEqual([-1, 1, 0]);
    expect([d('2026-10-01'), d('2025-12-31'), d('2026-02-01')].sort(compareDates)).toEqual(['2025-12-31', '2026-02-01', '2026-10-01']);
  });
  it.each([['2024-02-29', 4], ['1970-01-01', 4], ['2026-09-21', 1], ['2026-02-14', 6], ['1969-12-31', 3]])('%s is weekday %i', (s, w) => {
    expect(weekdayOf(d(s))).toBe(w);
  });
  it('addDays crosses months, years and leap days', () => {
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(d('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addDays(d('2026-03-01'), -1) satisfies CalendarDate).toBe('2026-02-28');
  });
});

describe('free functions and today', () => {
  it('isWorkday / addWorkdays / workdaysBetween default to the built-in calendar', async () => {
    const { isWorkday, addWorkdays, workdaysBetween } = await import('./index.ts');
    expect(isWorkday(d('2020-02-01'))).toBe(false);
    expect(addWorkdays(d('2026-09-21'), 20).date).toBe('2026-10-26');
    expect(workdaysBetween(d('2026-09-21'), d('2026-10-26')).count).toBe(20);
  });
  it.each([
    ['2026-09-20T15:59:59Z', '2026-09-20'],
    ['2026-09-20T16:00:00Z', '2026-09-21'],
    ['2026-12-31T16:00:00Z', '2027-01-01'],
  ])('the instant %s is %s in Shanghai', async (instant, expected) => {
    const { todayInShanghai } = await import('./index.ts');
    const { fixedClock } = await import('../shared/clock.ts');
    expect(todayInShanghai(fixedClock(instant))).toBe(expected);
  });
});

// The plain-Chinese note under a computed due date (the clock's explain() and `gongkai calendar add`).
describe('describeSpan: what lies in (from, to]', () => {
  it('names the holiday run with its days and each 调休 working day counted', () => {
    expect(describeSpan(cal, d('2026-02-13'), d('2026-03-02'))).toBe(
      '途经春节放假 2026-02-15 至 2026-02-23（9天，不计入）；2026-02-14（星期六）春节调休上班（计入）；2026-02-28（星期六）春节调休上班（计入）。',
    );
  });
  it('a one-day holiday is a single date', () => {
    expect(describeSpan(cal, d('2019-12-31'), d('2020-01-02'))).toBe('途经元旦放假 2020-01-01（不计入）。');
  });
  it('the start day is not part of the span; the end day is', () => {
    expect(spanNotes(cal, d('2026-02-15'), d('2026-02-16')).holidays).toEqual([{ name: '春节', from: '2026-02-16', to: '2026-02-16', days: 1 }]);
    expect(spanNotes(cal, d('2026-02-13'), d('2026-02-14')).adjustedWorkdays).toEqual([{ date: '2026-02-14', holiday: '春节' }]);
    expect(spanNotes(cal, d('2026-02-14'), d('2026-02-14'))).toEqual({ holidays: [], adjustedWorkdays: [], provisionalYears: [] });
  });
  it('an ordinary stretch says nothing', () => {
    expect(describeSpan(cal, d('2026-03-02'), d('2026-03-09'))).toBe('');
  });
  it('years without data are named once each, after the holidays', () => {
    expect(describeSpan(cal, d('2026-12-30'), d('2027-01-05'))).toBe('其中 2027 年的节假日安排尚未载入，暂按周一至周五计算，结果为临时结果。');
    expect(spanNotes(cal, d('2026-09-30'), d('2028-01-02')).provisionalYears).toEqual([2027, 2028]);
    expect(describeSpan(cal, d('2026-09-30'), d('2028-01-02'))).toMatch(/^途经国庆节放假 2026-10-01 至 2026-10-07（7天，不计入）；.*其中 2027、2028 年的节假日安排尚未载入/);
  });
  it('adjacent holidays, and two runs of one holiday, are listed separately', () => {
    const c = loadCalendar([{
      year: 2027,
      notices: [{ id: 'n', title: '测试通知', documentNumber: null, date: '2026-11-01', verified: false }],
      holidays: [
        { name: '元旦', notice: 'n', off: [{ from: '2027-01-01', to: '2027-01-01' }, { from: '2027-01-04', to: '2027-01-04' }] },
        { name: '春节', notice: 'n', off: [{ from: '2027-01-02', to: '2027-01-03' }] },
      ],
    }]);
    expect(spanNotes(c, d('2026-12-31'), d('2027-01-05')).holidays).toEqual([
      { name: '元旦', from: '2027-01-01', to: '2027-01-01', days: 1 },
      { name: '春节', from: '2027-01-02', to: '2027-01-03', days: 2 },
      { name: '元旦', from: '2027-01-04', to: '2027-01-04', days: 1 },
    ]);
    const gap = loadCalendar([{
      year: 2027,
      notices: [{ id: 'n', title: '测试通知', documentNumber: null, date: '2026-11-01', verified: false }],
      holidays: [{ name: '元旦', notice: 'n', off: [{ from: '2027-01-01', to: '2027-01-01' }, { from: '2027-01-04', to: '2027-01-04' }] }],
    }]);
    // 2027-01-02 and 01-03 are an ordinary weekend between the two runs.
    expect(spanNotes(gap, d('2026-12-31'), d('2027-01-05')).holidays).toEqual([
      { name: '元旦', from: '2027-01-01', to: '2027-01-01', days: 1 },
      { name: '元旦', from: '2027-01-04', to: '2027-01-04', days: 1 },
    ]);
  });
});

describe('day kinds', () => {
  it.each([
    ['2026-02-14', 'adjustedWorkday', true, '春节', '调休上班'],
    ['2026-02-16', 'holiday', false, '春节', '节假日放假'],
    ['2026-03-07', 'weekend', false, null, '周末休息'],
    ['2026-03-09', 'workday', true, null, '工作日'],
  ] as const)('%s is %s', (day, kind, isWorkday, holiday, label) => {
    expect(cal.dayInfo(d(day))).toEqual({ date: day, kind, isWorkday, holiday, provisional: false });
    expect(DAY_KIND_LABELS[kind]).toBe(label);
  });
});
