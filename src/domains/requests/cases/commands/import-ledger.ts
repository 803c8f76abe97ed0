/**
 * 导入依申请公开台账 (issue 8, item 6): an agency brings in the ledger it keeps in Excel. All or
 * nothing: any bad row refuses the whole file with every line and reason (DomainError
 * `applications.import_refused`, one field `line-N` per problem), and nothing is written. A row is
 * identified by its 申请编号 within the organisation: a case imported before is updated when the
 * ledger changed it (closed since, outcome corrected …) and left alone otherwise, so importing the
 * same file again changes nothing. A number already used by a case handled in the platform is
 * refused rather than overwritten.
 */
import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import { newId } from '../../../../db/ids.ts';
import type { Database } from '../../../../db/schema.ts';
import type { ApplicationCasesTable } from '../../../../db/schema-requests.ts';
import { inTransaction } from '../../../../db/transaction.ts';
import type { CommandContext } from '../../../accounts/index.ts';
import { todayInShanghai } from '../../../calendar/index.ts';
import { DomainError } from '../../../shared/errors.ts';
import { readTableFile, UnreadableTable } from '../../../shared/table-file.ts';
import type { TableFile } from '../../../shared/table-file.ts';
import { MAX_EXTENSION_WORKDAYS } from '../../clock/index.ts';
import { initiatorCanOnApplications } from '../../policy.ts';
import { actorId } from '../change-case.ts';
import { APPLICATION_ERRORS, applicationError } from '../errors.ts';
import { recordApplicationEvent } from '../events.ts';
import { readLedgerRows } from '../import/ledger-rows.ts';
import type { LedgerCase, LedgerProblem } from '../import/ledger-rows.ts';
import { deriveStatus } from '../record.ts';

export interface ImportLedgerInput {
  organisationId: string;
  fileName: string;
  bytes: Uint8Array;
}

