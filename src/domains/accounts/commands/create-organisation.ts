import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { isUniqueViolation } from '../../../db/errors.ts';
import { newId } from '../../../db/ids.ts';
import type { Database } from '../../../db/schema.ts';
import { inTransaction } from '../../../db/transaction.ts';
import type { FieldProblem } from '../../shared/errors.ts';
import { forbidden, invalidInput, parseInput } from '../errors.ts';
import { recordAccountEvent } from '../events.ts';
import { nameSchema } from '../names.ts';
import { kindProblem, ORGANISATION_KINDS } from '../organisation-kinds.ts';
import type { OrganisationKind } from '../organisation-kinds.ts';
import { initiatorCan } from '../policy.ts';
import { toOrganisation } from '../repository.ts';
import type { CommandContext, Organisation } from '../types.ts';

export const ORGANISATION_CODE = /^[a-z0-9][a-z0-9-]{1,63}$/;

export const createOrganisationInput = z.object({
  code: z
    .string({ error: '请填写机构代码' })
    .trim()
    .toLowerCase()
    .regex(ORGANISATION_CODE, { error: '机构代码须为2至64位小写字母、数字或连字符' }),
  name: nameSchema('机构名称', 2, 100),
  kind: z.enum(ORGANISATION_KINDS, { error: '请选择机构类型' }),
  /** 上级机关; omitted for a root (only the system may create one). */
  parentId: z.string().optional().nullable(),
});
export type CreateOrganisationInput = z.input<typeof createOrganisationInput>;

/** 新建机构: a root (system only) or an organisation below one the actor administers. */
export async function createOrganisation(db: Kysely<Database>, ctx: CommandContext, rawInput: CreateOrganisationInput): Promise<Organisation> {
  const input = parseInput(createOrganisationInput, rawInput);
  const id = newId();
  try {
    return await inTransaction(db, async (trx) => {
      let path = `/${id}/`;
      if (input.parentId) {
        const parent = await trx.selectFrom('organisations').select(['id', 'path', 'kind']).where('id', '=', input.parentId).executeTakeFirst();
        if (!parent) throw invalidInput([{ field: 'parentId', message: '上级机关不存在' }], 'parent not found');
        if (!initiatorCan(ctx.actor, 'organisation.manage', { organisationPath: parent.path })) {
          throw forbidden('createOrganisation: actor does not administer the parent');
        }
        path = `${parent.path}${id}/`;
      } else if (ctx.actor !== 'system') {
        throw forbidden('createOrganisation: only the system creates a root organisation');
      }
      await checkPlaceInTree(trx, { parentId: input.parentId ?? null, name: input.name, kind: input.kind });
      const taken = await trx.selectFrom('organisations').select('id').where('code', '=', input.code).executeTakeFirst();
      if (taken) throw codeTaken();
      const row = {
        id,
        code: input.code,
        name: input.name,
        parent_id: input.parentId ?? null,
        kind: input.kind,
        path,
        created_at: ctx.clock.now().toISOString(),
        version: 1,
      };
      await trx.insertInto('organisations').values(row).execute();
      await recordAccountEvent(trx, ctx, {
        name: 'organisation.created',
        subjectType: 'organisation',
        subjectId: id,
        organisationId: id,
        data: { code: row.code, name: row.name, kind: row.kind, parentId: row.parent_id },
      });
      return toOrganisation(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}

/**
 * The kind fits under the parent (CHILD_KINDS) and no sibling has the same name (a second
 * 伊川县人民政府 under 水寨镇 is refused). `selfId`: the organisation being changed, not its own sibling.
 */
export async function checkPlaceInTree(
  trx: Transaction<Database>,
  place: { parentId: string | null; name: string; kind: OrganisationKind; selfId?: string },
): Promise<void> {
  const parent = place.parentId ? await trx.selectFrom('organisations').select('kind').where('id', '=', place.parentId).executeTakeFirst() : undefined;
  const problems: FieldProblem[] = [];
  const misplaced = kindProblem((parent?.kind as OrganisationKind | undefined) ?? null, place.kind);
  if (misplaced) problems.push({ field: 'kind', message: misplaced });
  // Roots are the system's alone (CLI, one per installation's top level): siblings are checked below a parent.
  if (place.parentId) {
    let siblings = trx.selectFrom('organisations').select('id').where('name', '=', place.name).where('parent_id', '=', place.parentId);
    if (place.selfId) siblings = siblings.where('id', '!=', place.selfId);
    if (await siblings.executeTakeFirst()) problems.push({ field: 'name', message: '同一上级机关下已有同名机构' });
  }
  if (problems.length > 0) throw invalidInput(problems, 'organisation does not fit in the tree');
}

function codeTaken() {
  return invalidInput([{ field: 'code', message: '该机构代码已被使用' }], 'organisation code taken');
}
