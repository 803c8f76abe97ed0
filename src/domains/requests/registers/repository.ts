import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { AppealsTable, ConsultationsTable } from '../../../db/schema-registers.ts';
import type { Appeal, Consultation } from './types.ts';
import type { AppealKind, AppealResult, ConsultationChannel } from './vocabulary.ts';

export type Db = Kysely<Database> | Transaction<Database>;

export function toConsultation(row: Selectable<ConsultationsTable>): Consultation {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    channel: row.channel as ConsultationChannel,
    consultedOn: row.consulted_on,
    summary: row.summary,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

export function toAppeal(row: Selectable<AppealsTable>): Appeal {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    kind: row.kind as AppealKind,
    afterReview: Number(row.after_review) === 1,
    filedOn: row.filed_on,
    result: (row.result as AppealResult | null) ?? null,
    closedOn: row.closed_on ?? null,
    applicationNumber: row.application_number ?? null,
    caseNumber: row.case_number ?? null,
    note: row.note ?? null,
    importKey: row.import_key ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

/** Ids are generated UUIDs: anything else from a URL cannot name a row. */
export function isPlausibleId(id: unknown): id is string {
  return typeof id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(id);
}
