/**
 * Validation of one appeal's facts, shared by the console's form and the ledger import, so both
 * refuse the same things with the same words.
 */
import { z } from 'zod';
import { isCalendarDate } from '../../calendar/index.ts';
import type { FieldProblem } from '../../shared/errors.ts';
import { APPEAL_KINDS, APPEAL_RESULTS } from './vocabulary.ts';

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what}不能超过${max}个字` })
    .nullish()
    .transform((value) => (value ? value : null));

const date = (what: string) =>
  z.string({ error: `请填写${what}` }).trim().min(1, { error: `请填写${what}` }).refine(isCalendarDate, { error: `${what}不是存在的日期（格式 YYYY-MM-DD，例如 2026-03-05）` });

export const appealFields = z.object({
  kind: z.enum(APPEAL_KINDS, { error: '请选择类型（行政复议或行政诉讼）' }),
  afterReview: z.boolean().default(false),
  filedOn: date('立案日期'),
  result: z.enum(APPEAL_RESULTS, { error: '请选择结果' }).nullish().transform((value) => value ?? null),
  closedOn: z
    .string()
    .trim()
    .nullish()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || isCalendarDate(value), { error: '结案日期不是存在的日期（格式 YYYY-MM-DD，例如 2026-03-05）' }),
  applicationNumber: optionalText(64, '关联申请编号'),
  caseNumber: optionalText(100, '案号'),
  note: optionalText(2000, '备注'),
});
export type AppealFields = z.output<typeof appealFields>;

/** Rules across fields; `today` refuses dates in the future. Empty when the facts hold together. */
export function appealFactProblems(facts: AppealFields, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (facts.kind === 'review' && facts.afterReview) problems.push({ field: 'afterReview', message: '行政复议不能标为“经复议”：只有行政诉讼分未经复议直接起诉和复议后起诉' });
  if (facts.filedOn > today) problems.push({ field: 'filedOn', message: `立案日期（${facts.filedOn}）不能晚于今天（${today}）` });
  if (facts.result !== null && facts.closedOn === null) problems.push({ field: 'closedOn', message: '已有结果的案件须填写结案日期' });
  if (facts.result === null && facts.closedOn !== null) problems.push({ field: 'result', message: '填写了结案日期的案件须选择结果；尚未审结的不填结案日期' });
  if (facts.closedOn !== null) {
    if (facts.closedOn < facts.filedOn) problems.push({ field: 'closedOn', message: `结案日期（${facts.closedOn}）不能早于立案日期（${facts.filedOn}）` });
    else if (facts.closedOn > today) problems.push({ field: 'closedOn', message: `结案日期（${facts.closedOn}）不能晚于今天（${today}）` });
  }
  return problems;
}
