/**
 * One organisation's applications as a ledger (`gongkai applications list --json`): one line per
 * case with its statutory due date. Received cases only: an online draft awaiting confirmation has
 * no number and no clock yet.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema.ts';
import type { Outcome } from '../../outcomes/index.ts';
import type { CaseStatus } from '../vocabulary.ts';

export interface CaseLedgerLine {
  number: string;
  receivedOn: string;
  /** 答复期限届满日: 20 working days from receipt (or from the corrected application), plus the extension; null while the clock does not run. */
  dueOn: string | null;
  status: CaseStatus;
  outcome: Outcome | null;
}

/** Oldest first; pages of `pageSize` so 100,000 cases never sit in memory at once. */
export async function* caseLedger(db: Kysely<Database>, organisationId: string, pageSize = 5000): AsyncGenerator<CaseLedgerLine> {
  let after: { receivedOn: string; number: string } | null = null;
  for (;;) {
    let q = db.selectFrom('application_cases')
      .select(['number', 'received_on', 'due_on', 'status', 'outcome'])
      .where('organisation_id', '=', organisationId)
      .where('number', 'is not', null)
      .where('received_on', 'is not', null);
    if (after) {
      const { receivedOn, number } = after;
      q = q.where((eb) => eb.or([eb('received_on', '>', receivedOn), eb.and([eb('received_on', '=', receivedOn), eb('number', '>', number)])]));
    }
    const rows = await q.orderBy('received_on').orderBy('number').limit(pageSize).execute();
    for (const row of rows) {
      yield { number: row.number!, receivedOn: row.received_on!, dueOn: row.due_on, status: row.status as CaseStatus, outcome: row.outcome as Outcome | null };
    }
    if (rows.length < pageSize) return;
    const last = rows.at(-1)!;
    after = { receivedOn: last.received_on!, number: last.number! };
  }
}
