/**
 * Case lists, scoped to the organisations the actor may see (visibleOrganisationIdsQuery), and the
 * oversight figures: due within 3 working days, overdue, waiting for the applicant or a third party,
 * per handler and per organisation. Overdue is derived from the stored due date and today.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema.ts';
import { visibleOrganisationIdsQuery } from '../../../accounts/index.ts';
import type { Actor, Initiator } from '../../../accounts/index.ts';
import type { CalendarDate } from '../../../calendar/index.ts';
import { builtinCalendar } from '../../../calendar/index.ts';
import { toCase } from '../record.ts';
import type { ApplicationCase } from '../record.ts';
import { OPEN_STATUSES } from '../vocabulary.ts';
import type { CaseStatus } from '../vocabulary.ts';

export interface CaseListFilter {
  organisationId?: string;
  status?: CaseStatus;
  /** Only open cases past their due date (as of `today`). */
  overdue?: boolean;
  /** Only open cases due within this many working days of `today` (not yet overdue). */
  dueWithinWorkdays?: number;
  handlerUserId?: string;
  /** Received on or after / on or before. */
  receivedFrom?: CalendarDate;
  receivedTo?: CalendarDate;
  /** Receipt number or applicant name contains. */
  q?: string;
  limit?: number;
  offset?: number;
}

/** Roles that see cases (application.view); others see none, whatever organisations they see. */
const CASE_ROLES = ['caseHandler', 'leader', 'supervisor'] as const;

function caseScope(actor: Actor): Actor {
  // Only the roles that may view cases widen the scope (a publisher sees the organisation, not its cases).
  return { ...actor, roles: actor.roles.filter((r) => (CASE_ROLES as readonly string[]).includes(r.role)) };
}

export async function listCases(db: Kysely<Database>, actor: Initiator, filter: CaseListFilter, today: CalendarDate): Promise<{ cases: ApplicationCase[]; total: number }> {
  let q = db.selectFrom('application_cases');
  if (actor !== 'system') q = q.where('organisation_id', 'in', visibleOrganisationIdsQuery(db, caseScope(actor)));
  if (filter.organisationId) q = q.where('organisation_id', '=', filter.organisationId);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.handlerUserId) q = q.where('handler_user_id', '=', filter.handlerUserId);
  if (filter.receivedFrom) q = q.where('received_on', '>=', filter.receivedFrom);
  if (filter.receivedTo) q = q.where('received_on', '<=', filter.receivedTo);
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
    q = q.where((eb) => eb.or([eb('number', 'like', like), eb('applicant_name', 'like', like)]));
  }
  if (filter.overdue || filter.dueWithinWorkdays !== undefined) {
    q = q.where('status', 'in', [...OPEN_STATUSES]).where('due_on', 'is not', null);
    if (filter.overdue) q = q.where('due_on', '<', today);
    else q = q.where('due_on', '>=', today).where('due_on', '<=', builtinCalendar().addWorkdays(today, filter.dueWithinWorkdays!).date);
  }
  const totalRow = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  // The page's ids first, then their rows: ordering the ids needs only application_cases_due_idx
  // (overdue / due soon) or the counting index, where ordering whole rows read every matching row.
  const page = await q.select('id')
    .orderBy('received_on', 'desc').orderBy('number', 'desc')
    .limit(Math.min(filter.limit ?? 100, 100_000)).offset(filter.offset ?? 0)
    .execute();
  const ids = page.map((r) => r.id);
  const rows = ids.length === 0 ? [] : await db.selectFrom('application_cases').selectAll().where('id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { cases: ids.map((id) => toCase(byId.get(id)!)), total: Number(totalRow?.n ?? 0) };
}

export interface OversightGroup {
  key: string;
  name: string;
  open: number;
  dueSoon: number;
  overdue: number;
  waitingApplicant: number;
  waitingThirdParty: number;
}

export interface Oversight {
  today: CalendarDate;
  /** Last day counted as "due soon": 3 working days after today. */
  dueSoonUntil: CalendarDate;
  totals: Omit<OversightGroup, 'key' | 'name'>;
  byOrganisation: OversightGroup[];
  byHandler: OversightGroup[];
}

/**
 * 督办: open cases by urgency, per organisation and per handler, in the actor's scope. The counts
 * come from one grouped query inside application_cases_open_groups_idx (no case row is read; the
 * working-day arithmetic is done once, here, as the calendar date 3 working days ahead); the
 * names of the few organisations and handlers are looked up afterwards.
 */
