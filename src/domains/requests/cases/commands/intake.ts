/**
 * Intake. Online (第三十一条第（三）项): the applicant submits, sees what was sent, and confirms;
 * the application is received on that mutual confirmation, and only then gets its receipt number
 * and private query code. Staff registration of applications that arrive in person, by mail, fax or
 * e-mail: each channel's receipt-date rule is the clock's (第三十一条).
 */
import type { Kysely } from 'kysely';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { isUniqueViolation } from '../../../../db/errors.ts';
import { newId } from '../../../../db/ids.ts';
import type { Database } from '../../../../db/schema.ts';
import { inTransaction } from '../../../../db/transaction.ts';
import type { CommandContext } from '../../../accounts/index.ts';
import type { CalendarDate } from '../../../calendar/index.ts';
import { todayInShanghai, yearOf } from '../../../calendar/index.ts';
import type { ClockEvent } from '../../clock/index.ts';
import { RECEIPT_RULES, buildLedger } from '../../clock/index.ts';
import { builtinCalendar } from '../../../calendar/index.ts';
import { initiatorCanOnApplications } from '../../policy.ts';
import { applicantFields } from '../applicant-fields.ts';
import { actorId, dateField, derivedColumns, notAfterToday } from '../change-case.ts';
import { applicationError, invalidApplicationInput, parseApplicationInput } from '../errors.ts';
import { recordApplicationEvent } from '../events.ts';
import { storeIdentityDocument } from '../identity-document.ts';
import type { IdentityDocument } from '../identity-document.ts';
import { insertCase } from '../insert-case.ts';
import { nextReceiptNumber } from '../numbers.ts';
import { generateQueryCode, hashQueryCode, newDraftToken } from '../query-code.ts';
import { toCase } from '../record.ts';
import type { ApplicationCase } from '../record.ts';
import { STAFF_CHANNELS } from '../vocabulary.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export const submitOnlineApplicationInput = z.object(applicantFields);
export type SubmitOnlineApplicationInput = z.input<typeof submitOnlineApplicationInput>;

export interface SubmittedApplication {
  caseId: string;
  /** Secret of the confirmation step; give it back to `confirmOnlineApplication`. */
  draftToken: string;
  case: ApplicationCase;
}

async function organisationExists(db: Kysely<Database>, id: string) {
  const org = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await db.selectFrom('organisations').select(['id', 'path', 'name']).where('id', '=', id).executeTakeFirst() : undefined;
  if (!org) throw invalidApplicationInput([{ field: 'organisationId', message: '受理机关不存在' }], `organisation ${id}`);
  return org;
}

/** 网上申请, step 1: the form is stored as a draft awaiting the applicant's confirmation (nothing runs yet). */
export async function submitOnlineApplication(
  db: Kysely<Database>, ctx: CommandContext, raw: SubmitOnlineApplicationInput, identityDocument?: IdentityDocument,
): Promise<SubmittedApplication> {
  const input = parseApplicationInput(submitOnlineApplicationInput, raw);
  return inTransaction(db, async (trx) => {
    await organisationExists(trx, input.organisationId);
    const id = newId();
    const draftToken = newDraftToken();
    const now = ctx.clock.now().toISOString();
    const row = {
      id, organisation_id: input.organisationId, number: null, source: 'online', status: 'awaitingConfirmation',
      applicant_type: input.applicantType, applicant_name: input.applicantName, applicant_id_number: input.applicantIdNumber,
      applicant_id_file_id: identityDocument ? newId() : null, applicant_contact: input.applicantContact, description: input.description,
      delivery_form: input.deliveryForm, delivery_way: input.deliveryWay, channel: 'online', arrived_on: todayInShanghai(ctx.clock),
      received_on: null, query_code_hash: null, handler_user_id: null, clock_events: '[]', pending_extension: null, extension_workdays: 0,
      outcome: null, decided_on: null, closed_on: null, due_on: null, fee_amount_fen: 0, fee_paid_on: null,
      draft_token_hash: sha256(draftToken), created_by: actorId(ctx), created_at: now, updated_at: now, version: 1,
    };
    await insertCase(trx, row, input.requests?.length ? input.requests : [input.description]);
    if (identityDocument) await storeIdentityDocument(trx, row.applicant_id_file_id!, id, identityDocument, now);
    await recordApplicationEvent(trx, ctx, { name: 'application.submitted', caseId: id, organisationId: input.organisationId, data: { channel: 'online' } });
    return { caseId: id, draftToken, case: toCase(row) };
  });
}

export interface ReceivedApplication {
  case: ApplicationCase;
  number: string;
  /** Shown once to the applicant; only its hash is stored. */
  queryCode: string;
  receivedOn: CalendarDate;
  dueOn: CalendarDate | null;
}

