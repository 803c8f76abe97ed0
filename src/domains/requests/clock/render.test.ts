/**
 * What each segment of the ledger says (render.ts) and what each warning carries (warnings.ts),
 * aimed at the mutants the first mutation run of these files left alive (docs/mutation-testing.md).
 * Asserted are the facts a segment must state — its article, its days, the dates and amounts it
 * names, whether it reports a lateness — not the sentences around them.
 */
import { describe, expect, it } from 'vitest';
import type { ClockEvent, Segment } from './index.ts';
import { CLOCK_WARNING_CODES, RECEIPT_CHANNELS, RECEIPT_RULES, renderWarning } from './index.ts';
import { cal, d, ledger, inPerson, at, correction, consult, extend } from './events.fixture.ts';

const segment = (l: { segments: readonly Segment[] }, kind: Segment['kind']) => l.segments.find((s) => s.kind === kind)!;
const TIAOLI = '《政府信息公开条例》';

describe('receipt (第三十一条)', () => {
  it.each([...RECEIPT_CHANNELS])('%s: the day received, the channel and its rule', (channel) => {
    const needs = RECEIPT_RULES[channel].needsConfirmation;
    const l = ledger({ type: 'received', on: d('2026-09-21'), channel, ...(needs ? { confirmedOn: d('2026-09-21') } : {}) });
    const s = l.segments[0]!;
    expect(s).toMatchObject({ kind: 'receipt', article: `${TIAOLI}第三十一条`, from: '2026-09-21', to: '2026-09-21', workdays: null, provisional: false });
    expect(s.text).toContain('2026-09-21');
    expect(s.text).toContain(RECEIPT_RULES[channel].label);
    expect(s.text).toContain(RECEIPT_RULES[channel].rule);
  });
});

describe('reply period (第三十三条第二款)', () => {
  it('from the day received to its plain 20th working day, with the holidays it crosses', () => {
    const s = segment(ledger(inPerson('2026-09-21')), 'replyPeriod');
    expect(s).toMatchObject({ article: `${TIAOLI}第三十三条第二款`, from: '2026-09-21', to: '2026-10-26', workdays: 20, provisional: false });
    expect(s.text).toContain('2026-09-21');
    expect(s.text).toContain('2026-10-26');
    expect(s.text).toContain('国庆节');
    expect(s.text).not.toContain('重新起算');
  });

  it('restarted by a correction (第三十条): from the day it arrived', () => {
    const l = ledger(inPerson('2026-09-21'), correction('2026-09-22', '2026-09-30'), at('correctionReceived', '2026-09-24'));
    const s = l.segments.at(-1)!;
    expect(s).toMatchObject({ kind: 'replyPeriod', article: `${TIAOLI}第三十条、第三十三条第二款`, from: '2026-09-24', to: cal.addWorkdays(d('2026-09-24'), 20).date, workdays: 20 });
    expect(s.text).toContain('2026-09-24');
    expect(s.text).toContain('重新起算');
  });

  it('a 第三十五条 date leaves it open: no end, no end date in the text', () => {
    const l = ledger(inPerson('2026-09-21'), { type: 'reasonableDeadlineSet', on: d('2026-09-28'), dueOn: d('2026-12-31') });
    const s = segment(l, 'replyPeriod');
    expect(s).toMatchObject({ to: null, workdays: 20, provisional: false });
    expect(s.text).toContain('2026-09-21');
    expect(s.text).not.toContain('2026-10-26');
  });

  it('a period ending in a year without holiday data is provisional; an open segment is not', () => {
    const l = ledger(inPerson('2026-12-15'), extend('2026-12-16', 5));
    expect(l.segments.map((s) => [s.kind, s.to, s.provisional])).toEqual([
      ['receipt', '2026-12-15', false],
      ['replyPeriod', '2027-01-12', true],
      ['extension', null, false],
    ]);
  });

  it('a segment ending in such a year is provisional though its own period is not (a 第三十五条 date in 2027)', () => {
    const l = ledger(inPerson('2026-09-21'), { type: 'reasonableDeadlineSet', on: d('2026-09-28'), dueOn: d('2027-01-29') });
    expect(l.segments.map((s) => s.provisional)).toEqual([false, false, true]);
    expect(l.provisional).toBe(true);
  });
});

