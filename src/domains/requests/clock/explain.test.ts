/**
 * The ledger's own figures (ledger.ts, state.ts) and `explain()` (explain.ts), aimed at the mutants
 * the first mutation run of these files left alive (docs/mutation-testing.md): due dates, days
 * left, what counts as paused, and the numbers and dates the account gives.
 */
import { describe, expect, it } from 'vitest';
import { CLOCK_STATUS_LABELS, closureOutcome } from './index.ts';
import { cal, d, ledger, inPerson, at, correction, consult, fee, extend, custom } from './events.fixture.ts';

const lines = (text: string) => text.split('\n');
const conclusion = (text: string) => lines(text).find((l) => l.startsWith('结论：'));

describe('the ledger', () => {
  it('a 补正 restarts the period: a consultation before it no longer counts (第三十条)', () => {
    const l = ledger(inPerson('2026-09-21'), consult('2026-09-22'), at('consultationEnded', '2026-09-25'), correction('2026-09-28', '2026-10-16'), at('correctionReceived', '2026-10-12'));
    expect(l.dueOn).toBe(cal.addWorkdays(d('2026-10-12'), 20).date);
    expect(l.dueOn).toBe('2026-11-09');
    expect(conclusion(l.explain())).not.toContain('暂停');
  });

  it('ending a pause leaves the earlier ones as they were; both count (第三十三条第三款)', () => {
    const l = ledger(inPerson('2026-09-14'), consult('2026-09-22'), at('consultationEnded', '2026-10-12'), fee('2026-10-13'), at('feePaid', '2026-10-15'));
    expect(l.segments.filter((s) => s.kind === 'consultation' || s.kind === 'feeWindow').map((s) => [s.kind, s.from, s.to, s.workdays])).toEqual([
      ['consultation', '2026-09-22', '2026-10-12', 9],
      ['feeWindow', '2026-10-13', '2026-10-15', 2],
    ]);
    expect(l.dueOn).toBe(cal.addWorkdays(d('2026-10-29'), 2).date);
  });

  it('the due date is projected only while a pause is open', () => {
    expect(ledger(inPerson('2026-09-21')).dueIsProjected).toBe(false);
    expect(ledger(inPerson('2026-09-21'), consult('2026-09-22')).dueIsProjected).toBe(true);
    expect(ledger(inPerson('2026-09-21'), fee('2026-09-22')).dueIsProjected).toBe(true);
    expect(ledger(inPerson('2026-09-21'), consult('2026-09-22'), at('consultationEnded', '2026-09-25')).dueIsProjected).toBe(false);
    expect(ledger(inPerson('2026-09-21'), consult('2026-09-22'), at('replied', '2026-09-25')).dueIsProjected).toBe(false);
  });

  it('the outcome of a closure: none while open, a withdrawal is its own outcome', () => {
    expect(closureOutcome(ledger(inPerson('2026-09-21')))).toBeUndefined();
    expect(closureOutcome(ledger(inPerson('2026-09-21'), at('withdrawn', '2026-09-25')))).toBe('withdrawn');
    expect(closureOutcome(ledger(inPerson('2026-09-21'), at('replied', '2026-09-25')))).toBeUndefined();
  });

  it('no payment date without a fee notice', () => {
    expect(ledger(inPerson('2026-09-21')).paymentDueOn).toBeNull();
    expect(ledger(inPerson('2026-09-21'), fee('2026-09-24')).paymentDueOn).toBe('2026-10-29');
  });

  it('a 第三十五条 date in a year without holiday data makes the ledger provisional', () => {
    expect(ledger(inPerson('2026-09-21'), custom('2026-09-28', '2027-01-29')).provisional).toBe(true);
    expect(ledger(inPerson('2026-09-21'), custom('2026-09-28', '2026-12-31')).provisional).toBe(false);
  });

  it('a receipt whose 补正告知 deadline falls in such a year makes the ledger provisional', () => {
    const l = ledger(inPerson('2026-12-28'), correction('2026-12-29', '2027-03-01'));
    expect(l.correctionNoticeDueOn > '2027-01-01').toBe(true);
    expect(l.dueOn).toBeNull();
    expect(l.provisional).toBe(true);
  });

  it('status by state', () => {
    expect(ledger(inPerson('2026-09-21')).status).toBe('running');
    expect(ledger(inPerson('2026-09-21'), consult('2026-09-22')).status).toBe('paused');
    expect(ledger(inPerson('2026-09-21'), fee('2026-09-22')).status).toBe('awaitingPayment');
    expect(ledger(inPerson('2026-09-21'), correction('2026-09-22', '2026-09-30')).status).toBe('awaitingCorrection');
    expect(ledger(inPerson('2026-09-21'), correction('2026-09-22', '2026-09-30'), at('correctionLapsed', '2026-10-09')).status).toBe('closed');
  });
});

