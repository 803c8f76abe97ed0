/**
 * 督办提醒邮件: each staff member with a reminder address gets one message a day listing the open
 * cases that are overdue or due within 3 working days — the cases they handle, and for a 分管领导
 * every such case of their organisation. Overdue is derived from the due date and today.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { pathStartsWith } from '../../accounts/index.ts';
import type { CalendarDate } from '../../calendar/index.ts';
import { builtinCalendar } from '../../calendar/index.ts';
import { OPEN_STATUSES } from '../cases/vocabulary.ts';
import type { Mailer } from './mailer.ts';

export const DUE_SOON_WORKDAYS = 3;

export interface ReminderCase {
  number: string | null;
  organisationName: string;
  applicantName: string;
  dueOn: string;
  overdue: boolean;
}

export interface Reminder {
  userId: string;
  to: string;
  cases: ReminderCase[];
}

export interface ReminderScope {
  /**
   * Only cases of this organisation and those under it (its materialised path), e.g. a daily job
   * per county; a person with no such case is not reminded (nor marked as reminded) by that run.
   */
  organisationPath?: string;
}

/** Who would be reminded today, of what (read only). */
export async function collectReminders(db: Kysely<Database>, today: CalendarDate, scope: ReminderScope = {}): Promise<Reminder[]> {
  const until = builtinCalendar().addWorkdays(today, DUE_SOON_WORKDAYS).date;
  const recipients = await db.selectFrom('application_reminder_addresses')
    .innerJoin('users', 'users.id', 'application_reminder_addresses.user_id')
    .where('users.disabled', '=', 0)
    .where((eb) => eb.or([eb('application_reminder_addresses.last_sent_on', 'is', null), eb('application_reminder_addresses.last_sent_on', '<', today)]))
    .select(['application_reminder_addresses.user_id as userId', 'application_reminder_addresses.email as email'])
    .orderBy('users.username')
    .execute();
  const reminders: Reminder[] = [];
  for (const r of recipients) {
    const leaderOf = db.selectFrom('role_assignments').select('organisation_id').where('user_id', '=', r.userId).where('role', '=', 'leader');
    let cases = db.selectFrom('application_cases')
      .innerJoin('organisations', 'organisations.id', 'application_cases.organisation_id')
      .where('application_cases.status', 'in', [...OPEN_STATUSES])
      .where('application_cases.due_on', 'is not', null)
      .where('application_cases.due_on', '<=', until)
      .where((eb) => eb.or([eb('application_cases.handler_user_id', '=', r.userId), eb('application_cases.organisation_id', 'in', leaderOf)]));
    if (scope.organisationPath !== undefined) cases = cases.where(pathStartsWith(sql.ref('organisations.path'), scope.organisationPath));
    const rows = await cases.select(['application_cases.number', 'organisations.name as organisationName', 'application_cases.applicant_name as applicantName', 'application_cases.due_on as dueOn'])
      .orderBy('application_cases.due_on').orderBy('application_cases.number')
      .execute();
    if (rows.length === 0) continue;
    reminders.push({ userId: r.userId, to: r.email, cases: rows.map((c) => ({ ...c, dueOn: c.dueOn!, overdue: c.dueOn! < today })) });
  }
  return reminders;
}

export function reminderText(reminder: Reminder, today: CalendarDate): { subject: string; text: string } {
  const overdue = reminder.cases.filter((c) => c.overdue).length;
  const subject = `【依申请公开督办】${overdue > 0 ? `${overdue} 件已超期，` : ''}${reminder.cases.length} 件需在近期答复`;
  const lines = reminder.cases.map((c) => `- ${c.number ?? '（无编号）'} ${c.organisationName} 申请人：${c.applicantName} 答复期限：${c.dueOn}${c.overdue ? '（已超期）' : ''}`);
  const text = [`截至 ${today}，以下政府信息公开申请已超过答复期限或将在 ${DUE_SOON_WORKDAYS} 个工作日内到期（《政府信息公开条例》第三十三条）：`, '', ...lines, '', '请登录政务公开工作平台办理。'].join('\n');
  return { subject, text };
}

/** Sends today's reminders (at most one per person per day); returns the addresses written to. */
export async function sendDeadlineReminders(db: Kysely<Database>, mailer: Mailer, today: CalendarDate, now: string, scope: ReminderScope = {}): Promise<string[]> {
  const sent: string[] = [];
  for (const reminder of await collectReminders(db, today, scope)) {
    await mailer.send({ to: reminder.to, ...reminderText(reminder, today) });
    await db.updateTable('application_reminder_addresses').set({ last_sent_on: today, updated_at: now }).where('user_id', '=', reminder.userId).execute();
    sent.push(reminder.to);
  }
  return sent;
}
