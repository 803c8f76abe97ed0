import { describe, expect, it } from 'vitest';
import { addDays, builtinCalendar, parseCalendarDate } from '../../calendar/index.ts';
import type { ClockEvent } from './index.ts';
import { CLOCK_ERROR_CODES, CLOCK_WARNING_CODES, buildLedger, closureOutcome } from './index.ts';

const cal = builtinCalendar();
const d = parseCalendarDate;
const inPerson = (on: string): ClockEvent => ({ type: 'received', on: d(on), channel: 'inPerson' });
const ledger = (...events: ClockEvent[]) => buildLedger(cal, events);
const codes = (l: { warnings: readonly { code: string }[] }) => l.warnings.map((w) => w.code);

describe('receipt date by channel (第三十一条)', () => {
  it.each([
    ['inPerson', '2026-09-21', undefined, '2026-09-21'],
    ['signedMail', '2026-09-21', undefined, '2026-09-21'],
    ['ordinaryMail', '2026-09-21', '2026-09-21', '2026-09-21'],
    ['online', '2026-09-18', '2026-09-21', '2026-09-21'],
    ['fax', '2026-09-19', '2026-09-21', '2026-09-21'],
    ['email', '2026-09-20', '2026-09-21', '2026-09-21'],
  ] as const)('%s: arrived %s, confirmed %s → received %s', (channel, on, confirmedOn, receivedOn) => {
    const l = ledger({ type: 'received', on: d(on), channel, ...(confirmedOn ? { confirmedOn: d(confirmedOn) } : {}) });
    expect(l.receivedOn).toBe(receivedOn);
    expect(l.dueOn).toBe('2026-10-26');
    expect(l.segments[0]).toMatchObject({ kind: 'receipt', article: expect.stringContaining('第三十一条') });
  });

  it.each(['ordinaryMail', 'online', 'fax', 'email'] as const)('%s without a confirmation date is an error', (channel) => {
    expect(() => ledger({ type: 'received', on: d('2026-09-21'), channel })).toThrowError(expect.objectContaining({ code: 'clock.confirmation_required' }));
  });

  it('ordinary mail confirmed a day late is accepted with a warning', () => {
    const l = ledger({ type: 'received', on: d('2026-09-21'), channel: 'ordinaryMail', confirmedOn: d('2026-09-22') });
    expect(l.receivedOn).toBe('2026-09-22');
    expect(codes(l)).toEqual(['clock.confirmation_late']);
  });
});

