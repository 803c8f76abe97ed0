import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../db/schema.ts';
import { updateVersioned } from '../../../db/optimistic.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { parseInput } from '../errors.ts';
import { recordAccountEvent } from '../events.ts';
import { invalidInput } from '../errors.ts';
import { nameSchema } from '../names.ts';
import { kindProblem, ORGANISATION_KINDS } from '../organisation-kinds.ts';
import type { OrganisationKind } from '../organisation-kinds.ts';
import { checkPlaceInTree } from './create-organisation.ts';
import type { CommandContext, Organisation } from '../types.ts';
import { getOrganisationForActor } from '../queries/get-organisation-for-actor.ts';

export const updateOrganisationInput = z.object({
  organisationId: z.string(),
  version: z.number().int(),
  name: nameSchema('机构名称', 2, 100),
  kind: z.enum(ORGANISATION_KINDS, { error: '请选择机构类型' }),
});
export type UpdateOrganisationInput = z.input<typeof updateOrganisationInput>;

/** 修改机构信息 (name, kind), with optimistic concurrency. The code never changes (URLs use it). */
export async function updateOrganisation(db: Kysely<Database>, ctx: CommandContext, rawInput: UpdateOrganisationInput): Promise<Organisation> {
  const input = parseInput(updateOrganisationInput, rawInput);
  return inTransaction(db, async (trx) => {
    const before = await getOrganisationForActor(trx, ctx.actor, input.organisationId, 'organisation.manage');
    await checkPlaceInTree(trx, { parentId: before.parentId, name: input.name, kind: input.kind, selfId: before.id });
    // The organisations below must still fit under the new kind.
    const children = await trx.selectFrom('organisations').select('kind').where('parent_id', '=', before.id).execute();
    const misfit = children.map((child) => kindProblem(input.kind, child.kind as OrganisationKind)).find(Boolean);
    if (misfit) throw invalidInput([{ field: 'kind', message: `下级机构与新的机构类型不符：${misfit}` }], 'children do not fit the new kind');
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