describe('asOf(today)', () => {
  it('a 第三十五条 date counts plain working days: a later pause does not move it', () => {
    const l = ledger(inPerson('2026-09-21'), custom('2026-09-28', '2026-12-31'), consult('2026-10-12'), at('consultationEnded', '2026-10-16'));
    expect(l.dueOn).toBe('2026-12-31');
    expect(l.asOf(d('2026-10-09'))).toMatchObject({ workdaysLeft: cal.workdaysBetween(d('2026-10-09'), d('2026-12-31')).count, overdue: false });
    expect(l.asOf(d('2026-10-09')).workdaysLeft).toBe(60);
  });

  it('awaiting a correction: no days left, not overdue', () => {
    const l = ledger(inPerson('2026-09-21'), correction('2026-09-22', '2026-09-30'));
    expect(l.asOf(d('2026-12-01'))).toMatchObject({ status: 'awaitingCorrection', dueOn: null, workdaysLeft: null, overdue: false, provisional: false });
  });

  describe('a consultation without an answer period (第十七条) is open', () => {
    const l = ledger(inPerson('2026-09-14'), consult('2026-09-22', 'competentAuthority'));
    it('before it started, the days up to it still count', () => {
      expect(l.asOf(d('2026-09-15'))).toMatchObject({ dueOn: null, workdaysLeft: 19, overdue: false, provisional: false });
      expect(l.asOf(d('2026-09-22')).workdaysLeft).toBe(13);
    });
    it('counting today through a year without holiday data is provisional', () => {
      expect(l.asOf(d('2026-10-15')).provisional).toBe(false);
      expect(l.asOf(d('2027-01-15')).provisional).toBe(true);
    });
    it('a ledger already provisional stays so in its reading, though today and the projection are in a known year', () => {
      const p = ledger(inPerson('2026-11-20'), consult('2026-12-15'), at('consultationEnded', '2026-12-16'), consult('2026-12-17', 'competentAuthority'));
      expect(p.provisional).toBe(true);
      expect(p.asOf(d('2026-12-18'))).toMatchObject({ dueOn: null, workdaysLeft: 2, provisional: true });
    });
    it('only the open consultation ends today: an earlier one keeps its own end', () => {
      const two = ledger(inPerson('2026-09-14'), consult('2026-09-15'), at('consultationEnded', '2026-09-17'), consult('2026-09-22', 'competentAuthority'));
      expect(two.asOf(d('2026-10-15')).workdaysLeft).toBe(15);
    });
    it('started after the due date: the due date stands and is overdue', () => {
      const after = ledger(inPerson('2026-09-21'), consult('2026-10-28', 'competentAuthority'));
      expect(after.asOf(d('2026-10-30'))).toMatchObject({ status: 'paused', dueOn: '2026-10-26', workdaysLeft: -2, overdue: true });
    });
  });
});