describe('due dates', () => {
  it.each<[string, ClockEvent[], string | null, string]>([
    ['plain 20 WD across 中秋 and 国庆', [inPerson('2026-09-21')], '2026-10-26', 'running'],
    ['across Spring Festival 2026', [inPerson('2026-01-30')], '2026-03-05', 'running'],
    ['across the year boundary', [inPerson('2024-12-31')], '2025-02-05', 'running'],
    ['20 + 20 extension', [inPerson('2026-09-21'), { type: 'extended', on: d('2026-10-20'), workdays: 20, approvedBy: '王主任' }], '2026-11-23', 'running'],
    ['a 10 WD extension', [inPerson('2026-09-21'), { type: 'extended', on: d('2026-10-20'), workdays: 10, approvedBy: '王主任' }], '2026-11-09', 'running'],
    ['补正 restart: the clock runs from the day the correction arrives', [
      inPerson('2026-02-13'),
      { type: 'correctionRequested', on: d('2026-02-26'), correctionDueOn: d('2026-03-13') },
      { type: 'correctionReceived', on: d('2026-03-02') },
    ], '2026-03-30', 'running'],
    ['waiting for the correction: no due date', [inPerson('2026-02-13'), { type: 'correctionRequested', on: d('2026-02-26'), correctionDueOn: d('2026-03-13') }], null, 'awaitingCorrection'],
    ['third-party consultation paused across 中秋 and 国庆 (9 WD not counted)', [
      inPerson('2026-09-14'),
      { type: 'consultationStarted', on: d('2026-09-22'), party: 'thirdParty' },
      { type: 'consultationEnded', on: d('2026-10-12') },
    ], '2026-10-29', 'running'],
    ['other-agency consultation still open: projected to its 15 WD limit', [
      inPerson('2026-09-14'),
      { type: 'consultationStarted', on: d('2026-09-22'), party: 'otherAgency' },
    ], '2026-11-06', 'paused'],
    ['consultation answered late: the pause stops at the 15 WD limit', [
      inPerson('2026-09-14'),
      { type: 'consultationStarted', on: d('2026-09-22'), party: 'thirdParty' },
      { type: 'consultationEnded', on: d('2026-11-02') },
    ], '2026-11-06', 'running'],
    ['consultation after the due date does not revive the clock', [
      inPerson('2026-09-21'),
      { type: 'consultationStarted', on: d('2026-10-27'), party: 'thirdParty' },
      { type: 'consultationEnded', on: d('2026-10-30') },
    ], '2026-10-26', 'running'],
    ['pause plus extension', [
      inPerson('2026-09-14'),
      { type: 'consultationStarted', on: d('2026-09-22'), party: 'thirdParty' },
      { type: 'consultationEnded', on: d('2026-10-12') },
      { type: 'extended', on: d('2026-10-28'), workdays: 20, approvedBy: '王主任' },
    ], '2026-11-26', 'running'],
    ['第三十五条 reasonable deadline replaces the computed one', [
      inPerson('2026-09-21'),
      { type: 'reasonableDeadlineSet', on: d('2026-09-28'), dueOn: d('2026-12-31'), reason: '申请数量大' },
    ], '2026-12-31', 'running'],
    ['fee window paused, then paid', [
      inPerson('2026-09-21'),
      { type: 'feeNoticeReceived', on: d('2026-09-24'), sentOn: d('2026-09-24'), amountYuan: 300 },
      { type: 'feePaid', on: d('2026-09-29') },
    ], '2026-10-28', 'running'],
    ['awaiting payment', [inPerson('2026-09-21'), { type: 'feeNoticeReceived', on: d('2026-09-24'), sentOn: d('2026-09-24') }], '2026-11-23', 'awaitingPayment'],
    ['2020: the extended Spring Festival', [inPerson('2020-01-20')], '2020-02-25', 'running'],
  ])('%s', (_name, events, dueOn, status) => {
    const l = ledger(...events);
    expect(l.dueOn).toBe(dueOn);
    expect(l.status).toBe(status);
    expect(l.provisional).toBe(false);
  });

  it('补正 notice is due 7 WD after receipt (第三十条)', () => {
    expect(ledger(inPerson('2026-02-13')).correctionNoticeDueOn).toBe('2026-03-02');
  });

  it('a late 补正 notice is accepted with a warning', () => {
    const l = ledger(inPerson('2026-02-13'), { type: 'correctionRequested', on: d('2026-03-03'), correctionDueOn: d('2026-03-17') });
    expect(codes(l)).toEqual(['clock.correction_notice_late']);
  });

  it('a due date in 2027 (no data) is provisional', () => {
    const l = ledger(inPerson('2026-12-15'));
    expect(l.dueOn).toBe('2027-01-12');
    expect(l.provisional).toBe(true);
    expect(l.asOf(d('2026-12-20')).provisional).toBe(true);
    expect(l.explain()).toMatch(/临时结果/);
  });

  it('payment due 20 WD from the day after the notice; unpaid closes the application', () => {
    const l = ledger(
      inPerson('2026-09-21'),
      { type: 'feeNoticeReceived', on: d('2026-09-24'), sentOn: d('2026-09-24') },
      { type: 'feeLapsed', on: d('2026-10-30') },
    );
    expect(l.paymentDueOn).toBe('2026-10-29');
    expect(l.status).toBe('closed');
    expect(l.closure).toMatchObject({ reason: 'feeLapsed', on: '2026-10-30' });
    expect(closureOutcome(l)).toBe('feeUnpaid');
  });

  it('a lapsed correction closes the application with no due date', () => {
    const l = ledger(
      inPerson('2026-03-02'),
      { type: 'correctionRequested', on: d('2026-03-04'), correctionDueOn: d('2026-03-18') },
      { type: 'correctionLapsed', on: d('2026-03-19') },
    );
    expect(l.closure).toMatchObject({ reason: 'correctionLapsed' });
    expect(closureOutcome(l)).toBe('correctionLapsed');
    expect(l.dueOn).toBeNull();
  });

  it('a reply after the due date is recorded as late', () => {
    const l = ledger(inPerson('2026-09-21'), { type: 'replied', on: d('2026-10-27'), outcome: 'disclosed' });
    expect(l.closure).toMatchObject({ reason: 'replied', late: true, outcome: 'disclosed' });
    expect(closureOutcome(l)).toBe('disclosed');
    expect(l.warnings).toEqual([expect.objectContaining({ code: 'clock.reply_late', on: '2026-10-27', dueOn: '2026-10-26' })]);
  });
});