export interface LedgerImportSummary {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

/** Rows per INSERT: 33 columns × 300 stays well inside both databases' parameter limits. */
const BATCH = 300;

export function ledgerRefused(problems: readonly LedgerProblem[]): DomainError {
  const [kind, message] = APPLICATION_ERRORS['applications.import_refused'];
  return new DomainError(
    'applications.import_refused', kind, message, `ledger refused: ${problems.length} problem(s)`,
    problems.map((p) => ({ field: `line-${p.line}`, message: p.message })),
  );
}

/** The columns a ledger row determines (the rest are fixed for imported cases). */
function ledgerColumns(row: LedgerCase) {
  const closure = row.ledger.closure;
  return {
    applicant_type: row.applicantType,
    applicant_name: row.applicantName,
    description: row.description,
    channel: row.channel,
    arrived_on: row.receivedOn,
    received_on: row.receivedOn,
    clock_events: JSON.stringify(row.clock),
    extension_workdays: row.extended ? MAX_EXTENSION_WORKDAYS : 0,
    status: deriveStatus({ receivedOn: row.receivedOn, handlerUserId: null, decidedOn: row.closedOn }, row.ledger),
    outcome: closure ? row.outcome ?? 'other' : null,
    decided_on: row.closedOn,
    closed_on: closure?.on ?? null,
    due_on: row.ledger.dueOn,
    fee_amount_fen: row.feeFen,
    // A ledger has no payment date: a fee of a closed case is taken as paid when it closed.
    fee_paid_on: row.feeFen > 0 && row.closedOn ? row.closedOn : null,
  };
}

type LedgerColumns = ReturnType<typeof ledgerColumns>;
const COMPARED = [
  'applicant_type', 'applicant_name', 'description', 'channel', 'arrived_on', 'received_on', 'clock_events', 'extension_workdays',
  'status', 'outcome', 'decided_on', 'closed_on', 'due_on', 'fee_amount_fen', 'fee_paid_on',
] as const satisfies readonly (keyof LedgerColumns)[];

function unchanged(before: Selectable<ApplicationCasesTable>, after: LedgerColumns): boolean {
  return COMPARED.every((key) => String(before[key] ?? '') === String(after[key] ?? ''));
}

export async function importApplicationLedger(db: Kysely<Database>, ctx: CommandContext, input: ImportLedgerInput): Promise<LedgerImportSummary> {
  let table;
  try {
    table = await readTableFile(input.fileName, input.bytes);
  } catch (error) {
    if (error instanceof UnreadableTable) throw ledgerRefused([{ line: error.line, message: error.message }]);
    throw error;
  }
  return importLedgerTable(db, ctx, { organisationId: input.organisationId, fileName: input.fileName, table });
}

/** The same import from a table already read (the demo builds its ledger in memory). */
export async function importLedgerTable(db: Kysely<Database>, ctx: CommandContext, input: { organisationId: string; fileName: string; table: TableFile }): Promise<LedgerImportSummary> {
  const { rows, problems } = readLedgerRows(input.table, todayInShanghai(ctx.clock));
  if (problems.length > 0) throw ledgerRefused(problems);
  return inTransaction(db, async (trx) => {
    const organisation = await trx.selectFrom('organisations').select(['id', 'path']).where('id', '=', input.organisationId).executeTakeFirst();
    if (!organisation) throw applicationError('applications.not_found', `organisation ${input.organisationId}`);
    if (!initiatorCanOnApplications(ctx.actor, 'application.register', { organisationPath: organisation.path })) {
      throw applicationError('applications.forbidden', 'import ledger');
    }
    const existing = new Map<string, Selectable<ApplicationCasesTable>>();
    for (const row of await trx.selectFrom('application_cases').selectAll().where('organisation_id', '=', organisation.id).where('number', 'is not', null).execute()) {
      existing.set(row.number!, row);
    }
    const clash = rows.filter((r) => existing.get(r.number) && existing.get(r.number)!.source !== 'import');
    if (clash.length > 0) {
      throw ledgerRefused(clash.map((r) => ({ line: r.line, message: `申请编号“${r.number}”已是本系统中办理的申请，台账不能覆盖它` })));
    }
    const now = ctx.clock.now().toISOString();
    const summary: LedgerImportSummary = { rows: rows.length, inserted: 0, updated: 0, unchanged: 0 };
    const inserts: LedgerCase[] = [];
    for (const row of rows) {
      const before = existing.get(row.number);
      if (!before) inserts.push(row);
      else if (unchanged(before, ledgerColumns(row))) summary.unchanged++;
      else {
        await updateImported(trx, before, row, now);
        summary.updated++;
      }
    }
    for (let i = 0; i < inserts.length; i += BATCH) await insertBatch(trx, ctx, organisation.id, inserts.slice(i, i + BATCH), now);
    summary.inserted = inserts.length;
    if (summary.inserted + summary.updated > 0) {
      await recordApplicationEvent(trx, ctx, { name: 'application.imported', caseId: null, organisationId: organisation.id, data: { fileName: input.fileName, ...summary } });
    }
    return summary;
  });
}

async function insertBatch(trx: Transaction<Database>, ctx: CommandContext, organisationId: string, rows: readonly LedgerCase[], now: string): Promise<void> {
  const cases: Insertable<ApplicationCasesTable>[] = rows.map((row) => ({
    id: newId(), organisation_id: organisationId, number: row.number, source: 'import',
    applicant_id_number: '', applicant_id_file_id: null, applicant_contact: '', delivery_form: 'paper', delivery_way: 'post',
    query_code_hash: null, handler_user_id: null, pending_extension: null, draft_token_hash: null,
    created_by: actorId(ctx), created_at: now, updated_at: now, version: 1,
    ...ledgerColumns(row),
  }));
  await trx.insertInto('application_cases').values(cases).execute();
  await trx.insertInto('application_items').values(cases.map((c) => ({
    id: newId(), case_id: c.id, position: 0, description: c.description, outcome: c.outcome ?? null, decided_on: c.decided_on ?? null, reason: null,
  }))).execute();
}

async function updateImported(trx: Transaction<Database>, before: Selectable<ApplicationCasesTable>, row: LedgerCase, now: string): Promise<void> {
  const columns = ledgerColumns(row);
  await trx.updateTable('application_cases').set({ ...columns, updated_at: now, version: Number(before.version) + 1 })
    .where('id', '=', before.id).where('version', '=', before.version).execute();
  await trx.updateTable('application_items').set({ outcome: columns.outcome, decided_on: columns.decided_on, description: columns.description }).where('case_id', '=', before.id).execute();
}
