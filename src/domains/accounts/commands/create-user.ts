import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { isUniqueViolation } from '../../../db/errors.ts';
import { newId } from '../../../db/ids.ts';
import type { Database } from '../../../db/schema.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { invalidInput, parseInput } from '../errors.ts';
import { recordAccountEvent } from '../events.ts';
import { nameSchema } from '../names.ts';
import { hashPassword, passwordProblems } from '../passwords.ts';
import { ROLES } from '../roles.ts';
import { toUserSummary } from '../repository.ts';
import type { CommandContext, UserSummary } from '../types.ts';
import { assignRoleIn } from './assign-role.ts';

export const USERNAME = /^[a-z][a-z0-9_.-]{2,31}$/;

export const createUserInput = z
  .object({
    username: z
      .string({ error: '请填写用户名' })
      .trim()
      .toLowerCase()
      .regex(USERNAME, { error: '用户名须为3至32位小写字母、数字或 _ . -，并以字母开头' }),
    displayName: nameSchema('姓名', 1, 50),
    password: z.string({ error: '请填写密码' }),
    mustChangePassword: z.boolean().default(false),
    roles: z
      .array(z.object({ organisationId: z.string({ error: '请选择机构' }), role: z.enum(ROLES, { error: '请选择角色' }) }))
      .default([]),
  })
  .superRefine((input, ctx) => {
    for (const problem of passwordProblems(input.password, input.username)) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  });
export type CreateUserInput = z.input<typeof createUserInput>;

/**
 * 新建用户, with its first roles, in one transaction. An actor (not the system) must administer
 * every organisation named in `roles`, and must name at least one.
 */
export async function createUser(db: Kysely<Database>, ctx: CommandContext, rawInput: CreateUserInput): Promise<UserSummary> {
  const input = parseInput(createUserInput, rawInput);
  if (ctx.actor !== 'system' && input.roles.length === 0) throw invalidInput([{ field: 'roles', message: '请至少分配一个角色' }], 'no role');
  const passwordHash = await hashPassword(input.password);
  try {
    return await inTransaction(db, (trx) => insertUser(trx, ctx, input, passwordHash));
  } catch (error) {
    if (isUniqueViolation(error)) throw usernameTaken();
    throw error;
  }
}

async function insertUser(trx: Transaction<Database>, ctx: CommandContext, input: z.output<typeof createUserInput>, passwordHash: string) {
  const taken = await trx.selectFrom('users').select('id').where('username', '=', input.username).executeTakeFirst();
  if (taken) throw usernameTaken();
  const row = {
    id: newId(),
    username: input.username,
    display_name: input.displayName,
    password_hash: passwordHash,
    failed_attempts: 0,
    locked_until: null,
    locked_at: null,
    must_change_password: input.mustChangePassword ? 1 : 0,
    disabled: 0,
    created_at: ctx.clock.now().toISOString(),
    version: 1,
  };
  await trx.insertInto('users').values(row).execute();
  await recordAccountEvent(trx, ctx, {
    name: 'user.created',
    subjectType: 'user',
    subjectId: row.id,
    organisationId: input.roles[0]?.organisationId ?? null,
    data: { username: row.username, displayName: row.display_name },
  });
  for (const assignment of input.roles) await assignRoleIn(trx, ctx, { userId: row.id, ...assignment }, { newUser: true });
  return toUserSummary(row, input.roles);
}

function usernameTaken() {
  return invalidInput([{ field: 'username', message: '该用户名已被使用' }], 'username taken');
}
