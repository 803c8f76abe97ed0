/**
 * The indexed queries (grouped counts, pages chosen by id, table 三 as FILTER counts) against the
 * straightforward computation over every case read back, on random case histories: any status,
 * due dates around "today", handlers or none, receipts and closures across year boundaries
 * (also a closure dated before its receipt, and a case never received).
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { newId } from '../../../../db/ids.ts';
import { buildActor, buildCounty, buildOrganisation } from '../../../../../test/support/accounts-factories.ts';
import { describeEachDialect } from '../../../../../test/support/databases.ts';
import type { Organisation } from '../../../accounts/index.ts';
import { addDays, builtinCalendar, calendarDate } from '../../../calendar/index.ts';
import type { CalendarDate } from '../../../calendar/index.ts';
import { countApplicationsTable } from '../../counting/index.ts';
import { OUTCOMES } from '../../outcomes/index.ts';
import type { Outcome } from '../../outcomes/index.ts';
import { APPLICANT_TYPES, CASE_STATUSES, OPEN_STATUSES } from '../vocabulary.ts';
import type { ApplicantType, CaseStatus } from '../vocabulary.ts';
import { applicationOversight, listCases } from './list-cases.ts';
import type { OversightGroup } from './list-cases.ts';
import { countableCaseClasses } from './report-tables.ts';

const TODAY = '2026-12-01' as CalendarDate;
const NOW = '2026-12-01T02:00:00.000Z';

interface Fact { org: 0 | 1; handler: 0 | 1 | null; status: CaseStatus; dueOn: string | null; receivedOn: string | null; closedOn: string | null; applicantType: ApplicantType; outcome: Outcome | null }

const day = (from: CalendarDate, span: number) => fc.integer({ min: -span, max: span }).map((n) => addDays(from, n) as string);
const fact: fc.Arbitrary<Fact> = fc.record({
  org: fc.constantFrom(0 as const, 1 as const),
  handler: fc.constantFrom(0 as const, 1 as const, null),
  status: fc.constantFrom(...CASE_STATUSES),
  dueOn: fc.option(day(TODAY, 12), { nil: null }),
  receivedOn: fc.option(day(calendarDate(2025, 12, 31), 500), { nil: null, freq: 12 }),
  closedOn: fc.option(day(calendarDate(2025, 12, 31), 500), { nil: null }),
  applicantType: fc.constantFrom(...APPLICANT_TYPES),
  outcome: fc.option(fc.constantFrom(...OUTCOMES), { nil: null }),
  // Only an unconfirmed online application has no receipt date (and it is not open, so no list sees one).
}).map((f) => ({ ...f, receivedOn: f.status === 'awaitingConfirmation' ? f.receivedOn : (f.receivedOn ?? '2025-03-03') }));

describeEachDialect('applications: indexed oversight and counting equal the plain computation', (t) => {
  it('on random case histories', async () => {
    const { county } = await buildCounty(t.db);
    await fc.assert(fc.asyncProperty(fc.array(fact, { minLength: 0, maxLength: 60 }), fc.integer({ min: 1, max: 7 }), async (facts, pageSize) => {
      const orgs: Organisation[] = [await buildOrganisation(t.db, { parent: county, kind: 'township' }), await buildOrganisation(t.db, { parent: county, kind: 'department' })];
      const handlers = [await buildActor(t.db, [{ organisation: orgs[0]!, role: 'caseHandler' }]), await buildActor(t.db, [{ organisation: orgs[1]!, role: 'caseHandler' }])];
      const rows = facts.map((f, i) => ({
        id: newId(), organisation_id: orgs[f.org]!.id, number: `F${String(i).padStart(3, '0')}`, source: 'import', status: f.status,
        applicant_type: f.applicantType, applicant_name: '申请人', applicant_id_number: '', applicant_id_file_id: null, applicant_contact: '-',
        description: '-', delivery_form: 'paper', delivery_way: 'post', channel: 'inPerson', arrived_on: f.receivedOn ?? '2025-06-01', received_on: f.receivedOn,
        query_code_hash: null, handler_user_id: f.handler === null ? null : handlers[f.handler]!.userId, clock_events: '[]', pending_extension: null,
        extension_workdays: 0, outcome: f.outcome, decided_on: null, closed_on: f.closedOn, due_on: f.dueOn, fee_amount_fen: 0, fee_paid_on: null,
        draft_token_hash: null, created_by: null, created_at: NOW, updated_at: NOW, version: 1,
      }));
      if (rows.length > 0) await t.db.insertInto('application_cases').values(rows).execute();
      const ids = orgs.map((o) => o.id);

      // Table 三: the grouped classes count as every case counted one by one.
      for (const year of [2024, 2025, 2026]) {
        for (const scope of [[ids[0]!], ids]) {
          const plain = countApplicationsTable(facts.filter((f) => scope.includes(ids[f.org]!)), year);
          expect(countApplicationsTable(await countableCaseClasses(t.db, scope, year), year)).toEqual(plain);
        }
      }

      // Oversight counts per organisation and per handler.
      const until = builtinCalendar().addWorkdays(TODAY, 3).date;
      const open = facts.filter((f) => OPEN_STATUSES.includes(f.status));
      const expected = (cases: Fact[], key: (f: Fact) => string) => {
        const groups = new Map<string, Omit<OversightGroup, 'name'>>();
        for (const f of cases) {
          const g = groups.get(key(f)) ?? { key: key(f), open: 0, dueSoon: 0, overdue: 0, waitingApplicant: 0, waitingThirdParty: 0 };
          g.open++;
          if (f.dueOn !== null && f.dueOn < TODAY) g.overdue++;
          if (f.dueOn !== null && f.dueOn >= TODAY && f.dueOn <= until) g.dueSoon++;
          if (f.status === 'awaitingCorrection' || f.status === 'awaitingPayment') g.waitingApplicant++;
          if (f.status === 'consulting') g.waitingThirdParty++;
          groups.set(key(f), g);
        }
        return [...groups.values()].sort((a, b) => a.key.localeCompare(b.key));
      };
      const strip = (groups: OversightGroup[]) => groups.map(({ name: _name, ...g }) => g).sort((a, b) => a.key.localeCompare(b.key));
      const handlerKey = (f: Fact) => (f.handler === null ? '' : handlers[f.handler]!.userId);
      for (const [i, org] of orgs.entries()) {
        const mine = open.filter((f) => f.org === i);
        const fast = await applicationOversight(t.db, 'system', TODAY, { organisationId: org.id });
        expect(strip(fast.byOrganisation)).toEqual(expected(mine, (f) => ids[f.org]!));
        expect(strip(fast.byHandler)).toEqual(expected(mine, handlerKey));
        expect(fast.byOrganisation.map((g) => g.name)).toEqual(mine.length > 0 ? [org.name] : []);
        for (const g of fast.byHandler) expect(g.name).toBe(g.key === '' ? '未分办' : handlers[i]!.displayName);
      }
      const everyone = await applicationOversight(t.db, 'system', TODAY);
      const inCounty = new Set(ids);
      expect(strip(everyone.byOrganisation).filter((g) => inCounty.has(g.key))).toEqual(expected(open, (f) => ids[f.org]!));

      // The overdue and due-soon lists, page by page, in the list order (newest receipt first).
      const order = (a: { receivedOn: string | null; number: string }, b: { receivedOn: string | null; number: string }) =>
        (a.receivedOn === b.receivedOn ? 0 : a.receivedOn! < b.receivedOn! ? 1 : -1) || (a.number < b.number ? 1 : -1);
      const numbered = facts.map((f, i) => ({ ...f, number: rows[i]!.number }));
      for (const filter of [{ overdue: true }, { dueWithinWorkdays: 3 }]) {
        const want = numbered.filter((f) => f.org === 0 && OPEN_STATUSES.includes(f.status) && f.dueOn !== null
          && ('overdue' in filter ? f.dueOn < TODAY : f.dueOn >= TODAY && f.dueOn <= until)).sort(order).map((f) => f.number);
        const got: string[] = [];
        for (let offset = 0; offset < want.length + pageSize; offset += pageSize) {
          const page = await listCases(t.db, 'system', { ...filter, organisationId: ids[0]!, limit: pageSize, offset }, TODAY);
          expect(page.total).toBe(want.length);
          got.push(...page.cases.map((c) => c.number!));
        }
        expect(got).toEqual(want);
      }
    }), { numRuns: 12 });
  });
});
