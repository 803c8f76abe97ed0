/**
 * Each reducer's guards and what it records, aimed at the mutants the first mutation run of the
 * clock left alive (docs/mutation-testing.md): codes and segment kinds, not sentences.
 */
import { describe, expect, it } from 'vitest';
import { builtinCalendar, parseCalendarDate } from '../../calendar/index.ts';
import type { ClockEvent } from './index.ts';
import { buildLedger } from './index.ts';

const cal = builtinCalendar();
const d = parseCalendarDate;
const ledger = (...events: ClockEvent[]) => buildLedger(cal, events);
const inPerson = (on: string): ClockEvent => ({ type: 'received', on: d(on), channel: 'inPerson' });
const consult = (on: string, party: 'thirdParty' | 'otherAgency' | 'competentAuthority' = 'thirdParty', deliveredOn?: string): ClockEvent =>
  ({ type: 'consultationStarted', on: d(on), party, ...(deliveredOn ? { deliveredOn: d(deliveredOn) } : {}) });
const correction = (on: string, due: string): ClockEvent => ({ type: 'correctionRequested', on: d(on), correctionDueOn: d(due) });
const fee = (on: string, amountYuan?: number): ClockEvent => ({ type: 'feeNoticeReceived', on: d(on), sentOn: d(on), ...(amountYuan !== undefined ? { amountYuan } : {}) });
const at = (type: string, on: string) => ({ type, on: d(on) }) as ClockEvent;
const kinds = (l: ReturnType<typeof ledger>) => l.segments.map((s) => s.kind);
const fails = (code: string, ...events: ClockEvent[]) => expect(() => ledger(...events)).toThrowError(expect.objectContaining({ code }));

describe('guards', () => {
  it('no 补正 once a consultation is open', () => {
    fails('clock.correction_after_processing', inPerson('2026-09-21'), consult('2026-09-22'), correction('2026-09-23', '2026-10-09'));
  });
  it('a correction result only while awaiting one', () => {
    const requested = [inPerson('2026-09-21'), correction('2026-09-22', '2026-09-30')];
    fails('clock.not_awaiting_correction', ...requested, at('correctionReceived', '2026-09-24'), at('correctionReceived', '2026-09-25'));
    fails('clock.not_awaiting_correction', ...requested, at('correctionReceived', '2026-09-24'), at('correctionLapsed', '2026-10-09'));
    fails('clock.not_awaiting_correction', inPerson('2026-09-21'), at('correctionLapsed', '2026-10-09'));
  });
  it('a consultation answer only while a consultation (not a fee window) is open', () => {
    fails('clock.not_consulting', inPerson('2026-09-21'), fee('2026-09-22'), at('consultationEnded', '2026-09-23'));
  });
  it('one 第三十五条 deadline', () => {
    const set = (on: string, dueOn: string): ClockEvent => ({ type: 'reasonableDeadlineSet', on: d(on), dueOn: d(dueOn) });
    fails('clock.custom_deadline_fixed', inPerson('2026-09-21'), set('2026-09-28', '2026-12-31'), set('2026-09-29', '2027-01-29'));
    // with an open consultation without an answer period there is no statutory date: the date must still be later than the day it is set
    fails('clock.custom_deadline_not_after', inPerson('2026-09-21'), consult('2026-09-22', 'competentAuthority'), set('2026-09-28', '2026-09-28'));
  });
  it('no fee notice while a consultation is open', () => {
    fails('clock.already_paused', inPerson('2026-09-21'), consult('2026-09-22'), fee('2026-09-23'));
  });
  it('a payment only inside an open fee window', () => {
    fails('clock.no_fee_notice', inPerson('2026-09-21'), fee('2026-09-22'), at('feePaid', '2026-09-23'), at('feePaid', '2026-09-24'));
    fails('clock.no_fee_notice', inPerson('2026-09-21'), fee('2026-09-22'), at('feePaid', '2026-09-23'), at('feeLapsed', '2026-11-30'));
  });
  it('events on the same day are in order', () => {
    const l = ledger(inPerson('2026-09-21'), { type: 'extended', on: d('2026-09-21'), workdays: 5, approvedBy: '王主任' });
    expect(l.dueOn).toBe('2026-11-02');
  });
});

