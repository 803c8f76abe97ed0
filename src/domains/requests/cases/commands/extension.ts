/**
 * 延长答复期限 (第三十三条第二款): the handler asks, the head of the disclosure office (分管领导)
 * consents, never the one who asked; the extensions of one case total at most 20 working days.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../../db/schema.ts';
import type { CommandContext } from '../../../accounts/index.ts';
import { MAX_EXTENSION_WORKDAYS } from '../../clock/index.ts';
import { actorId, actorName, caseRef, changeCase, dateField, notAfterToday } from '../change-case.ts';
import { applicationError, parseApplicationInput } from '../errors.ts';
import type { PendingExtension } from '../record.ts';

export const requestExtensionInput = z.object({
  ...caseRef,
  workdays: z.number({ error: '请填写延长的工作日数' }).int({ error: '延长的工作日数须为整数' }).min(1, { error: '至少延长1个工作日' }).max(MAX_EXTENSION_WORKDAYS, { error: '延长不得超过20个工作日' }),
  reason: z.string({ error: '请写明延期理由' }).trim().min(4, { error: '请写明延期理由' }).max(2000),
  requestedOn: dateField('申请日期').optional(),
});

export function requestExtension(db: Kysely<Database>, ctx: CommandContext, raw: z.input<typeof requestExtensionInput>) {
  const input = parseApplicationInput(requestExtensionInput, raw);
  return changeCase(db, ctx, input, 'application.handle', (c, { today }) => {
    if (c.pendingExtension) throw applicationError('applications.extension_pending');
    if (c.extensionWorkdays + input.workdays > MAX_EXTENSION_WORKDAYS) {
      throw applicationError('applications.extension_over_limit', `${c.extensionWorkdays} + ${input.workdays}`, [{ field: 'workdays', message: `已延长 ${c.extensionWorkdays} 个工作日，合计不得超过 ${MAX_EXTENSION_WORKDAYS} 个工作日` }]);
    }
    if (c.status === 'awaitingCorrection') throw applicationError('applications.invalid_input', 'awaiting correction', [{ field: 'workdays', message: '等待补正期间答复期限尚未起算，不能申请延期' }]);
    const on = input.requestedOn ?? today;
    notAfterToday(on, today, 'requestedOn');
    const pending: PendingExtension = { workdays: input.workdays, reason: input.reason, requestedOn: on, requestedBy: actorId(ctx), requestedByName: actorName(ctx) };
    return { set: { pending_extension: JSON.stringify(pending) }, event: 'application.extension_requested', data: { workdays: input.workdays, reason: input.reason } };
  });
}

export const decideExtensionInput = z.object({ ...caseRef, decidedOn: dateField('审批日期').optional(), note: z.string().trim().max(2000).optional() });

/** The leader consents: the extension goes on the clock with the approver's name. */
export function approveExtension(db: Kysely<Database>, ctx: CommandContext, raw: z.input<typeof decideExtensionInput>) {
  const input = parseApplicationInput(decideExtensionInput, raw);
  return changeCase(db, ctx, input, 'application.approveExtension', (c, { today }) => {
    const pending = c.pendingExtension;
    if (!pending) throw applicationError('applications.no_extension_pending');
    if (pending.requestedBy !== null && pending.requestedBy === actorId(ctx)) throw applicationError('applications.own_extension');
    if (c.extensionWorkdays + pending.workdays > MAX_EXTENSION_WORKDAYS) throw applicationError('applications.extension_over_limit');
    const on = input.decidedOn ?? today;
    notAfterToday(on, today, 'decidedOn');
    return {
      clock: [{ type: 'extended', on, workdays: pending.workdays, approvedBy: actorName(ctx) }],
      set: { pending_extension: null, extension_workdays: c.extensionWorkdays + pending.workdays },
      event: 'application.extension_approved', data: { workdays: pending.workdays, requestedBy: pending.requestedBy, note: input.note ?? null },
    };
  });
}

export function rejectExtension(db: Kysely<Database>, ctx: CommandContext, raw: z.input<typeof decideExtensionInput>) {
  const input = parseApplicationInput(decideExtensionInput, raw);
  return changeCase(db, ctx, input, 'application.approveExtension', (c) => {
    const pending = c.pendingExtension;
    if (!pending) throw applicationError('applications.no_extension_pending');
    if (pending.requestedBy !== null && pending.requestedBy === actorId(ctx)) throw applicationError('applications.own_extension');
    return { set: { pending_extension: null }, event: 'application.extension_rejected', data: { workdays: pending.workdays, note: input.note ?? null } };
  });
}
