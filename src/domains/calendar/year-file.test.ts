/**
 * The year-file rules the mutation run found unpinned: the date window of a year's arrangement,
 * references between notices, holidays and amendments, what an amendment changes, and the exact
 * shape of the Chinese error an administrator reads.
 */
import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from './calendar-date.ts';
import { loadCalendar, parseYearFile } from './calendar.ts';
import { effectiveHolidays, expandRange } from './year-file.ts';

const d = parseCalendarDate;
const notice = (id: string, extra: object = {}) => ({ id, title: `通知${id}`, documentNumber: null, date: '2026-11-01', verified: false, ...extra });
const file = (extra: object = {}) => ({
  year: 2027,
  notices: [notice('n')],
  holidays: [{ name: '元旦', notice: 'n', off: [{ from: '2027-01-01', to: '2027-01-03' }], work: [] }],
  ...extra,
});

/** The Chinese message of the refusal, or 'accepted'. */
function problems(raw: unknown, source?: string): string {
  try {
    parseYearFile(raw, source);
    return 'accepted';
  } catch (error) {
    expect(error).toMatchObject({ code: 'calendar.invalid_year_file' });
    return (error as { userMessage: string }).userMessage;
  }
}
const holidayOff = (from: string, to = from) => file({ holidays: [{ name: '元旦', notice: 'n', off: [{ from, to }] }] });

describe('the window of a year\'s arrangement: 1 December of the year before to 31 December', () => {
  it.each([
    ['2026-12-01', 'accepted'],
    ['2027-12-31', 'accepted'],
  ])('%s is %s', (day, result) => {
    expect(problems(holidayOff(day))).toBe(result);
  });
  it('the day before and the day after are refused, with the window in the message', () => {
    expect(problems(holidayOff('2026-11-30', '2026-12-01'))).toBe('节假日数据文件（年份 2027）有误：\n  holidays.0.off.0.from：日期 2026-11-30 不属于 2027 年的安排（允许 2026-12-01 至 2027-12-31）');
    expect(problems(holidayOff('2027-12-30', '2028-01-01'), 'data/2027.json')).toBe('节假日数据文件 data/2027.json（年份 2027）有误：\n  holidays.0.off.0.to：日期 2028-01-01 不属于 2027 年的安排（允许 2026-12-01 至 2027-12-31）');
    const work = file({ holidays: [{ name: '元旦', notice: 'n', off: [{ from: '2027-01-01', to: '2027-01-01' }], work: ['2026-11-28'] }] });
    expect(problems(work)).toContain('holidays.0.work.0：日期 2026-11-28 不属于 2027 年的安排');
  });
  it('an amendment\'s ranges and days are held to the same window', () => {
    const amended = (over: object) => file({ amendments: [{ notice: 'n', holiday: '元旦', note: '调整', ...over }] });
    expect(problems(amended({ addOff: [{ from: '2028-01-01', to: '2028-01-02' }] }))).toContain('amendments.0.addOff.0.from：日期 2028-01-01 不属于 2027 年的安排');
    expect(problems(amended({ removeOff: [{ from: '2026-11-30', to: '2026-12-01' }] }))).toContain('amendments.0.removeOff.0.from：日期 2026-11-30 不属于 2027 年的安排');
    expect(problems(amended({ removeOff: [{ from: '2027-12-31', to: '2028-01-01' }] }))).toContain('amendments.0.removeOff.0.to：日期 2028-01-01 不属于 2027 年的安排');
    expect(problems(amended({ addWork: ['2028-01-08'] }))).toContain('amendments.0.addWork.0：日期 2028-01-08 不属于 2027 年的安排');
    expect(problems(amended({ removeWork: ['2026-11-28'] }))).toContain('amendments.0.removeWork.0：日期 2026-11-28 不属于 2027 年的安排');
    expect(problems(amended({ addOff: [{ from: '2027-12-31', to: '2027-12-31' }], addWork: ['2026-12-05'] }))).toBe('accepted');
  });
  it('an amendment range two years long is refused, not a reason to skip the coherence checks', () => {
    const message = problems(file({
      holidays: [{ name: '元旦', notice: 'n', off: [{ from: '2027-01-01', to: '2027-01-01' }], work: ['2027-01-04'] }],
      amendments: [{ notice: 'n', holiday: '元旦', note: '调整', removeOff: [{ from: '2027-01-01', to: '2029-01-01' }] }],
    }));
    expect(message).toContain('amendments.0.removeOff.0.to：日期 2029-01-01 不属于 2027 年的安排');
  });
});