describe('补正 (第三十条)', () => {
  it('the notice runs from receipt to the day it was sent and names its own deadline; on time it reports no lateness', () => {
    const l = ledger(inPerson('2026-02-13'), correction('2026-02-26', '2026-03-13'));
    expect(segment(l, 'correctionNotice')).toMatchObject({ article: `${TIAOLI}第三十条`, from: '2026-02-13', to: '2026-02-26', workdays: null });
    expect(segment(l, 'correctionNotice').text).toContain('2026-03-02');
    expect(segment(l, 'correctionNotice').text).not.toContain('逾期');
  });

  it('a notice after the 7th working day says it was late', () => {
    const l = ledger(inPerson('2026-02-13'), correction('2026-03-03', '2026-03-13'));
    expect(segment(l, 'correctionNotice').text).toContain('逾期');
  });

  it('the wait is open until the correction arrives and names the correction period', () => {
    const waiting = segment(ledger(inPerson('2026-09-21'), correction('2026-09-22', '2026-09-30')), 'correctionWait');
    expect(waiting).toMatchObject({ article: `${TIAOLI}第三十条`, from: '2026-09-22', to: null, workdays: null });
    expect(waiting.text).toContain('2026-09-30');
    const ended = segment(ledger(inPerson('2026-09-21'), correction('2026-09-22', '2026-09-30'), at('correctionReceived', '2026-09-24')), 'correctionWait');
    expect(ended.to).toBe('2026-09-24');
  });
});

describe('consultations (第三十二条, 第三十四条, 第十七条; 第三十三条第三款)', () => {
  it('a third party: 15 WD from delivery, the last day named; silence is not consent', () => {
    const s = segment(ledger(inPerson('2026-09-14'), consult('2026-09-22')), 'consultation');
    expect(s).toMatchObject({ from: '2026-09-22', to: null, workdays: null });
    expect(s.text).toContain('2026-09-22');
    expect(s.text).toContain('2026-10-20');
    expect(s.text).toContain('15个工作日');
    expect(s.text).toContain('第三方');
    expect(s.text).not.toContain('视为同意');
    expect(s.text).toContain('第三十三条第三款');
  });

  it('a co-maker: the same 15 WD, and silence counts as consent', () => {
    const s = segment(ledger(inPerson('2026-09-14'), consult('2026-09-22', 'otherAgency')), 'consultation');
    expect(s.article).toBe(`${TIAOLI}第三十四条、第三十三条第三款`);
    expect(s.text).toContain('2026-10-20');
    expect(s.text).toContain('共同制作的其他机关');
    expect(s.text).toContain('视为同意公开');
  });

  it('an ended consultation shows the days it paused', () => {
    const s = segment(ledger(inPerson('2026-09-14'), consult('2026-09-22'), at('consultationEnded', '2026-10-12')), 'consultation');
    expect(s).toMatchObject({ from: '2026-09-22', to: '2026-10-12', workdays: 9 });
  });
});

describe('the fee window (国办函〔2020〕109号)', () => {
  const notice = (sentOn: string, on: string, amountYuan?: number): ClockEvent =>
    ({ type: 'feeNoticeReceived', on: d(on), sentOn: d(sentOn), ...(amountYuan !== undefined ? { amountYuan } : {}) });

  it('names when it was sent and received, the amount, the last day to pay, and the payment', () => {
    const l = ledger(inPerson('2026-09-21'), notice('2026-09-23', '2026-09-24', 300), at('feePaid', '2026-09-29'));
    const s = segment(l, 'feeWindow');
    expect(s).toMatchObject({ article: `国办函〔2020〕109号；${TIAOLI}第四十二条`, from: '2026-09-24', to: '2026-09-29', workdays: 2 });
    for (const fact of ['2026-09-23', '2026-09-24', '300 元', '2026-10-29', '2026-09-29']) expect(s.text).toContain(fact);
  });

  it('an amount of 0 元 is still named', () => {
    expect(segment(ledger(inPerson('2026-09-21'), notice('2026-09-24', '2026-09-24', 0)), 'feeWindow').text).toContain('0 元');
  });

  it('unpaid: no payment day is named', () => {
    const s = segment(ledger(inPerson('2026-09-21'), notice('2026-09-24', '2026-09-24')), 'feeWindow');
    expect(s).toMatchObject({ to: null, workdays: null });
    expect(s.text).toContain('2026-10-29');
    expect(s.text).not.toContain('缴费。');
    expect(s.text.match(/\d{4}-\d{2}-\d{2}/g)).toEqual(['2026-09-24', '2026-09-24', '2026-10-29']);
  });
});