describe('asOf(today): days left and overdue', () => {
  const l = ledger(inPerson('2026-09-21'));
  it.each([
    ['2026-09-21', 20, false],
    ['2026-09-30', 14, false],
    ['2026-10-05', 14, false],
    ['2026-10-23', 1, false],
    ['2026-10-26', 0, false],
    ['2026-10-27', -1, true],
    ['2026-11-02', -5, true],
  ])('as of %s: %i WD left, overdue %s', (today, left, overdue) => {
    expect(l.asOf(d(today))).toMatchObject({ dueOn: '2026-10-26', workdaysLeft: left, overdue });
  });

  it('paused days are not counted in the days left', () => {
    const p = ledger(inPerson('2026-09-14'), { type: 'consultationStarted', on: d('2026-09-22'), party: 'thirdParty' });
    expect(p.asOf(d('2026-09-22')).workdaysLeft).toBe(13);
  });

  it('a closed application is never overdue', () => {
    const c = ledger(inPerson('2026-09-21'), { type: 'withdrawn', on: d('2026-09-25') });
    expect(c.asOf(d('2026-12-01'))).toMatchObject({ status: 'closed', overdue: false, workdaysLeft: null });
  });
});

describe('explain()', () => {
  it('tells, segment by segment, how the due date was reached', () => {
    const text = ledger(
      inPerson('2026-09-14'),
      { type: 'consultationStarted', on: d('2026-09-22'), party: 'thirdParty' },
      { type: 'consultationEnded', on: d('2026-10-12') },
      { type: 'extended', on: d('2026-10-28'), workdays: 20, approvedBy: '王主任' },
    ).explain(d('2026-11-02'));
    for (const part of ['第三十一条', '第三十三条第二款', '第三十三条第三款', '第三十二条', '共 9 个工作日不计入', '王主任', '延长答复期限 20 个工作日', '2026-11-26（星期四）', '中秋节', '国庆节', '还有 18 个工作日']) {
      expect(text).toContain(part);
    }
  });

  it('explains a 补正 restart', () => {
    const text = ledger(
      inPerson('2026-02-13'),
      { type: 'correctionRequested', on: d('2026-02-26'), correctionDueOn: d('2026-03-13') },
      { type: 'correctionReceived', on: d('2026-03-02') },
    ).explain();
    expect(text).toContain('第三十条');
    expect(text).toContain('重新起算');
    expect(text).toContain('答复期限届满日为 2026-03-30');
  });
});

