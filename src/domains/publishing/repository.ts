import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CatalogColumnsTable, InformationItemsTable, ItemAttachmentsTable } from '../../db/schema-publishing.ts';
import type { Initiator } from '../accounts/types.ts';
import type { Attachment, CatalogColumn, InformationItem, PublishingSettings } from './types.ts';
import { DEFAULT_INDEX_PATTERN, DEFAULT_WORKFLOW, WORKFLOW_STEPS } from './vocabulary.ts';
import type { DocumentKind, ItemStatus, Validity, WorkflowStep } from './vocabulary.ts';

/** Row ↔ domain mapping and the small reads commands and queries share. */
export type Db = Kysely<Database> | Transaction<Database>;

export function toColumn(row: Selectable<CatalogColumnsTable>): CatalogColumn {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    parentId: row.parent_id,
    code: row.code,
    name: row.name,
    position: Number(row.position),
    isDefault: Number(row.is_default) === 1,
    documentKind: row.document_kind as DocumentKind,
    matter: row.matter,
    basis: row.basis,
    timeLimit: row.time_limit,
    responsible: row.responsible,
    channels: row.channels,
    audience: row.audience,
    disclosureMethod: row.disclosure_method,
    level: row.level,
    updatePeriodDays: row.update_period_days === null ? null : Number(row.update_period_days),
    version: Number(row.version),
  };
}

export function toItem(row: Selectable<InformationItemsTable>): InformationItem {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    columnId: row.column_id,
    title: row.title,
    bodyHtml: row.body_html,
    indexNumber: row.index_number,
    issuer: row.issuer,
    topic: row.topic,
    docNumber: row.doc_number,
    madeOn: row.made_on,
    formedOn: row.formed_on,
    publishedOn: row.published_on,
    scheduledOn: row.scheduled_on,
    documentKind: row.document_kind as DocumentKind,
    validity: row.validity as Validity,
    effectiveOn: row.effective_on,
    repealedOn: row.repealed_on,
    expiredOn: row.expired_on,
    keywords: row.keywords,
    status: row.status as ItemStatus,
    authorUserId: row.author_user_id,
    rejectionReason: row.rejection_reason,
    withdrawnReason: row.withdrawn_reason,
    withdrawnOn: row.withdrawn_on,
    imported: Number(row.imported) === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

export function toAttachment(row: Selectable<ItemAttachmentsTable>): Attachment {
  return {
    id: row.id,
    itemId: row.item_id,
    fileName: row.file_name,
    contentType: row.content_type,
    size: Number(row.size),
    sha256: row.sha256,
    position: Number(row.position),
  };
}

export async function findItemRow(db: Db, id: string): Promise<InformationItem | undefined> {
  const row = await db.selectFrom('information_items').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toItem(row);
}

export async function findColumnRow(db: Db, id: string): Promise<CatalogColumn | undefined> {
  const row = await db.selectFrom('catalog_columns').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toColumn(row);
}

export async function listColumnRows(db: Db, organisationId: string): Promise<CatalogColumn[]> {
  const rows = await db.selectFrom('catalog_columns').selectAll().where('organisation_id', '=', organisationId).orderBy('position').execute();
  return rows.map(toColumn);
}

export function parseSteps(json: string): WorkflowStep[] {
  try {
    const value: unknown = JSON.parse(json);
    if (Array.isArray(value)) return WORKFLOW_STEPS.filter((step) => value.includes(step));
  } catch {
    // fall through: a damaged value means the full workflow, the safe default
  }
  return [...DEFAULT_WORKFLOW];
}

export async function loadSettings(db: Db, organisationId: string): Promise<PublishingSettings> {
  const row = await db.selectFrom('publishing_settings').selectAll().where('organisation_id', '=', organisationId).executeTakeFirst();
  if (!row) return { organisationId, indexPattern: DEFAULT_INDEX_PATTERN, indexCode: '', workflowSteps: [...DEFAULT_WORKFLOW], version: 0 };
  return { organisationId, indexPattern: row.index_pattern, indexCode: row.index_code, workflowSteps: parseSteps(row.workflow_steps), version: Number(row.version) };
}

export function actorName(initiator: Initiator): string {
  return initiator === 'system' ? '系统' : initiator.displayName;
}

export function actorId(initiator: Initiator): string | null {
  return initiator === 'system' ? null : initiator.userId;
}