describe('extensions (第三十三条第二款)', () => {
  it('each names its approver and days; a later one also the total so far', () => {
    const l = ledger(inPerson('2026-09-21'), extend('2026-10-12', 10, '王主任'), extend('2026-10-20', 5, '李科长'));
    const [first, second] = l.segments.filter((s) => s.kind === 'extension');
    expect(first).toMatchObject({ article: `${TIAOLI}第三十三条第二款`, from: '2026-10-12', to: null, workdays: 10 });
    expect(first!.text).toContain('王主任');
    expect(first!.text).toContain('10 个工作日');
    expect(first!.text).not.toContain('累计');
    expect(second).toMatchObject({ from: '2026-10-20', workdays: 5 });
    expect(second!.text).toContain('李科长');
    expect(second!.text).toContain('累计延长 15 个工作日');
  });
});

describe('the 第三十五条 deadline', () => {
  it('runs from the day it was set to the date set, and names the reason only if there is one', () => {
    const withReason = ledger(inPerson('2026-09-21'), { type: 'reasonableDeadlineSet', on: d('2026-09-28'), dueOn: d('2026-12-31'), reason: '申请数量大' });
    const s = segment(withReason, 'reasonableDeadline');
    expect(s).toMatchObject({ article: `${TIAOLI}第三十五条`, from: '2026-09-28', to: '2026-12-31', workdays: null });
    expect(s.text).toContain('2026-09-28');
    expect(s.text).toContain('2026-12-31');
    expect(s.text).toContain('申请数量大');
    const without = segment(ledger(inPerson('2026-09-21'), { type: 'reasonableDeadlineSet', on: d('2026-09-28'), dueOn: d('2026-12-31') }), 'reasonableDeadline');
    expect(without.text).not.toContain('理由：');
  });
});

describe('closures', () => {
  it.each<[string, ClockEvent[], string, string]>([
    ['a lapsed correction (第三十条)', [inPerson('2026-09-21'), correction('2026-09-22', '2026-09-30'), at('correctionLapsed', '2026-10-09')], `${TIAOLI}第三十条`, '2026-10-09'],
    ['an unpaid fee (109号)', [inPerson('2026-09-21'), { type: 'feeNoticeReceived', on: d('2026-09-24'), sentOn: d('2026-09-24') }, at('feeLapsed', '2026-10-30')], '国办函〔2020〕109号', '2026-10-30'],
    ['a reply (第三十三条)', [inPerson('2026-09-21'), at('replied', '2026-09-30')], `${TIAOLI}第三十三条`, '2026-09-30'],
    ['a withdrawal', [inPerson('2026-09-21'), at('withdrawn', '2026-09-25')], '申请人撤回申请', '2026-09-25'],
  ])('%s: one day, its source, its date', (_name, events, article, on) => {
    const s = ledger(...events).segments.at(-1)!;
    expect(s).toMatchObject({ kind: 'closure', article, from: on, to: on, workdays: null });
    expect(s.text).toContain(on);
  });

  it('a reply names the due date and says whether it was late', () => {
    const onTime = ledger(inPerson('2026-09-21'), at('replied', '2026-10-20')).segments.at(-1)!.text;
    expect(onTime).toContain('2026-10-26');
    expect(onTime).not.toContain('逾期');
    const late = ledger(inPerson('2026-09-21'), at('replied', '2026-10-27')).segments.at(-1)!.text;
    expect(late).toContain('2026-10-27');
    expect(late).toContain('逾期');
    expect(late).toContain('2026-10-26');
  });

  it('a reply while no due date runs (awaiting a correction) names none', () => {
    const s = ledger(inPerson('2026-09-14'), correction('2026-09-15', '2026-09-30'), at('replied', '2026-09-20')).segments.at(-1)!;
    expect(s.text.match(/\d{4}-\d{2}-\d{2}/g)).toEqual(['2026-09-20']);
  });
});

