import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../db/schema.ts';
import { newId } from '../../../db/ids.ts';
import { updateVersioned } from '../../../db/optimistic.ts';
import { inTransaction } from '../../../db/transaction.ts';
import type { CommandContext, Organisation } from '../../accounts/index.ts';
import { CATALOG_TEMPLATES, DEFAULT_TIME_LIMIT, levelFor, templateFor } from '../catalog-templates.ts';
import type { CatalogTemplateName, ColumnTemplate } from '../catalog-templates.ts';
import { columnNotFound, invalidInput, parseInput } from '../errors.ts';
import { recordPublishingEvent } from '../events.ts';
import { isValidIndexPattern } from '../index-number.ts';
import { organisationFor } from '../organisation-access.ts';
import { findColumnRow, listColumnRows, loadSettings, toColumn } from '../repository.ts';
import { touchPortal } from '../portal-generation.ts';
import type { CatalogColumn, PublishingSettings } from '../types.ts';
import { DOCUMENT_KINDS, WORKFLOW_STEPS } from '../vocabulary.ts';

/**
 * Creates an organisation's catalog from the standard template for its kind (township or county
 * department), with the catalog row fields filled from the template. Does nothing when the
 * organisation already has columns. Returns the columns.
 */
export async function ensureCatalog(db: Kysely<Database>, ctx: CommandContext, organisationId: string, template?: CatalogTemplateName): Promise<CatalogColumn[]> {
  return inTransaction(db, async (trx) => {
    const organisation = await organisationFor(trx, ctx.actor, organisationId, 'catalog.manage');
    const existing = await listColumnRows(trx, organisation.id);
    if (existing.length > 0) return existing;
    const name = template ?? templateFor(organisation.kind);
    await insertTemplate(trx, ctx, organisation, CATALOG_TEMPLATES[name]);
    await recordPublishingEvent(trx, ctx, { name: 'catalog.created', subjectType: 'organisation', subjectId: organisation.id, organisationId: organisation.id, data: { template: name } });
    await touchPortal(trx, organisation.id);
    return listColumnRows(trx, organisation.id);
  });
}

async function insertTemplate(trx: Transaction<Database>, ctx: CommandContext, organisation: Organisation, templates: readonly ColumnTemplate[]): Promise<void> {
  let position = 0;
  const now = ctx.clock.now().toISOString();
  const walk = async (nodes: readonly ColumnTemplate[], parentId: string | null): Promise<void> => {
    for (const node of nodes) {
      const id = newId();
      position += 1;
      await trx
        .insertInto('catalog_columns')
        .values({
          id,
          organisation_id: organisation.id,
          parent_id: parentId,
          code: node.code,
          name: node.name,
          position,
          is_default: node.isDefault ? 1 : 0,
          document_kind: node.documentKind ?? 'other',
          matter: node.name,
          basis: node.basis,
          time_limit: node.timeLimit ?? DEFAULT_TIME_LIMIT,
          responsible: organisation.name,
          channels: '■政府网站',
          audience: '全社会',
          disclosure_method: '主动',
          level: levelFor(organisation.kind),
          update_period_days: node.updatePeriodDays ?? null,
          created_at: now,
          version: 1,
        })
        .execute();
      if (node.children) await walk(node.children, id);
    }
  };
  await walk(templates, null);
}

const optionalText = (max: number) => z.string().trim().max(max, { error: `不能超过${max}个字` }).default('');

export const columnFieldsInput = z.object({
  name: z.string({ error: '请填写栏目名称' }).trim().min(1, { error: '请填写栏目名称' }).max(100, { error: '栏目名称不能超过100个字' }),
  code: z
    .string({ error: '请填写栏目代码' })
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: '栏目代码只能包含小写字母、数字和连字符，最多40个字符' }),
  parentId: z.string().trim().default(''),
  documentKind: z.enum(DOCUMENT_KINDS, { error: '请选择文件类型' }).default('other'),
  matter: optionalText(500),
  basis: optionalText(2000),
  timeLimit: optionalText(500),
  responsible: optionalText(200),
  channels: optionalText(500),
  audience: optionalText(32),
  disclosureMethod: optionalText(32),
  level: optionalText(32),
  updatePeriodDays: z
    .union([z.number(), z.string()])
    .optional()
    .transform((value, context) => {
      if (value === undefined || value === '') return null;
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 3650) {
        context.addIssue({ code: 'custom', message: '更新周期应为1至3650之间的天数' });
        return z.NEVER;
      }
      return n;
    }),
});
export type ColumnFieldsInput = z.input<typeof columnFieldsInput>;

async function checkParent(trx: Transaction<Database>, organisationId: string, parentId: string, selfId?: string): Promise<string | null> {
  if (!parentId) return null;
  const parent = await findColumnRow(trx, parentId);
  if (!parent || parent.organisationId !== organisationId || parent.id === selfId) throw invalidInput([{ field: 'parentId', message: '上级栏目无效' }]);
  return parent.id;
}

async function checkCodeFree(trx: Transaction<Database>, organisationId: string, code: string, selfId?: string): Promise<void> {
  const clash = await trx.selectFrom('catalog_columns').select('id').where('organisation_id', '=', organisationId).where('code', '=', code).executeTakeFirst();
  if (clash && clash.id !== selfId) throw invalidInput([{ field: 'code', message: '本机构已有相同代码的栏目' }]);
}