describe('references', () => {
  it('an amendment must name a listed notice and a listed holiday', () => {
    const amendment = { notice: 'x', holiday: '春节', note: '调整' };
    const message = problems(file({ amendments: [amendment] }));
    expect(message).toContain('amendments.0.notice：调整引用的通知 x 未在 notices 中列出');
    expect(message).toContain('amendments.0.holiday：调整引用的节日“春节”未在 holidays 中列出');
    expect(problems(file({ amendments: [{ notice: 'n', holiday: '元旦', note: '调整' }] }))).toBe('accepted');
  });
  it('a notice may amend only a listed notice', () => {
    expect(problems(file({ notices: [notice('n'), notice('m', { amends: 'zz' })] }))).toContain('notices.1.amends：通知 m 所修改的通知 zz 未列出');
    expect(problems(file({ notices: [notice('n'), notice('m', { amends: 'n' })] }))).toBe('accepted');
  });
  it('a holiday names its notice', () => {
    expect(problems(file({ holidays: [{ name: '元旦', notice: 'q', off: [{ from: '2027-01-01', to: '2027-01-01' }] }] })))
      .toContain('holidays.0.notice：节日“元旦”引用的通知 q 未在 notices 中列出');
  });
  it('every problem is listed, each on its own line', () => {
    const message = problems(file({ notices: [notice('n'), notice('m', { amends: 'zz' })], amendments: [{ notice: 'x', holiday: '元旦', note: 'y' }] }));
    expect(message.split('\n')).toHaveLength(3);
  });
});

describe('the effective arrangement', () => {
  it('two holidays cannot both claim a day', () => {
    const raw = file({ holidays: [
      { name: '元旦', notice: 'n', off: [{ from: '2027-01-01', to: '2027-01-03' }] },
      { name: '春节', notice: 'n', off: [{ from: '2027-01-03', to: '2027-01-04' }] },
    ] });
    expect(problems(raw)).toContain('holidays：2027-01-03 同时列在“元旦”和“春节”的放假区间中');
  });

  it('an amendment adds and removes days off and make-up days, and is recorded with its note', () => {
    const raw = file({
      notices: [notice('n'), notice('m', { amends: 'n' })],
      holidays: [{ name: '春节', notice: 'n', off: [{ from: '2027-02-06', to: '2027-02-12' }], work: ['2027-02-14', '2027-02-20'] }],
      amendments: [{
        notice: 'm', holiday: '春节', note: '延长假期',
        addOff: [{ from: '2027-02-13', to: '2027-02-14' }], removeOff: [{ from: '2027-02-06', to: '2027-02-06' }],
        addWork: ['2027-02-21'], removeWork: ['2027-02-14'],
      }],
    });
    const [holiday] = effectiveHolidays(parseYearFile(raw));
    expect(holiday!.offDays).toEqual(expandRange({ from: '2027-02-07', to: '2027-02-14' }));
    expect(holiday!.work).toEqual(['2027-02-20', '2027-02-21']);
    expect(holiday!.notice.id).toBe('n');
    expect(holiday!.amendedBy).toEqual([{ notice: expect.objectContaining({ id: 'm' }), note: '延长假期' }]);
    expect(holiday!.year).toBe(2027);
    const cal = loadCalendar([raw]);
    expect(cal.isWorkday(d('2027-02-06'))).toBe(false); // a Saturday, no longer a holiday but a weekend
    expect(cal.isWorkday(d('2027-02-14'))).toBe(false); // make-up day removed, day off added
    expect(cal.isWorkday(d('2027-02-21'))).toBe(true); // make-up Sunday added
  });

  it('expandRange lists every day, inclusive; an empty list for a reversed range', () => {
    expect(expandRange({ from: '2027-02-27', to: '2027-03-02' })).toEqual(['2027-02-27', '2027-02-28', '2027-03-01', '2027-03-02']);
    expect(expandRange({ from: '2027-01-01', to: '2027-01-01' })).toEqual(['2027-01-01']);
    expect(expandRange({ from: '2027-01-02', to: '2027-01-01' })).toEqual([]);
  });
});

/**
 * Each field rule of the schema with the line an administrator reads (the message is the contract
 * here: it is all they get), aimed at the static mutants of the schema.
 */