describe('warnings carry their facts (stable codes, dates as data)', () => {
  it.each([...CLOCK_WARNING_CODES])('%s: the sentence names the day of the act and the day it was due', (code) => {
    const w = renderWarning({ code, on: d('2026-10-27'), dueOn: d('2026-10-26') });
    expect(w).toMatchObject({ code, on: '2026-10-27', dueOn: '2026-10-26' });
    expect(w.text).toContain('2026-10-27');
    expect(w.text).toContain('2026-10-26');
  });

  it('each code has its own sentence', () => {
    const texts = CLOCK_WARNING_CODES.map((code) => renderWarning({ code, on: d('2026-10-27'), dueOn: d('2026-10-26') }).text);
    expect(new Set(texts).size).toBe(CLOCK_WARNING_CODES.length);
  });
});

/**
 * The sentences staff read in the ledger and `explain()`, word for word, for the plain case of each
 * segment with optional parts (no amount, no payment yet, no reason, one extension, no delivery
 * date, a reply with no due date running): here the wording is the contract, and an optional part
 * that is absent must leave nothing behind. Change these only with the wording itself.
 */
describe('the plain sentences, word for word', () => {
  it('a 补正告知 sent on its last day (第三十条): on time', () => {
    const l = ledger(inPerson('2026-09-21'), correction('2026-10-08', '2026-10-16'));
    expect(l.correctionNoticeDueOn).toBe('2026-10-08');
    expect(segment(l, 'correctionNotice').text).toBe('2026-10-08（星期四）一次性告知申请人需要补正的事项（应于收到申请后7个工作日内，最迟 2026-10-08 发出）。');
  });
  it('a fee notice without an amount, not yet paid', () => {
    expect(segment(ledger(inPerson('2026-09-21'), { type: 'feeNoticeReceived', on: d('2026-09-24'), sentOn: d('2026-09-24') }), 'feeWindow').text)
      .toBe('2026-09-24（星期四）发出收费通知，2026-09-24（星期四）申请人收到，应于收到次日起20个工作日内缴纳，最迟 2026-10-29（星期四）；等待缴费期间暂停计算答复期限。');
  });
  it('a single extension', () => {
    expect(segment(ledger(inPerson('2026-09-21'), extend('2026-10-12', 10)), 'extension').text)
      .toBe('2026-10-12（星期一）经政府信息公开工作机构负责人（王主任）同意，延长答复期限 10 个工作日，并告知申请人；延长的期限最长不得超过20个工作日。');
  });
  it('a 第三十五条 deadline without a reason', () => {
    expect(segment(ledger(inPerson('2026-09-21'), { type: 'reasonableDeadlineSet', on: d('2026-09-28'), dueOn: d('2026-12-31') }), 'reasonableDeadline').text)
      .toBe('2026-09-28（星期一）认定申请数量、频次明显超过合理范围但理由合理，无法在第三十三条规定的期限内答复，确定延迟答复的合理期限至 2026-12-31（星期四），并告知申请人；此期限取代按工作日计算的答复期限。');
  });
  it('a third party consulted (第三十二条): its silence leaves the decision to the agency', () => {
    expect(segment(ledger(inPerson('2026-09-14'), consult('2026-09-22')), 'consultation').text)
      .toBe('2026-09-22（星期二）书面征求第三方意见；第三方应自收到之日起15个工作日内提出意见，最迟 2026-10-20，逾期未提出意见的，由行政机关依照条例规定决定是否公开。征求意见所需时间不计算在答复期限内（第三十三条第三款）。');
  });
  it('a reply within the period, and one while no period runs', () => {
    expect(ledger(inPerson('2026-09-21'), at('replied', '2026-10-20')).segments.at(-1)!.text).toBe('2026-10-20（星期二）作出答复，在答复期限 2026-10-26 内。');
    expect(ledger(inPerson('2026-09-14'), correction('2026-09-15', '2026-09-30'), at('replied', '2026-09-18')).segments.at(-1)!.text).toBe('2026-09-18（星期五）作出答复。');
  });
});
