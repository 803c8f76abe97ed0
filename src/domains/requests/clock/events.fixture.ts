/** Builders of clock events for the clock's own tests: one line per event a case file records. */
import { builtinCalendar, parseCalendarDate } from '../../calendar/index.ts';
import type { ClockEvent } from './index.ts';
import { buildLedger } from './index.ts';

export const cal = builtinCalendar();
export const d = parseCalendarDate;
export const ledger = (...events: ClockEvent[]) => buildLedger(cal, events);
export const inPerson = (on: string): ClockEvent => ({ type: 'received', on: d(on), channel: 'inPerson' });
export const at = (type: string, on: string) => ({ type, on: d(on) }) as ClockEvent;
export const correction = (on: string, due: string): ClockEvent => ({ type: 'correctionRequested', on: d(on), correctionDueOn: d(due) });
export const consult = (on: string, party: 'thirdParty' | 'otherAgency' | 'competentAuthority' = 'thirdParty'): ClockEvent => ({ type: 'consultationStarted', on: d(on), party });
export const fee = (on: string): ClockEvent => ({ type: 'feeNoticeReceived', on: d(on), sentOn: d(on) });
export const extend = (on: string, workdays: number, approvedBy = '王主任'): ClockEvent => ({ type: 'extended', on: d(on), workdays, approvedBy });
export const custom = (on: string, dueOn: string): ClockEvent => ({ type: 'reasonableDeadlineSet', on: d(on), dueOn: d(dueOn) });