/** 新增栏目 */
export async function createColumn(db: Kysely<Database>, ctx: CommandContext, organisationId: string, raw: ColumnFieldsInput): Promise<CatalogColumn> {
  const input = parseInput(columnFieldsInput, raw);
  return inTransaction(db, async (trx) => {
    const organisation = await organisationFor(trx, ctx.actor, organisationId, 'catalog.manage');
    const parentId = await checkParent(trx, organisation.id, input.parentId);
    await checkCodeFree(trx, organisation.id, input.code);
    const last = await trx.selectFrom('catalog_columns').select((eb) => eb.fn.max('position').as('max')).where('organisation_id', '=', organisation.id).executeTakeFirst();
    const id = newId();
    await trx
      .insertInto('catalog_columns')
      .values({
        id,
        organisation_id: organisation.id,
        parent_id: parentId,
        code: input.code,
        name: input.name,
        position: Number(last?.max ?? 0) + 1,
        is_default: 0,
        document_kind: input.documentKind,
        matter: input.matter,
        basis: input.basis,
        time_limit: input.timeLimit,
        responsible: input.responsible,
        channels: input.channels,
        audience: input.audience,
        disclosure_method: input.disclosureMethod,
        level: input.level,
        update_period_days: input.updatePeriodDays,
        created_at: ctx.clock.now().toISOString(),
        version: 1,
      })
      .execute();
    await recordPublishingEvent(trx, ctx, { name: 'catalog_column.created', subjectType: 'catalog_column', subjectId: id, organisationId: organisation.id, data: { code: input.code, name: input.name } });
    await touchPortal(trx, organisation.id);
    return toColumn(await trx.selectFrom('catalog_columns').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
  });
}

/** 修改栏目 and its catalog row fields, with optimistic concurrency. */
export async function updateColumn(db: Kysely<Database>, ctx: CommandContext, columnId: string, version: number, raw: ColumnFieldsInput): Promise<CatalogColumn> {
  const input = parseInput(columnFieldsInput, raw);
  return inTransaction(db, async (trx) => {
    const before = await findColumnRow(trx, columnId);
    if (!before) throw columnNotFound(columnId);
    await organisationFor(trx, ctx.actor, before.organisationId, 'catalog.manage');
    const parentId = await checkParent(trx, before.organisationId, input.parentId, before.id);
    await checkCodeFree(trx, before.organisationId, input.code, before.id);
    await updateVersioned(trx, 'catalog_columns', before.id, version, {
      parent_id: parentId,
      code: input.code,
      name: input.name,
      document_kind: input.documentKind,
      matter: input.matter,
      basis: input.basis,
      time_limit: input.timeLimit,
      responsible: input.responsible,
      channels: input.channels,
      audience: input.audience,
      disclosure_method: input.disclosureMethod,
      level: input.level,
      update_period_days: input.updatePeriodDays,
    });
    await recordPublishingEvent(trx, ctx, { name: 'catalog_column.updated', subjectType: 'catalog_column', subjectId: before.id, organisationId: before.organisationId, data: { code: input.code, name: input.name } });
    await touchPortal(trx, before.organisationId);
    return (await findColumnRow(trx, before.id))!;
  });
}

export const settingsInput = z.object({
  indexPattern: z.string().trim().refine(isValidIndexPattern, { error: '索引号格式无效：须含且仅含一个 {seq:N}，可用 {orgCode}、{year}、{month}' }),
  indexCode: z.string().trim().max(40, { error: '索引号前段码不能超过40个字符' }).default(''),
  workflowSteps: z.array(z.enum(WORKFLOW_STEPS)).min(1, { error: '至少保留一个审核环节' }),
});
export type SettingsInput = z.input<typeof settingsInput>;

/** 发布设置: the 索引号 pattern and the review steps (三审三校) of one organisation. */
export async function updatePublishingSettings(db: Kysely<Database>, ctx: CommandContext, organisationId: string, raw: SettingsInput): Promise<PublishingSettings> {
  const input = parseInput(settingsInput, raw);
  return inTransaction(db, async (trx) => {
    const organisation = await organisationFor(trx, ctx.actor, organisationId, 'catalog.manage');
    const steps = WORKFLOW_STEPS.filter((step) => input.workflowSteps.includes(step));
    const values = { index_pattern: input.indexPattern, index_code: input.indexCode, workflow_steps: JSON.stringify(steps) };
    const current = await loadSettings(trx, organisation.id);
    if (current.version === 0) {
      await trx.insertInto('publishing_settings').values({ organisation_id: organisation.id, ...values, version: 1 }).execute();
    } else {
      await trx.updateTable('publishing_settings').set(values).set((eb) => ({ version: eb('version', '+', 1) })).where('organisation_id', '=', organisation.id).execute();
    }
    await recordPublishingEvent(trx, ctx, { name: 'publishing_settings.updated', subjectType: 'organisation', subjectId: organisation.id, organisationId: organisation.id, data: { ...values } });
    return loadSettings(trx, organisation.id);
  });
}