describe('invalid sequences are typed errors with stable codes', () => {
  const extend = (on: string, workdays = 20, approvedBy = '王主任'): ClockEvent => ({ type: 'extended', on: d(on), workdays, approvedBy });
  it.each<[string, keyof typeof CLOCK_ERROR_CODES, ClockEvent[]]>([
    ['no events', 'clock.no_events', []],
    ['not starting with receipt', 'clock.first_event_not_receipt', [{ type: 'replied', on: d('2026-09-21') }]],
    ['received twice', 'clock.duplicate_receipt', [inPerson('2026-09-21'), inPerson('2026-09-22')]],
    ['out of order', 'clock.out_of_order', [inPerson('2026-09-21'), extend('2026-10-01'), { type: 'replied', on: d('2026-09-30') }]],
    ['extensions over 20 WD in total', 'clock.extension_over_limit', [inPerson('2026-09-21'), extend('2026-10-01', 15), extend('2026-10-02', 6)]],
    ['an extension over 20 WD', 'clock.invalid_extension', [inPerson('2026-09-21'), extend('2026-10-01', 21)]],
    ['an extension of 0 WD', 'clock.invalid_extension', [inPerson('2026-09-21'), extend('2026-10-01', 0)]],
    ['an extension without approver', 'clock.extension_without_approver', [inPerson('2026-09-21'), extend('2026-10-01', 10, ' ')]],
    ['a second 补正', 'clock.second_correction', [inPerson('2026-09-21'), { type: 'correctionRequested', on: d('2026-09-22'), correctionDueOn: d('2026-12-01') }, { type: 'correctionReceived', on: d('2026-09-24') }, { type: 'correctionRequested', on: d('2026-09-25'), correctionDueOn: d('2026-12-01') }]],
    ['补正 after an extension', 'clock.correction_after_processing', [inPerson('2026-09-21'), extend('2026-09-22', 5), { type: 'correctionRequested', on: d('2026-09-23'), correctionDueOn: d('2026-12-01') }]],
    ['correction received without a request', 'clock.not_awaiting_correction', [inPerson('2026-09-21'), { type: 'correctionReceived', on: d('2026-09-24') }]],
    ['lapse before the correction period ends', 'clock.correction_period_open', [inPerson('2026-09-21'), { type: 'correctionRequested', on: d('2026-09-22'), correctionDueOn: d('2026-10-09') }, { type: 'correctionLapsed', on: d('2026-10-09') }]],
    ['extension while waiting for 补正', 'clock.awaiting_correction', [inPerson('2026-09-21'), { type: 'correctionRequested', on: d('2026-09-22'), correctionDueOn: d('2026-12-01') }, extend('2026-09-23')]],
    ['two consultations at once', 'clock.already_paused', [inPerson('2026-09-21'), { type: 'consultationStarted', on: d('2026-09-22'), party: 'thirdParty' }, { type: 'consultationStarted', on: d('2026-09-23'), party: 'otherAgency' }]],
    ['answer without consultation', 'clock.not_consulting', [inPerson('2026-09-21'), { type: 'consultationEnded', on: d('2026-09-22') }]],
    ['extension after a 第三十五条 deadline', 'clock.custom_deadline_fixed', [inPerson('2026-09-21'), { type: 'reasonableDeadlineSet', on: d('2026-09-22'), dueOn: d('2026-12-31') }, extend('2026-09-23')]],
    ['第三十五条 deadline not after its own date', 'clock.custom_deadline_not_after', [inPerson('2026-09-21'), { type: 'reasonableDeadlineSet', on: d('2026-09-22'), dueOn: d('2026-09-22') }]],
    ['two fee notices', 'clock.second_fee_notice', [inPerson('2026-09-21'), { type: 'feeNoticeReceived', on: d('2026-09-22'), sentOn: d('2026-09-22') }, { type: 'feePaid', on: d('2026-09-23') }, { type: 'feeNoticeReceived', on: d('2026-09-24'), sentOn: d('2026-09-24') }]],
    ['payment without notice', 'clock.no_fee_notice', [inPerson('2026-09-21'), { type: 'feePaid', on: d('2026-09-23') }]],
    ['fee lapsed inside the window', 'clock.fee_window_open', [inPerson('2026-09-21'), { type: 'feeNoticeReceived', on: d('2026-09-24'), sentOn: d('2026-09-24') }, { type: 'feeLapsed', on: d('2026-10-28') }]],
    ['events after the reply', 'clock.closed', [inPerson('2026-09-21'), { type: 'replied', on: d('2026-09-25') }, extend('2026-09-26')]],
    ['confirmation before arrival', 'clock.confirmation_before_arrival', [{ type: 'received', on: d('2026-09-21'), channel: 'online', confirmedOn: d('2026-09-20') }]],
  ])('%s → %s', (_name, code, events) => {
    let error: unknown;
    try {
      buildLedger(cal, events);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code, kind: 'invalid' });
    expect((error as { userMessage: string }).userMessage).toContain(CLOCK_ERROR_CODES[code]);
  });
});