describe('each field is checked, with its own message', () => {
  const head = '节假日数据文件（年份 2027）有误：\n  ';
  const one = (from: string, to = from) => ({ name: '元旦', notice: 'n', off: [{ from, to }] });
  it.each<[string, object, string]>([
    ['a date that does not exist', { notices: [notice('n', { date: '2026-02-30' })] }, 'notices.0.date：日期须为真实存在的 YYYY-MM-DD 日期'],
    ['a reversed range', { holidays: [one('2027-01-03', '2027-01-01')] }, 'holidays.0.off.0：日期区间的起始日（from）不能晚于结束日（to）'],
    ['a notice without id', { notices: [notice('')], holidays: [] }, 'notices.0.id：通知须有 id'],
    ['a notice without title', { notices: [notice('n', { title: '' })] }, 'notices.0.title：通知须有标题'],
    ['a holiday without name', { holidays: [{ ...one('2027-01-01'), name: '' }] }, 'holidays.0.name：节日须有名称'],
    ['a holiday without days off', { holidays: [{ name: '元旦', notice: 'n', off: [] }] }, 'holidays.0.off：每个节日至少有一个放假区间'],
    ['an amendment without note', { amendments: [{ notice: 'n', holiday: '元旦', note: '' }] }, 'amendments.0.note：调整须写明说明（note）'],
    ['a year given as text', { year: '2027' }, 'year：年份（year）须为整数'],
    ['a fractional year', { year: 2027.5 }, 'year：年份（year）须为整数'],
    ['no notice', { notices: [], holidays: [] }, 'notices：须至少列出一份放假通知（notices）'],
    ['a make-up day on a Monday', { holidays: [{ ...one('2027-01-01'), work: ['2027-01-04'] }] }, 'holidays：调休上班日 2027-01-04（元旦）不是星期六或星期日'],
    ['a day both off and worked', { holidays: [{ ...one('2027-01-01', '2027-01-03'), work: ['2027-01-02'] }] }, 'holidays：2027-01-02 既是放假日又是调休上班日（元旦）'],
    ['a make-up day that does not exist (and is no Monday to report)', { holidays: [{ ...one('2027-01-01'), work: ['2027-01-32'] }] }, 'holidays.0.work.0：日期须为真实存在的 YYYY-MM-DD 日期'],
    ['a range from a day that does not exist', { holidays: [one('2027-01-32', '2027-02-01')] }, 'holidays.0.off.0.from：日期须为真实存在的 YYYY-MM-DD 日期'],
    ['a weekday make-up day in a file with amendments', { holidays: [{ ...one('2027-01-01'), work: ['2027-01-04'] }], amendments: [{ notice: 'n', holiday: '元旦', note: 'x' }] }, 'holidays：调休上班日 2027-01-04（元旦）不是星期六或星期日'],
    ['an amendment\'s day that does not exist', { amendments: [{ notice: 'n', holiday: '元旦', note: 'x', addWork: ['2027-02-30'] }] }, 'amendments.0.addWork.0：日期须为真实存在的 YYYY-MM-DD 日期'],
  ])('%s', (_name, over, line) => {
    expect(problems(file(over)).replace('年份 2027.5', '年份 2027')).toBe(`${head}${line}`);
  });

  it.each<[string, object]>([
    ['an empty document number', { notices: [notice('n', { documentNumber: '' })] }],
    ['a holiday naming no notice', { holidays: [{ ...one('2027-01-01'), notice: '' }] }],
    ['an amendment naming no notice', { amendments: [{ notice: '', holiday: '元旦', note: 'x' }] }],
    ['an amendment naming no holiday', { amendments: [{ notice: 'n', holiday: '', note: 'x' }] }],
    ['a notice not saying whether it was verified', { notices: [{ id: 'n', title: 't', documentNumber: null, date: '2026-11-01' }] }],
    ['a year before 1949', { year: 1948, holidays: [] }],
    ['a year after 9999', { year: 10000, holidays: [] }],
  ])('%s is refused', (_name, over) => {
    expect(problems(file(over))).not.toBe('accepted');
  });

  it.each<[string, object]>([
    ['a verified notice with number and address', { notices: [notice('n', { documentNumber: '国办发明电〔2026〕1号', url: 'https://example.invalid/n', verified: true })] }],
    ['a notice with a null address', { notices: [notice('n', { url: null })] }],
    ['the first and the last year', { year: 1949, holidays: [] }],
    ['year 9999', { year: 9999, holidays: [] }],
    ['a holiday without make-up days, a file without amendments', {}],
  ])('%s is accepted', (_name, over) => {
    expect(problems(file(over))).toBe('accepted');
  });

  it('the defaults: no make-up days, no amendments, amendments changing nothing unless told', () => {
    const parsed = parseYearFile({ ...file(), holidays: [one('2027-01-01')], amendments: [{ notice: 'n', holiday: '元旦', note: 'x' }] });
    expect(parsed.holidays[0]!.work).toEqual([]);
    expect(parsed.amendments[0]).toMatchObject({ addOff: [], removeOff: [], addWork: [], removeWork: [] });
    expect(parseYearFile(file()).amendments).toEqual([]);
  });

  it('an amendment\'s days are kept in date order', () => {
    const parsed = parseYearFile(file({
      holidays: [{ name: '春节', notice: 'n', off: [{ from: '2027-02-06', to: '2027-02-08' }], work: ['2027-02-20'] }],
      amendments: [{ notice: 'n', holiday: '春节', note: 'x', addOff: [{ from: '2027-02-05', to: '2027-02-05' }], addWork: ['2027-01-31'] }],
    }));
    expect(effectiveHolidays(parsed)[0]).toMatchObject({ offDays: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'], work: ['2027-01-31', '2027-02-20'] });
  });

  it('a range over two years long is refused by its window, and its days are not expanded', () => {
    const message = problems(file({ holidays: [{ name: '元旦', notice: 'n', off: [{ from: '2027-01-01', to: '2027-01-01' }, { from: '2027-01-01', to: '2029-01-03' }], work: ['2027-01-04'] }] }));
    expect(message).toBe(`${head}holidays.0.off.1.to：日期 2029-01-03 不属于 2027 年的安排（允许 2026-12-01 至 2027-12-31）`);
  });
});
