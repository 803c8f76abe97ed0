import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../db/schema.ts';
import { updateVersioned } from '../../../db/optimistic.ts';
import { inTransaction } from '../../../db/transaction.ts';
import type { CommandContext } from '../../accounts/index.ts';
import { isCalendarDate } from '../../calendar/index.ts';
import { checkAnnualReport, findingKey } from '../checks.ts';
import { invalidInput, notEditable, parseInput } from '../errors.ts';
import { recordReportEvent } from '../events.ts';
import { publishedRevision, reportFor } from '../repository.ts';
import type { AnnualReportRecord, EditableSection } from '../types.ts';

const MAX_SECTION = 20_000;
/** Paragraphs from a textarea: one per non-empty line. */
const paragraphs = (label: string) => z.string().max(MAX_SECTION, { error: `${label}不能超过${MAX_SECTION}字` })
  .transform((text) => text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean));

export const updateSectionsInput = z.object({
  reportId: z.string().min(1),
  version: z.coerce.number().int(),
  overview: paragraphs('一、总体情况').optional(),
  problems: paragraphs('五、存在的主要问题及改进情况').optional(),
  other: paragraphs('六、其他需要报告的事项').optional(),
});
export type UpdateSectionsInput = z.input<typeof updateSectionsInput>;

function assertEditable(record: AnnualReportRecord): void {
  if (record.status !== 'draft' && record.status !== 'checked') throw notEditable(record.id);
}

/** 编辑正文 (sections 一, 五, 六) of a draft; a checked report goes back to draft. */
export async function updateReportSections(db: Kysely<Database>, ctx: CommandContext, rawInput: UpdateSectionsInput): Promise<AnnualReportRecord> {
  const input = parseInput(updateSectionsInput, rawInput);
  return inTransaction(db, async (trx) => {
    const { record } = await reportFor(trx, ctx.actor, input.reportId, 'annual_report.edit');
    assertEditable(record);
    const changed: EditableSection[] = (['overview', 'problems', 'other'] as const).filter((key) => input[key] !== undefined);
    const sections = { ...record.sections, ...Object.fromEntries(changed.map((key) => [key, input[key]!])) };
    const now = ctx.clock.now().toISOString();
    const version = await updateVersioned(trx, 'annual_reports', record.id, input.version, {
      sections: JSON.stringify(sections), status: 'draft', findings: '[]', checked_at: null, updated_at: now,
    });
    await recordReportEvent(trx, ctx, { name: 'annual_report.sections_updated', reportId: record.id, organisationId: record.organisationId, data: { sections: changed } });
    return { ...record, sections, status: 'draft', findings: [], checkedAt: null, updatedAt: now, version };
  });
}

export const checkReportInput = z.object({ reportId: z.string().min(1), version: z.coerce.number().int() });

/**
 * 校验: every rule of the report core on the tables and the text, and carry-over from last year's
 * published report. No error → status `checked`. Acknowledgements of warnings that no longer
 * occur are dropped.
 */
export async function checkAnnualReportCommand(db: Kysely<Database>, ctx: CommandContext, rawInput: z.input<typeof checkReportInput>): Promise<AnnualReportRecord> {
  const input = parseInput(checkReportInput, rawInput);
  return inTransaction(db, async (trx) => {
    const { record } = await reportFor(trx, ctx.actor, input.reportId, 'annual_report.edit');
    assertEditable(record);
    const previous = await publishedRevision(trx, record.organisationId, record.year - 1);
    const findings = checkAnnualReport(record.report, record.sections, previous?.report);
    const keys = new Set(findings.map(findingKey));
    const acknowledgements = record.acknowledgements.filter((a) => keys.has(findingKey(a)));
    const status = findings.some((f) => f.severity === 'error') ? 'draft' : 'checked';
    const now = ctx.clock.now().toISOString();
    const version = await updateVersioned(trx, 'annual_reports', record.id, input.version, {
      findings: JSON.stringify(findings), acknowledgements: JSON.stringify(acknowledgements), status, checked_at: now, updated_at: now,
    });
    await recordReportEvent(trx, ctx, {
      name: 'annual_report.checked', reportId: record.id, organisationId: record.organisationId,
      data: { errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length },
    });
    return { ...record, findings, acknowledgements, status, checkedAt: now, updatedAt: now, version };
  });
}

export const acknowledgeInput = z.object({
  reportId: z.string().min(1),
  version: z.coerce.number().int(),
  rule: z.string().min(1),
  at: z.string().nullable().transform((v) => (v === '' ? null : v)),
  note: z.string({ error: '请填写确认说明' }).trim().min(2, { error: '请填写确认说明（至少2个字），说明该提示为何不影响发布' }).max(500, { error: '确认说明不能超过500字' }),
});

/** 确认提示: a warning of the last check accepted with a note. */
export async function acknowledgeWarning(db: Kysely<Database>, ctx: CommandContext, rawInput: z.input<typeof acknowledgeInput>): Promise<AnnualReportRecord> {
  const input = parseInput(acknowledgeInput, rawInput);
  return inTransaction(db, async (trx) => {
    const { record } = await reportFor(trx, ctx.actor, input.reportId, 'annual_report.edit');
    assertEditable(record);
    const key = findingKey(input);
    const finding = record.findings.find((f) => f.severity === 'warning' && findingKey(f) === key);
    if (!finding) throw invalidInput([{ field: 'rule', message: '该提示已不存在，请重新校验' }], `no warning ${key}`);
    const now = ctx.clock.now().toISOString();
    const acknowledgements = [
      ...record.acknowledgements.filter((a) => findingKey(a) !== key),
      { rule: input.rule, at: input.at, note: input.note, byUserId: ctx.actor === 'system' ? null : ctx.actor.userId, acknowledgedAt: now },
    ];
    const version = await updateVersioned(trx, 'annual_reports', record.id, input.version, { acknowledgements: JSON.stringify(acknowledgements), updated_at: now });
    await recordReportEvent(trx, ctx, { name: 'annual_report.warning_acknowledged', reportId: record.id, organisationId: record.organisationId, data: { rule: input.rule, at: input.at, note: input.note } });
    return { ...record, acknowledgements, updatedAt: now, version };
  });
}

export const lockInput = z.object({
  reportId: z.string().min(1),
  version: z.coerce.number().int(),
  lockedOn: z.string().refine(isCalendarDate, { error: '锁定日期格式应为YYYY-MM-DD' }),
});

/** 锁定数据: from `lockedOn` on, the numbers are frozen (no regeneration); the text stays editable. */
export async function lockReportNumbers(db: Kysely<Database>, ctx: CommandContext, rawInput: z.input<typeof lockInput>): Promise<AnnualReportRecord> {
  const input = parseInput(lockInput, rawInput);
  return inTransaction(db, async (trx) => {
    const { record } = await reportFor(trx, ctx.actor, input.reportId, 'annual_report.edit');
    assertEditable(record);
    const now = ctx.clock.now().toISOString();
    const version = await updateVersioned(trx, 'annual_reports', record.id, input.version, { locked_on: input.lockedOn, updated_at: now });
    await recordReportEvent(trx, ctx, { name: 'annual_report.locked', reportId: record.id, organisationId: record.organisationId, data: { lockedOn: input.lockedOn } });
    return { ...record, lockedOn: input.lockedOn, updatedAt: now, version };
  });
}