export async function applicationOversight(db: Kysely<Database>, actor: Initiator, today: CalendarDate, options: { organisationId?: string } = {}): Promise<Oversight> {
  const dueSoonUntil = builtinCalendar().addWorkdays(today, 3).date;
  let q = db.selectFrom('application_cases').where('status', 'in', [...OPEN_STATUSES]);
  if (actor !== 'system') q = q.where('organisation_id', 'in', visibleOrganisationIdsQuery(db, caseScope(actor)));
  if (options.organisationId) q = q.where('organisation_id', '=', options.organisationId);
  const rows = await q.select((eb) => [
    'organisation_id as organisationId', 'status', 'handler_user_id as handlerId',
    eb.fn.countAll<number>().as('open'),
    eb.fn.countAll<number>().filterWhere('due_on', '<', today).as('overdue'),
    eb.fn.countAll<number>().filterWhere((f) => f.and([f('due_on', '>=', today), f('due_on', '<=', dueSoonUntil)])).as('dueSoon'),
  ]).groupBy(['organisation_id', 'status', 'handler_user_id']).execute();
  const orgIds = [...new Set(rows.map((r) => r.organisationId))];
  const handlerIds = [...new Set(rows.flatMap((r) => (r.handlerId ? [r.handlerId] : [])))];
  const [orgNames, handlerNames] = await Promise.all([
    orgIds.length === 0 ? [] : db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', orgIds).execute(),
    handlerIds.length === 0 ? [] : db.selectFrom('users').select(['id', 'display_name as name']).where('id', 'in', handlerIds).execute(),
  ]);
  const orgName = new Map(orgNames.map((o) => [o.id, o.name]));
  const handlerName = new Map(handlerNames.map((u) => [u.id, u.name]));
  const empty = () => ({ open: 0, dueSoon: 0, overdue: 0, waitingApplicant: 0, waitingThirdParty: 0 });
  const totals = empty();
  const orgs = new Map<string, OversightGroup>();
  const handlers = new Map<string, OversightGroup>();
  for (const r of rows) {
    const open = Number(r.open);
    const add = (g: Omit<OversightGroup, 'key' | 'name'>) => {
      g.open += open;
      g.overdue += Number(r.overdue ?? 0);
      g.dueSoon += Number(r.dueSoon ?? 0);
      if (r.status === 'awaitingCorrection' || r.status === 'awaitingPayment') g.waitingApplicant += open;
      if (r.status === 'consulting') g.waitingThirdParty += open;
    };
    add(totals);
    const org = orgs.get(r.organisationId) ?? { key: r.organisationId, name: orgName.get(r.organisationId) ?? '', ...empty() };
    add(org);
    orgs.set(r.organisationId, org);
    const hk = r.handlerId ?? '';
    const handler = handlers.get(hk) ?? { key: hk, name: (r.handlerId ? handlerName.get(r.handlerId) : undefined) ?? '未分办', ...empty() };
    add(handler);
    handlers.set(hk, handler);
  }
  const order = (a: OversightGroup, b: OversightGroup) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || a.name.localeCompare(b.name, 'zh');
  return { today, dueSoonUntil, totals, byOrganisation: [...orgs.values()].sort(order), byHandler: [...handlers.values()].sort(order) };
}

export interface ApplicantVolume {
  applicantIdNumber: string;
  applicantName: string;
  count: number;
}

/**
 * 第三十五条: applications per applicant in one natural month (also the 按件 basis of 109号),
 * busiest first. `month` is `YYYY-MM`; applicants are told apart by their identity document.
 */
export async function applicantVolumeByMonth(db: Kysely<Database>, actor: Initiator, organisationId: string, month: string, options: { minimum?: number } = {}): Promise<ApplicantVolume[]> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new Error(`month must be YYYY-MM, got ${month}`);
  let q = db.selectFrom('application_cases')
    .where('organisation_id', '=', organisationId)
    .where('received_on', '>=', `${month}-01`)
    .where('received_on', '<=', `${month}-31`)
    .where('applicant_id_number', '!=', '');
  if (actor !== 'system') q = q.where('organisation_id', 'in', visibleOrganisationIdsQuery(db, caseScope(actor)));
  const rows = await q.select((eb) => ['applicant_id_number', eb.fn.max('applicant_name').as('name'), eb.fn.countAll<number>().as('n')])
    .groupBy('applicant_id_number')
    .having((eb) => eb.fn.countAll(), '>=', options.minimum ?? 1)
    .execute();
  return rows.map((r) => ({ applicantIdNumber: r.applicant_id_number, applicantName: String(r.name), count: Number(r.n) }))
    .sort((a, b) => b.count - a.count || a.applicantIdNumber.localeCompare(b.applicantIdNumber));
}