/** 网上申请, step 2: the applicant confirms; received today (双方确认之日), number and query code issued. */
export async function confirmOnlineApplication(db: Kysely<Database>, ctx: CommandContext, raw: { caseId: string; draftToken: string }): Promise<ReceivedApplication> {
  const input = parseApplicationInput(z.object({ caseId: z.string(), draftToken: z.string().min(1) }), raw);
  const queryCode = generateQueryCode();
  const codeHash = await hashQueryCode(queryCode);
  return withNumberRetry(() => inTransaction(db, async (trx) => {
    const row = /^[A-Za-z0-9_-]{1,64}$/.test(input.caseId)
      ? await trx.selectFrom('application_cases').selectAll().where('id', '=', input.caseId).executeTakeFirst() : undefined;
    // A wrong token reads as a missing draft: it says nothing about which drafts exist.
    if (!row || !row.draft_token_hash || row.draft_token_hash !== sha256(input.draftToken)) {
      if (row && row.received_on) throw applicationError('applications.already_confirmed');
      throw applicationError('applications.not_found', 'draft not found or token mismatch');
    }
    const today = todayInShanghai(ctx.clock);
    const clock: ClockEvent[] = [{ type: 'received', on: row.arrived_on as CalendarDate, channel: 'online', confirmedOn: today }];
    const ledger = buildLedger(builtinCalendar(), clock);
    const number = await nextReceiptNumber(trx, row.organisation_id, yearOf(today));
    const before = toCase(row);
    const derived = derivedColumns({ ...before, receivedOn: today }, clock, ledger);
    const now = ctx.clock.now().toISOString();
    await trx.updateTable('application_cases').set({
      ...derived, number, received_on: today, query_code_hash: codeHash, draft_token_hash: null, updated_at: now, version: row.version + 1,
    }).where('id', '=', row.id).where('version', '=', row.version).execute();
    await recordApplicationEvent(trx, ctx, { name: 'application.confirmed', caseId: row.id, organisationId: row.organisation_id, data: { number, receivedOn: today } });
    const after = toCase({ ...row, ...derived, number, received_on: today, query_code_hash: codeHash, draft_token_hash: null, updated_at: now, version: row.version + 1 });
    return { case: after, number, queryCode, receivedOn: today, dueOn: ledger.dueOn };
  }));
}

export const registerApplicationInput = z.object({
  ...applicantFields,
  channel: z.enum(STAFF_CHANNELS, { error: '请选择收到方式' }),
  /** The day it was handed in, signed for, or arrived. */
  arrivedOn: dateField('收到日期'),
  /** Ordinary mail, fax, e-mail: the day both sides confirmed (第三十一条). */
  confirmedOn: dateField('确认日期').optional().nullable(),
});
export type RegisterApplicationInput = z.input<typeof registerApplicationInput>;

/** 登记 an application that came in person, by mail, fax or e-mail; received on its channel's date. */
export async function registerApplication(
  db: Kysely<Database>, ctx: CommandContext, raw: RegisterApplicationInput, identityDocument?: IdentityDocument,
): Promise<ReceivedApplication> {
  const input = parseApplicationInput(registerApplicationInput, raw);
  const queryCode = generateQueryCode();
  const codeHash = await hashQueryCode(queryCode);
  return withNumberRetry(() => inTransaction(db, async (trx) => {
    const org = await organisationExists(trx, input.organisationId);
    if (!initiatorCanOnApplications(ctx.actor, 'application.register', { organisationPath: org.path })) {
      if (ctx.actor !== 'system' && !initiatorCanOnApplications(ctx.actor, 'application.view', { organisationPath: org.path })) {
        throw invalidApplicationInput([{ field: 'organisationId', message: '受理机关不存在' }], 'organisation not visible');
      }
      throw applicationError('applications.forbidden', 'register');
    }
    const today = todayInShanghai(ctx.clock);
    notAfterToday(input.arrivedOn, today, 'arrivedOn');
    const rule = RECEIPT_RULES[input.channel];
    if (rule.needsConfirmation && !input.confirmedOn) {
      throw invalidApplicationInput([{ field: 'confirmedOn', message: `${rule.label}须填写与申请人确认的日期（第三十一条）` }], 'confirmation required');
    }
    if (input.confirmedOn) notAfterToday(input.confirmedOn, today, 'confirmedOn');
    const clock: ClockEvent[] = [{
      type: 'received', on: input.arrivedOn, channel: input.channel,
      ...(rule.needsConfirmation && input.confirmedOn ? { confirmedOn: input.confirmedOn } : {}),
    }];
    const ledger = buildLedger(builtinCalendar(), clock);
    const number = await nextReceiptNumber(trx, org.id, yearOf(ledger.receivedOn));
    const id = newId();
    const now = ctx.clock.now().toISOString();
    const base = {
      id, organisation_id: org.id, number, source: 'staff', applicant_type: input.applicantType, applicant_name: input.applicantName,
      applicant_id_number: input.applicantIdNumber, applicant_id_file_id: identityDocument ? newId() : input.applicantIdFileId ?? null, applicant_contact: input.applicantContact,
      description: input.description, delivery_form: input.deliveryForm, delivery_way: input.deliveryWay, channel: input.channel,
      arrived_on: input.arrivedOn, received_on: ledger.receivedOn, query_code_hash: codeHash, handler_user_id: null, pending_extension: null,
      extension_workdays: 0, outcome: null, decided_on: null, fee_amount_fen: 0, fee_paid_on: null, draft_token_hash: null,
      created_by: actorId(ctx), created_at: now, updated_at: now, version: 1,
    };
    const derived = derivedColumns({ receivedOn: ledger.receivedOn, handlerUserId: null, decidedOn: null } as ApplicationCase, clock, ledger);
    const row = { ...base, ...derived, closed_on: null };
    await insertCase(trx, row, input.requests?.length ? input.requests : [input.description]);
    if (identityDocument) await storeIdentityDocument(trx, row.applicant_id_file_id!, id, identityDocument, now);
    await recordApplicationEvent(trx, ctx, { name: 'application.registered', caseId: id, organisationId: org.id, data: { number, channel: input.channel, receivedOn: ledger.receivedOn } });
    return { case: toCase(row), number, queryCode, receivedOn: ledger.receivedOn, dueOn: ledger.dueOn };
  }));
}

async function withNumberRetry<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt < 3 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}