describe('explain()', () => {
  it('numbers each segment and cites its article before its text', () => {
    const l = ledger(inPerson('2026-09-21'), extend('2026-10-12', 5));
    const text = l.explain();
    l.segments.forEach((s, i) => expect(lines(text)[i]).toBe(`${i + 1}. 【${s.article}】${s.text}`));
  });

  it('an open consultation with an answer period: the 15 paused days and that the date is projected', () => {
    const text = ledger(inPerson('2026-09-14'), consult('2026-09-22')).explain();
    expect(lines(text)[2]).toMatch(/尚未结束，暂按其期限届满推算。$/);
    expect(conclusion(text)).toBe('结论：答复期限届满日为 2026-11-06（星期五）（20个工作日，另有 15 个工作日暂停不计（暂停尚未结束，按其期限届满推算））。');
  });

  it('an open consultation without one: no end to project', () => {
    const text = ledger(inPerson('2026-09-14'), consult('2026-09-22', 'competentAuthority')).explain();
    expect(lines(text)[2]).toMatch(/。尚未结束。$/);
    expect(conclusion(text)).toContain('待收到意见后确定');
  });

  it('an ended pause: until when and how many days', () => {
    const text = ledger(inPerson('2026-09-21'), fee('2026-09-24'), at('feePaid', '2026-09-29')).explain();
    expect(lines(text)[2]).toMatch(/暂停至 2026-09-29，共 2 个工作日不计入答复期限。$/);
    expect(conclusion(text)).toBe('结论：答复期限届满日为 2026-10-28（星期三）（20个工作日，另有 2 个工作日暂停不计）。');
  });

  it('an ended consultation without an answer period counts its days too', () => {
    const l = ledger(inPerson('2026-09-14'), consult('2026-09-22', 'competentAuthority'), at('consultationEnded', '2026-10-12'));
    expect(conclusion(l.explain())).toContain('另有 9 个工作日暂停不计）');
  });

  it('no pause, no extension: just the 20 working days', () => {
    expect(conclusion(ledger(inPerson('2026-09-21')).explain())).toBe('结论：答复期限届满日为 2026-10-26（星期一）（20个工作日）。');
  });

  it('extensions add up', () => {
    const text = ledger(inPerson('2026-09-21'), extend('2026-10-12', 10), extend('2026-10-20', 5)).explain();
    expect(conclusion(text)).toBe('结论：答复期限届满日为 2026-11-16（星期一）（20个工作日 + 延长 15 个工作日）。');
  });

  it('a 第三十五条 date is explained as such', () => {
    expect(conclusion(ledger(inPerson('2026-09-21'), custom('2026-09-28', '2026-12-31')).explain())).toBe('结论：答复期限届满日为 2026-12-31（星期四）（依第三十五条确定的合理期限）。');
  });

  it('awaiting a correction: the period will restart', () => {
    const text = ledger(inPerson('2026-09-21'), correction('2026-09-22', '2026-09-30')).explain();
    expect(conclusion(text)).toContain('重新计算');
  });

  it('closed by a lapsed correction: no conclusion', () => {
    const text = ledger(inPerson('2026-09-21'), correction('2026-09-22', '2026-09-30'), at('correctionLapsed', '2026-10-09')).explain();
    expect(conclusion(text)).toBeUndefined();
    expect(lines(text)).toHaveLength(4);
  });

  it('a year without holiday data is flagged in its own note', () => {
    expect(lines(ledger(inPerson('2026-12-15')).explain()).filter((l) => l.startsWith('注意：'))).toEqual([expect.stringContaining('临时结果')]);
  });

  it('a known year is not flagged provisional', () => {
    expect(ledger(inPerson('2026-09-21')).explain()).not.toContain('注意：');
  });

  describe('the reading for today', () => {
    const running = ledger(inPerson('2026-09-21'));
    const last = (text: string) => lines(text).at(-1);
    it.each([
      ['2026-10-23', `截至 2026-10-23：${CLOCK_STATUS_LABELS.running}，距答复期限还有 1 个工作日。`],
      ['2026-10-26', '截至 2026-10-26：今天是答复期限的最后一天。'],
      ['2026-10-27', '截至 2026-10-27：已超过答复期限 1 个工作日。'],
      ['2026-11-02', '截至 2026-11-02：已超过答复期限 5 个工作日。'],
    ])('running, as of %s', (today, line) => {
      expect(last(running.explain(d(today)))).toBe(line);
    });
    it('closed', () => {
      expect(last(ledger(inPerson('2026-09-21'), at('withdrawn', '2026-09-25')).explain(d('2026-10-01')))).toBe('截至 2026-10-01：已办结。');
    });
    it('no due date running: the status only', () => {
      const l = ledger(inPerson('2026-09-21'), correction('2026-09-22', '2026-09-30'));
      expect(last(l.explain(d('2026-09-25')))).toBe(`截至 2026-09-25：${CLOCK_STATUS_LABELS.awaitingCorrection}。`);
    });
    it('without today, no reading', () => {
      expect(running.explain()).not.toContain('截至');
    });
  });
});