describe('what each event records', () => {
  it('a 补正告知 replaces the reply period; the corrected application restarts it under 第三十条', () => {
    const waiting = ledger(inPerson('2026-09-21'), correction('2026-09-22', '2026-09-30'));
    expect(kinds(waiting)).toEqual(['receipt', 'correctionNotice', 'correctionWait']);
    const restarted = ledger(inPerson('2026-09-21'), correction('2026-09-22', '2026-09-30'), at('correctionReceived', '2026-09-24'));
    expect(kinds(restarted)).toEqual(['receipt', 'correctionNotice', 'correctionWait', 'replyPeriod']);
    expect(restarted.segments.at(-1)!.article).toContain('第三十条、第三十三条第二款');
  });
  it('every closure is a segment', () => {
    expect(kinds(ledger(inPerson('2026-09-21'), correction('2026-09-22', '2026-09-30'), at('correctionLapsed', '2026-10-09'))).at(-1)).toBe('closure');
    expect(kinds(ledger(inPerson('2026-09-21'), fee('2026-09-22'), at('feeLapsed', '2026-11-30'))).slice(-2)).toEqual(['feeWindow', 'closure']);
    expect(kinds(ledger(inPerson('2026-09-21'), at('replied', '2026-09-30'))).at(-1)).toBe('closure');
    expect(kinds(ledger(inPerson('2026-09-21'), { type: 'reasonableDeadlineSet', on: d('2026-09-28'), dueOn: d('2026-12-31') }))).toContain('reasonableDeadline');
  });
  it('the optional facts reach the segments: delivery date, reason, amount, trimmed approver', () => {
    const l = ledger(
      inPerson('2026-09-21'), consult('2026-09-22', 'thirdParty', '2026-09-24'), at('consultationEnded', '2026-09-25'),
      { type: 'reasonableDeadlineSet', on: d('2026-09-28'), dueOn: d('2026-12-31'), reason: '申请数量大' },
    );
    expect(l.segments.find((s) => s.kind === 'consultation')!.text).toContain('（2026-09-24 送达）');
    expect(l.segments.find((s) => s.kind === 'reasonableDeadline')!.text).toContain('理由：申请数量大');
    const paid = ledger(inPerson('2026-09-21'), fee('2026-09-22', 30));
    expect(paid.segments.find((s) => s.kind === 'feeWindow')!.text).toContain('（30 元）');
    expect(ledger(inPerson('2026-09-21'), fee('2026-09-22')).segments.find((s) => s.kind === 'feeWindow')!.text).not.toContain('元）');
    const ext = ledger(inPerson('2026-09-21'), { type: 'extended', on: d('2026-10-12'), workdays: 5, approvedBy: ' 王主任 ' });
    expect(ext.segments.find((s) => s.kind === 'extension')!.text).toContain('（王主任）');
  });
  it('only ordinary mail must be confirmed the day it arrives', () => {
    expect(ledger({ type: 'received', on: d('2026-09-18'), channel: 'online', confirmedOn: d('2026-09-21') }).warnings).toEqual([]);
  });
  it('a withdrawal after the due date is not a late reply', () => {
    const l = ledger(inPerson('2026-09-21'), at('withdrawn', '2026-11-02'));
    expect(l.closure).toMatchObject({ reason: 'withdrawn', late: false });
    expect(l.warnings).toEqual([]);
  });
});

describe('provisional', () => {
  it('a consultation answer period or payment window running into an unpublished year makes the ledger provisional', () => {
    const consulted = ledger(inPerson('2026-11-20'), consult('2026-12-15'), at('consultationEnded', '2026-12-16'));
    expect(consulted.dueOn! < '2027-01-01').toBe(true);
    expect(consulted.provisional).toBe(true);
    const paid = ledger(inPerson('2026-11-20'), fee('2026-12-10'), at('feePaid', '2026-12-11'));
    expect(paid.dueOn! < '2027-01-01').toBe(true);
    expect(paid.provisional).toBe(true);
  });
  it('a consultation without an answer period in a known year is not provisional', () => {
    expect(ledger(inPerson('2026-09-21'), consult('2026-09-22', 'competentAuthority')).provisional).toBe(false);
  });
  it('counting today\'s distance through an unpublished year makes the reading provisional, not the ledger', () => {
    const l = ledger(inPerson('2026-09-21'), consult('2026-09-22'), at('consultationEnded', '2026-09-25'));
    expect(l.provisional).toBe(false);
    expect(l.asOf(d('2026-10-12')).provisional).toBe(false);
    expect(l.asOf(d('2027-01-15')).provisional).toBe(true);
  });
});

describe('a consultation without an answer period has no end, but only from the day after it starts', () => {
  it('started after the due date: the due date stands', () => {
    expect(ledger(inPerson('2026-09-21'), consult('2026-10-28', 'competentAuthority')).dueOn).toBe('2026-10-26');
  });
  it('started on the due date: that day still counts', () => {
    expect(ledger(inPerson('2026-09-21'), consult('2026-10-26', 'competentAuthority')).dueOn).toBe('2026-10-26');
  });
  it('started before: no due date yet', () => {
    expect(ledger(inPerson('2026-09-21'), consult('2026-10-23', 'competentAuthority')).dueOn).toBeNull();
  });
});
