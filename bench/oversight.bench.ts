/**
 * 依申请公开 oversight at volume: 100,000 cases over 50 organisations (SQLite, the embedded default),
 * then the data of the oversight page as the page asks for it (applicationOversight + the overdue and
 * due-soon lists + one month's 第三十五条 volume) for a county supervisor, timed per page.
 * Target (issue 8): p99 under 50 ms. The machine may be shared: the load average is printed, and the
 * CPU time per page (process.cpuUsage) beside the wall time a loaded machine inflates.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateToLatest, openDatabase } from '../src/db/index.ts';
import { newId } from '../src/db/ids.ts';
import { createOrganisation, createUser, signIn } from '../src/domains/accounts/index.ts';
import { addDays } from '../src/domains/calendar/index.ts';
import type { CalendarDate } from '../src/domains/calendar/index.ts';
import { applicantVolumeByMonth, applicationOversight, listCases } from '../src/domains/requests/index.ts';
import { fixedClock } from '../src/domains/shared/clock.ts';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const ORGS = 50;
const RUNS = 200;
const STATUSES = ['inProgress', 'inProgress', 'received', 'awaitingCorrection', 'consulting', 'closed', 'closed', 'closed', 'closed', 'closed'];

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-oversight-'));
  const { db, close } = openDatabase({ sqliteFile: join(dir, 'bench.db') });
  try {
    await migrateToLatest(db);
    const clock = fixedClock('2026-12-01T02:00:00.000Z');
    const today = '2026-12-01' as CalendarDate;
    const ctx = { actor: 'system' as const, clock };
    const county = await createOrganisation(db, ctx, { code: 'bench-county', name: '基准县人民政府', kind: 'county_government' });
    const orgs = [];
    for (let i = 0; i < ORGS; i++) orgs.push(await createOrganisation(db, ctx, { code: `bench-${i}`, name: `基准镇${i}`, kind: 'township', parentId: county.id }));
    await createUser(db, ctx, { username: 'bench-supervisor', displayName: '督办', password: 'bench-password-42', roles: [{ organisationId: county.id, role: 'supervisor' }] });
    const actor = (await signIn(db, { username: 'bench-supervisor', password: 'bench-password-42' }, clock)).actor;
    const started = performance.now();
    const now = clock.now().toISOString();
    for (let start = 0; start < CASES; start += 500) {
      const rows = [];
      for (let i = start; i < Math.min(CASES, start + 500); i++) {
        const received = addDays('2026-01-05' as CalendarDate, i % 330);
        const status = STATUSES[i % STATUSES.length]!;
        rows.push({
          id: newId(), organisation_id: orgs[i % ORGS]!.id, number: `B${String(i).padStart(7, '0')}`, source: 'import', status,
          applicant_type: 'natural', applicant_name: `申请人${i % 5000}`, applicant_id_number: `ID${i % 5000}`, applicant_id_file_id: null,
          applicant_contact: '-', description: '基准', delivery_form: 'paper', delivery_way: 'post', channel: 'inPerson', arrived_on: received,
          received_on: received, query_code_hash: null, handler_user_id: null, clock_events: '[]', pending_extension: null, extension_workdays: 0,
          outcome: status === 'closed' ? 'disclosed' : null, decided_on: null, closed_on: status === 'closed' ? addDays(received, 20) : null,
          due_on: status === 'closed' || status === 'awaitingCorrection' ? null : addDays(received, 28), fee_amount_fen: 0, fee_paid_on: null,
          draft_token_hash: null, created_by: null, created_at: now, updated_at: now, version: 1,
        });
      }
      await db.insertInto('application_cases').values(rows).execute();
    }
    console.log(`seeded ${CASES} cases over ${ORGS} organisations in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    console.log(`machine load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    const times: number[] = [];
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await Promise.all([
        applicationOversight(db, actor, today),
        listCases(db, actor, { overdue: true, limit: 20 }, today),
        listCases(db, actor, { dueWithinWorkdays: 3, limit: 20 }, today),
        applicantVolumeByMonth(db, actor, orgs[i % ORGS]!.id, '2026-11'),
      ]);
      times.push(performance.now() - t0);
    }
    const cpu = process.cpuUsage(cpu0);
    times.sort((a, b) => a - b);
    const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
    console.log(`oversight page data (${RUNS} runs, ${CASES} cases): p50 ${p(0.5)} ms, p99 ${p(0.99)} ms (target p99 < 50 ms); CPU ${((cpu.user + cpu.system) / 1000 / RUNS).toFixed(1)} ms a page; load ${loadavg()[0]!.toFixed(1)}`);
  } finally {
    await close();
    rmSync(dir, { recursive: true, force: true });
  }
}
