/**
 * 补正 online (第三十条): the applicant, with the receipt number and query code, sends the corrected
 * application from the portal; it is received that day and the 20 working days restart from it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema.ts';
import type { Clock } from '../../../shared/clock.ts';
import { applicationError } from '../errors.ts';
import { findCaseByReceipt } from '../queries/applicant-status.ts';
import { toCase } from '../record.ts';
import { receiveCorrection } from './handling.ts';

export async function submitOnlineCorrection(
  db: Kysely<Database>, ctx: { clock: Clock; ip?: string }, input: { number: string; queryCode: string; description: string },
) {
  const { match } = await findCaseByReceipt(db, input);
  const c = toCase(match);
  if (c.status !== 'awaitingCorrection') throw applicationError('applications.invalid_input', `no correction awaited (${c.status})`, [{ field: 'description', message: '该申请目前无需补正' }]);
  const description = input.description.trim();
  if (description.length < 2) throw applicationError('applications.invalid_input', 'empty correction', [{ field: 'description', message: '请填写补正后的申请内容' }]);
  return receiveCorrection(db, { actor: 'system', clock: ctx.clock, ...(ctx.ip ? { ip: ctx.ip } : {}) }, { caseId: c.id, version: c.version, description });
}