describe('the error catalog and its documentation stay in step', () => {
  it.each(Object.keys(CLOCK_ERROR_CODES))('docs/domain-rules.md lists %s', async (code) => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync('docs/domain-rules.md', 'utf8')).toContain(`\`${code}\``);
  });
});

describe('legal review of the clock (issue 10 item 9)', () => {
  const extend = (on: string, workdays: number): ClockEvent => ({ type: 'extended', on: d(on), workdays, approvedBy: '王主任' });
  const codeOf = (events: ClockEvent[]): string | undefined => {
    try {
      buildLedger(cal, events);
      return undefined;
    } catch (e) {
      return (e as { code: string }).code;
    }
  };

  it('cites 第三十三条第二款 for the 20 WD and 第三款 for consultation time, never 第一款', () => {
    const l = ledger(
      inPerson('2026-09-14'),
      { type: 'consultationStarted', on: d('2026-09-22'), party: 'thirdParty' },
      { type: 'consultationEnded', on: d('2026-10-12') },
    );
    expect(l.segments.find((s) => s.kind === 'replyPeriod')!.article).toBe('《政府信息公开条例》第三十三条第二款');
    expect(l.segments.find((s) => s.kind === 'consultation')!.article).toBe('《政府信息公开条例》第三十二条、第三十三条第三款');
    const text = l.explain(d('2026-10-12'));
    expect(text).not.toContain('第三十三条第一款');
    expect(text).toContain('不计算在答复期限内（第三十三条第三款）');
  });

  describe('a 补正 notice carries its correction period (第三十条)', () => {
    it.each([
      ['no period', { type: 'correctionRequested', on: d('2026-09-22') } as unknown as ClockEvent],
      ['a period ending on the notice day', { type: 'correctionRequested', on: d('2026-09-22'), correctionDueOn: d('2026-09-22') } as ClockEvent],
    ])('%s → clock.correction_period_required', (_name, notice) => {
      expect(codeOf([inPerson('2026-09-21'), notice])).toBe('clock.correction_period_required');
    });
    it('a lapse on the last day of the period is refused, the day after it is accepted', () => {
      const notice: ClockEvent = { type: 'correctionRequested', on: d('2026-09-22'), correctionDueOn: d('2026-10-09') };
      expect(codeOf([inPerson('2026-09-21'), notice, { type: 'correctionLapsed', on: d('2026-10-09') }])).toBe('clock.correction_period_open');
      expect(ledger(inPerson('2026-09-21'), notice, { type: 'correctionLapsed', on: d('2026-10-10') }).closure).toMatchObject({ reason: 'correctionLapsed' });
    });
  });

  it('a 第三十五条 deadline must be later than the statutory one (2026-10-26 here)', () => {
    const set = (dueOn: string): ClockEvent => ({ type: 'reasonableDeadlineSet', on: d('2026-09-28'), dueOn: d(dueOn) });
    expect(codeOf([inPerson('2026-09-21'), set('2026-10-23')])).toBe('clock.custom_deadline_not_after');
    expect(codeOf([inPerson('2026-09-21'), set('2026-10-26')])).toBe('clock.custom_deadline_not_after');
    expect(ledger(inPerson('2026-09-21'), set('2026-10-27')).dueOn).toBe('2026-10-27');
    // With an extension the statutory date moves too.
    const later = (dueOn: string): ClockEvent => ({ type: 'reasonableDeadlineSet', on: d('2026-10-21'), dueOn: d(dueOn) });
    expect(codeOf([inPerson('2026-09-21'), extend('2026-10-20', 20), later('2026-11-23')])).toBe('clock.custom_deadline_not_after');
    expect(ledger(inPerson('2026-09-21'), extend('2026-10-20', 20), later('2026-11-24')).dueOn).toBe('2026-11-24');
  });

  describe('consulting an agency that is not a co-maker (第十七条): no 15 WD cap, no deemed consent', () => {
    const start: ClockEvent = { type: 'consultationStarted', on: d('2026-09-22'), party: 'competentAuthority' };
    const counted = cal.workdaysBetween(d('2026-09-14'), d('2026-09-22')).count;

    it('the pause lasts until the answer, however long', () => {
      const l = ledger(inPerson('2026-09-14'), start, { type: 'consultationEnded', on: d('2026-12-01') });
      expect(l.dueOn).toBe(cal.addWorkdays(d('2026-12-01'), 20 - counted).date);
      expect(l.warnings).toEqual([]);
      const seg = l.segments.find((s) => s.kind === 'consultation')!;
      expect(seg.workdays).toBe(cal.workdaysBetween(d('2026-09-22'), d('2026-12-01')).count);
      expect(seg.article).toBe('《政府信息公开条例》第十七条、第三十三条第三款');
      expect(seg.text).not.toMatch(/逾期未提出意见的视为同意|15个工作日内/);
      expect(seg.text).toContain('不适用“逾期视为同意”');
    });

    it('while it is open there is no due date, and the days left stay what they were', () => {
      const l = ledger(inPerson('2026-09-14'), start);
      expect(l.status).toBe('paused');
      expect(l.dueOn).toBeNull();
      expect(l.asOf(d('2026-10-15'))).toMatchObject({ dueOn: null, workdaysLeft: 20 - counted, overdue: false });
      expect(l.asOf(d('2027-03-01'))).toMatchObject({ dueOn: null, workdaysLeft: 20 - counted, overdue: false });
      expect(l.explain()).toContain('答复期限届满日待收到意见后确定');
    });

    it('a co-maker (第三十四条) keeps its 15 WD limit and deemed consent', () => {
      const l = ledger(inPerson('2026-09-14'), { ...start, party: 'otherAgency' } as ClockEvent);
      expect(l.dueOn).toBe('2026-11-06');
      expect(l.segments.find((s) => s.kind === 'consultation')!.text).toContain('逾期未提出意见的视为同意公开');
    });

    it('a reply ends it; the reply is judged against the due date with the pause closed that day', () => {
      const l = ledger(inPerson('2026-09-14'), start, { type: 'replied', on: d('2026-12-01'), outcome: 'disclosed' });
      expect(l.closure).toMatchObject({ late: false });
    });
  });

  describe('the fee notice is judged by the day it was sent (发出)', () => {
    const fee = (sentOn: string | undefined, on: string): ClockEvent => ({ type: 'feeNoticeReceived', on: d(on), ...(sentOn ? { sentOn: d(sentOn) } : {}) }) as ClockEvent;
    it('sent on the due date, received two days later: on time', () => {
      expect(ledger(inPerson('2026-09-21'), fee('2026-10-26', '2026-10-28')).warnings).toEqual([]);
    });
    it('sent the day after the due date: a warning', () => {
      expect(ledger(inPerson('2026-09-21'), fee('2026-10-27', '2026-10-27')).warnings).toEqual([expect.objectContaining({ code: 'clock.fee_notice_after_due', on: '2026-10-27', dueOn: '2026-10-26' })]);
    });
    it('without a sending date, or sent after it was received: errors', () => {
      expect(codeOf([inPerson('2026-09-21'), fee(undefined, '2026-10-27')])).toBe('clock.fee_notice_sent_required');
      expect(codeOf([inPerson('2026-09-21'), fee('2026-10-28', '2026-10-27')])).toBe('clock.fee_notice_sent_after_receipt');
    });
  });

  describe('extensions: as many as needed within 20 WD in total (第三十三条第二款)', () => {
    it('10 + 10 WD reach the same date as one 20 WD extension', () => {
      const l = ledger(inPerson('2026-09-21'), extend('2026-10-12', 10), extend('2026-10-20', 10));
      expect(l.dueOn).toBe('2026-11-23');
      expect(l.segments.filter((s) => s.kind === 'extension')).toHaveLength(2);
    });
    it('going over 20 WD in total is clock.extension_over_limit', () => {
      expect(codeOf([inPerson('2026-09-21'), extend('2026-10-12', 10), extend('2026-10-20', 11)])).toBe('clock.extension_over_limit');
      expect(codeOf([inPerson('2026-09-21'), extend('2026-10-12', 20), extend('2026-10-20', 1)])).toBe('clock.extension_over_limit');
    });
    it('nothing tells the applicant it "can only be extended once"', () => {
      const text = ledger(inPerson('2026-09-21'), extend('2026-10-12', 10)).explain();
      expect(text).not.toContain('只能延长一次');
      expect(Object.values(CLOCK_ERROR_CODES).join()).not.toContain('只能延长一次');
      expect(Object.keys(CLOCK_ERROR_CODES)).not.toContain('clock.second_extension');
    });
  });
});

