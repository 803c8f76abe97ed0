import type { z } from 'zod';
import { DomainError } from '../shared/errors.ts';
import type { Finding } from '../reports/index.ts';

/** The annual-reports domain's error catalog: stable codes, Chinese messages. */
export const ANNUAL_REPORTS_ERRORS = {
  'annual_reports.invalid_input': '请更正以下填写内容',
  'annual_reports.not_found': '未找到该年度报告',
  'annual_reports.forbidden': '您没有执行此操作的权限',
  'annual_reports.not_editable': '已发布的年度报告不能直接修改，如需更正请新建更正版本并说明理由',
  'annual_reports.locked': '本报告的数据已锁定，不能重新生成',
  'annual_reports.has_errors': '报告存在错误，不能发布：请先更正所有错误',
  'annual_reports.unacknowledged_warnings': '报告存在未确认的提示：请逐条确认并填写说明后再发布',
  'annual_reports.not_checked': '请先校验报告，再发布',
  'annual_reports.already_exists': '该年度报告已存在',
  'annual_reports.not_published': '只有已发布的报告才能更正',
  'annual_reports.correction_open': '该报告已有未发布的更正版本',
} as const;
export type AnnualReportsErrorCode = keyof typeof ANNUAL_REPORTS_ERRORS;

function error(code: AnnualReportsErrorCode, kind: ConstructorParameters<typeof DomainError>[1], detail: string): DomainError {
  return new DomainError(code, kind, ANNUAL_REPORTS_ERRORS[code], detail);
}

export const reportNotFound = (id: string) => error('annual_reports.not_found', 'not_found', `annual report ${id} not found or not visible`);
export const reportForbidden = (detail: string) => error('annual_reports.forbidden', 'forbidden', detail);
export const notEditable = (id: string) => error('annual_reports.not_editable', 'conflict', `annual report ${id} is published or superseded`);
export const numbersLocked = (id: string) => error('annual_reports.locked', 'conflict', `annual report ${id} numbers locked`);
export const notPublished = (id: string) => error('annual_reports.not_published', 'conflict', `annual report ${id} is not the published revision`);
export const correctionOpen = (id: string) => error('annual_reports.correction_open', 'conflict', `annual report ${id} already has an open correction`);
export const notChecked = (id: string) => error('annual_reports.not_checked', 'conflict', `annual report ${id} changed since its last check`);

/** Publication refused: carries the blocking findings for the page to list. */
export class PublicationBlocked extends DomainError {
  constructor(code: 'annual_reports.has_errors' | 'annual_reports.unacknowledged_warnings', readonly blocking: readonly Finding[]) {
    super(code, 'conflict', ANNUAL_REPORTS_ERRORS[code], `${blocking.length} blocking findings`);
  }
}

export function invalidInput(fields: { field: string; message: string }[], detail = 'invalid input'): DomainError {
  return new DomainError('annual_reports.invalid_input', 'invalid', ANNUAL_REPORTS_ERRORS['annual_reports.invalid_input'], detail, fields);
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalidInput(result.error.issues.map((i) => ({ field: i.path.map(String).join('.') || 'form', message: i.message })), result.error.message);
}
