import type { Kysely } from 'kysely';
import { z } from 'zod';
import { newId } from '../../../../db/ids.ts';
import { updateVersioned } from '../../../../db/optimistic.ts';
import type { Database } from '../../../../db/schema.ts';
import { inTransaction } from '../../../../db/transaction.ts';
import type { CommandContext } from '../../../accounts/index.ts';
import { todayInShanghai } from '../../../calendar/index.ts';
import { organisationForRegister } from '../access.ts';
import type { AppealFields } from '../appeal-input.ts';
import { appealFactProblems, appealFields } from '../appeal-input.ts';
import { invalidInput, parseInput } from '../errors.ts';
import { recordRegisterEvent } from '../events.ts';
import { getAppealForActor } from '../queries/appeals.ts';
import { toAppeal } from '../repository.ts';
import type { Appeal } from '../types.ts';

export const recordAppealInput = appealFields.extend({ organisationId: z.string() });
export type RecordAppealInput = z.input<typeof recordAppealInput>;
export const updateAppealInput = appealFields.extend({ appealId: z.string(), version: z.number().int() });
export type UpdateAppealInput = z.input<typeof updateAppealInput>;

function checkFacts(facts: AppealFields, ctx: CommandContext): void {
  const problems = appealFactProblems(facts, todayInShanghai(ctx.clock));
  if (problems.length > 0) throw invalidInput(problems, 'appeal facts inconsistent');
}

export function appealColumns(facts: AppealFields) {
  return {
    kind: facts.kind,
    after_review: facts.afterReview ? 1 : 0,
    filed_on: facts.filedOn,
    result: facts.result,
    closed_on: facts.closedOn,
    application_number: facts.applicationNumber,
    case_number: facts.caseNumber,
    note: facts.note,
  };
}

/** 登记行政复议或行政诉讼案件. */
export async function recordAppeal(db: Kysely<Database>, ctx: CommandContext, rawInput: RecordAppealInput): Promise<Appeal> {
  const input = parseInput(recordAppealInput, rawInput);
  checkFacts(input, ctx);
  return inTransaction(db, async (trx) => {
    const organisation = await organisationForRegister(trx, ctx.actor, input.organisationId, 'register.manage');
    const now = ctx.clock.now().toISOString();
    const row = { id: newId(), organisation_id: organisation.id, ...appealColumns(input), import_key: null, created_at: now, updated_at: now, version: 1 };
    await trx.insertInto('appeals').values(row).execute();
    await recordRegisterEvent(trx, ctx, {
      name: 'appeal.recorded', subjectType: 'appeal', subjectId: row.id, organisationId: organisation.id,
      data: { kind: input.kind, afterReview: input.afterReview, filedOn: input.filedOn, result: input.result, closedOn: input.closedOn },
    });
    return toAppeal(row);
  });
}

/** 修改案件 (typically: record its result when it closes), with optimistic concurrency. */
export async function updateAppeal(db: Kysely<Database>, ctx: CommandContext, rawInput: UpdateAppealInput): Promise<Appeal> {
  const input = parseInput(updateAppealInput, rawInput);
  checkFacts(input, ctx);
  return inTransaction(db, async (trx) => {
    const before = await getAppealForActor(trx, ctx.actor, input.appealId, 'register.manage');
    const now = ctx.clock.now().toISOString();
    const version = await updateVersioned(trx, 'appeals', before.id, input.version, { ...appealColumns(input), updated_at: now });
    await recordRegisterEvent(trx, ctx, {
      name: 'appeal.updated', subjectType: 'appeal', subjectId: before.id, organisationId: before.organisationId,
      data: { from: { result: before.result, closedOn: before.closedOn }, to: { result: input.result, closedOn: input.closedOn } },
    });
    const after = await trx.selectFrom('appeals').selectAll().where('id', '=', before.id).executeTakeFirstOrThrow();
    return { ...toAppeal(after), version };
  });
}
