/**
 * The shape every case command shares: load → authorize → rule → write + event, in one
 * transaction, with the optimistic `version`. The rule returns the clock events to append and the
 * columns to set; the clock (buildLedger) then checks the whole sequence, so a step the law does not
 * allow throws before anything is written.
 */
import type { Kysely, Transaction, Updateable } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../db/schema.ts';
import type { ApplicationCasesTable } from '../../../db/schema-requests.ts';
import { updateVersioned } from '../../../db/optimistic.ts';
import { inTransaction } from '../../../db/transaction.ts';
import type { CommandContext } from '../../accounts/index.ts';
import type { CalendarDate } from '../../calendar/index.ts';
import { isCalendarDate, todayInShanghai } from '../../calendar/index.ts';
import type { ClockEvent, Ledger } from '../clock/index.ts';
import { closureOutcome } from '../clock/index.ts';
import { canOnApplications } from '../policy.ts';
import type { ApplicationAction } from '../policy.ts';
import { applicationError } from './errors.ts';
import type { ApplicationEvent } from './events.ts';
import { recordApplicationEvent } from './events.ts';
import { deriveStatus, findCaseRow, ledgerOf, toCase } from './record.ts';
import type { ApplicationCase } from './record.ts';

/** A real calendar date `YYYY-MM-DD` (zod), with a Chinese message. */
export const dateField = (what: string) =>
  z.string({ error: `请填写${what}` }).trim().refine(isCalendarDate, { error: `${what}须为真实存在的日期（YYYY-MM-DD）` }).transform((v) => v as CalendarDate);

export const caseRef = { caseId: z.string({ error: '缺少申请' }), version: z.number({ error: '缺少版本号' }).int() };

export interface CaseChange<T> {
  clock?: ClockEvent[];
  set?: Omit<Updateable<ApplicationCasesTable>, 'id' | 'version' | 'clock_events' | 'status' | 'due_on' | 'updated_at'>;
  event: ApplicationEvent;
  data?: Record<string, unknown>;
  result?: T;
}

export interface CaseContext {
  trx: Transaction<Database>;
  today: CalendarDate;
  organisationPath: string;
  organisationName: string;
}

export interface ChangedCase<T> {
  case: ApplicationCase;
  ledger: Ledger | null;
  result: T;
}

/** The caller's name for records (the approver of an extension, the drafter of a letter). */
export function actorName(ctx: CommandContext): string {
  return ctx.actor === 'system' ? '系统' : ctx.actor.displayName;
}
export function actorId(ctx: CommandContext): string | null {
  return ctx.actor === 'system' ? null : ctx.actor.userId;
}

/** Refuses a date after today (a step cannot be recorded before it happens). */
export function notAfterToday(date: CalendarDate, today: CalendarDate, field: string): void {
  if (date > today) throw applicationError('applications.future_date', `${field} ${date} > ${today}`, [{ field, message: `日期不能晚于今天（${today}）` }]);
}

/** Loads a case for an actor: 404 when missing or not visible, 403 when visible but `action` is not allowed. */
export async function loadCaseForAction(trx: Transaction<Database> | Kysely<Database>, ctx: Pick<CommandContext, 'actor'>, caseId: string, action: ApplicationAction) {
  const row = await findCaseRow(trx, caseId);
  if (!row) throw applicationError('applications.not_found', `case ${caseId}`);
  const org = await trx.selectFrom('organisations').select(['path', 'name']).where('id', '=', row.organisation_id).executeTakeFirstOrThrow();
  if (ctx.actor !== 'system') {
    const subject = { organisationPath: org.path };
    if (!canOnApplications(ctx.actor, 'application.view', subject)) throw applicationError('applications.not_found', `case ${caseId} not visible`);
    if (!canOnApplications(ctx.actor, action, subject)) throw applicationError('applications.forbidden', `${action} on case ${caseId}`);
  }
  return { row, case: toCase(row), organisationPath: org.path, organisationName: org.name };
}

/** Columns derived from the clock after a change: status, due date, closure. */
export function derivedColumns(c: ApplicationCase, clock: ClockEvent[], ledger: Ledger | null) {
  const closure = ledger?.closure ?? null;
  return {
    clock_events: JSON.stringify(clock),
    status: deriveStatus(c, ledger),
    due_on: ledger?.dueOn ?? null,
    closed_on: closure?.on ?? null,
    ...(closure ? { outcome: closureOutcome(ledger!) ?? c.outcome ?? 'other' } : {}),
  };
}

export async function changeCase<T = undefined>(
  db: Kysely<Database>,
  ctx: CommandContext,
  ref: { caseId: string; version: number },
  action: ApplicationAction,
  rule: (c: ApplicationCase, cc: CaseContext) => Promise<CaseChange<T>> | CaseChange<T>,
  options: { allowClosed?: boolean } = {},
): Promise<ChangedCase<T>> {
  return inTransaction(db, async (trx) => {
    const loaded = await loadCaseForAction(trx, ctx, ref.caseId, action);
    const before = loaded.case;
    if (!options.allowClosed && before.status === 'closed') throw applicationError('applications.closed', `case ${before.id} closed`);
    const today = todayInShanghai(ctx.clock);
    const change = await rule(before, { trx, today, organisationPath: loaded.organisationPath, organisationName: loaded.organisationName });
    const clock = [...before.clockEvents, ...(change.clock ?? [])];
    const ledger = ledgerOf({ clockEvents: clock });
    const merged: ApplicationCase = { ...before, ...mapSet(change.set ?? {}) };
    const derived = derivedColumns(merged, clock, ledger);
    const now = ctx.clock.now().toISOString();
    const version = await updateVersioned(trx, 'application_cases', before.id, ref.version, { ...change.set, ...derived, updated_at: now });
    await recordApplicationEvent(trx, ctx, {
      name: change.event, caseId: before.id, organisationId: before.organisationId,
      data: { number: before.number, ...(change.data ?? {}), ...(change.clock?.length ? { clock: change.clock } : {}) },
    });
    const after = toCase({ ...loaded.row, ...change.set, ...derived, updated_at: now, version } as typeof loaded.row);
    return { case: after, ledger, result: change.result as T };
  });
}

/** The few `set` columns the status derivation reads, mapped to the domain names. */
function mapSet(set: NonNullable<CaseChange<unknown>['set']>): Partial<ApplicationCase> {
  const out: Partial<ApplicationCase> = {};
  if (set.handler_user_id !== undefined) out.handlerUserId = set.handler_user_id as string | null;
  if (set.decided_on !== undefined) out.decidedOn = set.decided_on as CalendarDate | null;
  if (set.received_on !== undefined) out.receivedOn = set.received_on as CalendarDate | null;
  return out;
}