/**
 * Each deadline's boundary: the act on the last day is on time, the day after is late (a warning
 * with a stable code), and a lapse can only be declared the day after the period.
 */
describe('deadline boundaries: on the last day on time, the day after late', () => {
  const plus = (day: string, n: number) => addDays(d(day), n);
  const received = inPerson('2026-09-21');
  const due = '2026-10-26'; // 20 WD after 2026-09-21, across 中秋 and 国庆
  const noticeDue = cal.addWorkdays(d('2026-09-21'), 7).date;
  const answerBy = cal.addWorkdays(d('2026-09-22'), 15).date;
  const payBy = cal.addWorkdays(d('2026-09-24'), 20).date;
  const correction = (on: string, correctionDueOn = '2026-10-09'): ClockEvent => ({ type: 'correctionRequested', on: d(on), correctionDueOn: d(correctionDueOn) });
  const consult: ClockEvent = { type: 'consultationStarted', on: d('2026-09-22'), party: 'thirdParty' };
  const feeNotice: ClockEvent = { type: 'feeNoticeReceived', on: d('2026-09-24'), sentOn: d('2026-09-24') };
  const cases: [string, (last: string) => ClockEvent[], string, (typeof CLOCK_WARNING_CODES)[number]][] = [
    ['reply (第三十三条第二款)', (on) => [received, { type: 'replied', on: d(on) }], due, 'clock.reply_late'],
    ['补正告知 within 7 WD (第三十条)', (on) => [received, correction(on, '2026-10-30')], noticeDue, 'clock.correction_notice_late'],
    ['correction within its period (第三十条)', (on) => [received, correction('2026-09-22'), { type: 'correctionReceived', on: d(on) }], '2026-10-09', 'clock.correction_received_late'],
    ['third-party answer within 15 WD (第三十二条)', (on) => [received, consult, { type: 'consultationEnded', on: d(on) }], answerBy, 'clock.consultation_answer_late'],
    ['extension before the due date (practice)', (on) => [received, { type: 'extended', on: d(on), workdays: 5, approvedBy: '王主任' }], due, 'clock.extension_after_due'],
    ['fee notice sent within the reply period (109号)', (on) => [received, { type: 'feeNoticeReceived', on: d(on), sentOn: d(on) }], due, 'clock.fee_notice_after_due'],
    ['payment within 20 WD of receiving the notice (109号)', (on) => [received, feeNotice, { type: 'feePaid', on: d(on) }], payBy, 'clock.fee_paid_late'],
    ['ordinary mail confirmed the day it arrives (第三十一条)', (on) => [{ type: 'received', on: d('2026-09-21'), channel: 'ordinaryMail', confirmedOn: d(on) }], '2026-09-21', 'clock.confirmation_late'],
  ];
  it.each(cases)('%s', (_name, events, last, code) => {
    const onTime = buildLedger(cal, events(last));
    expect(onTime.warnings).toEqual([]);
    const late = buildLedger(cal, events(plus(last, 1)));
    expect(late.warnings).toEqual([expect.objectContaining({ code, on: plus(last, 1), dueOn: code === 'clock.confirmation_late' ? last : expect.any(String) })]);
    expect(late.explain()).toContain(`提示：${late.warnings[0]!.text}`);
  });
  it('every warning code has its boundary case', () => {
    expect(new Set(cases.map((c) => c[3]))).toEqual(new Set(CLOCK_WARNING_CODES));
  });

  it('a reply on the due date is on time; the next day is late and overdue', () => {
    expect(ledger(received, { type: 'replied', on: d(due) }).closure).toMatchObject({ late: false });
    expect(ledger(received, { type: 'replied', on: plus(due, 1) }).closure).toMatchObject({ late: true });
    expect(ledger(received).asOf(d(due))).toMatchObject({ overdue: false, workdaysLeft: 0 });
    expect(ledger(received).asOf(plus(due, 1))).toMatchObject({ overdue: true, workdaysLeft: -1 });
  });

  it('a consultation answered on its last day pauses 15 WD; a later answer still pauses only until the limit', () => {
    const onTime = ledger(received, consult, { type: 'consultationEnded', on: answerBy });
    const late = ledger(received, consult, { type: 'consultationEnded', on: plus(answerBy, 1) });
    expect(onTime.segments.find((x) => x.kind === 'consultation')).toMatchObject({ to: answerBy, workdays: cal.workdaysBetween(d('2026-09-22'), answerBy).count });
    expect(late.segments.find((x) => x.kind === 'consultation')).toMatchObject({ to: answerBy });
    expect(late.dueOn).toBe(onTime.dueOn);
  });

  it('a fee lapse can be declared only the day after the payment window', () => {
    expect(() => ledger(received, feeNotice, { type: 'feeLapsed', on: payBy })).toThrowError(expect.objectContaining({ code: 'clock.fee_window_open' }));
    expect(ledger(received, feeNotice, { type: 'feeLapsed', on: plus(payBy, 1) }).closure).toMatchObject({ reason: 'feeLapsed' });
  });

  it('an extension on the due date moves it; the reply on the new last day is on time', () => {
    const l = ledger(received, { type: 'extended', on: d(due), workdays: 20, approvedBy: '王主任' });
    expect(l.dueOn).toBe('2026-11-23');
    expect(ledger(received, { type: 'extended', on: d(due), workdays: 20, approvedBy: '王主任' }, { type: 'replied', on: d('2026-11-23') }).closure).toMatchObject({ late: false });
    expect(ledger(received, { type: 'extended', on: d(due), workdays: 20, approvedBy: '王主任' }, { type: 'replied', on: d('2026-11-24') }).closure).toMatchObject({ late: true });
  });
});

describe('the warning catalog and its documentation stay in step', () => {
  it.each([...CLOCK_WARNING_CODES])('docs/domain-rules.md lists %s', async (code) => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync('docs/domain-rules.md', 'utf8')).toContain(`\`${code}\``);
  });
});
