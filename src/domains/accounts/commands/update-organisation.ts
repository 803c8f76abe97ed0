import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../db/schema.ts';
import { updateVersioned } from '../../../db/optimistic.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { parseInput } from '../errors.ts';
import { recordAccountEvent } from '../events.ts';
import { ORGANISATION_KINDS } from '../organisation-kinds.ts';
import type { CommandContext, Organisation } from '../types.ts';
import { getOrganisationForActor } from '../queries/get-organisation-for-actor.ts';

export const updateOrganisationInput = z.object({
  organisationId: z.string(),
  version: z.number().int(),
  name: z.string({ error: '请填写机构名称' }).trim().min(2, { error: '机构名称至少2个字' }).max(100, { error: '机构名称不能超过100个字' }),
  kind: z.enum(ORGANISATION_KINDS, { error: '请选择机构类型' }),
});
export type UpdateOrganisationInput = z.input<typeof updateOrganisationInput>;

/** 修改机构信息 (name, kind), with optimistic concurrency. The code never changes (URLs use it). */
export async function updateOrganisation(db: Kysely<Database>, ctx: CommandContext, rawInput: UpdateOrganisationInput): Promise<Organisation> {
  const input = parseInput(updateOrganisationInput, rawInput);
  return inTransaction(db, async (trx) => {
    const before = await getOrganisationForActor(trx, ctx.actor, input.organisationId, 'organisation.manage');
    const version = await updateVersioned(trx, 'organisations', before.id, input.version, { name: input.name, kind: input.kind });
    await recordAccountEvent(trx, ctx, {
      name: 'organisation.updated',
      subjectType: 'organisation',
      subjectId: before.id,
      organisationId: before.id,
      data: { from: { name: before.name, kind: before.kind }, to: { name: input.name, kind: input.kind } },
    });
    return { ...before, name: input.name, kind: input.kind, version };
  });
}
