import type { z } from 'zod';
import { DomainError } from '../shared/errors.ts';
import type { FieldProblem } from '../shared/errors.ts';

/** The publishing domain's error catalog: stable codes, Chinese messages. */
export const PUBLISHING_ERRORS = {
  'publishing.invalid_input': '请更正以下填写内容',
  'publishing.item_not_found': '未找到该信息',
  'publishing.column_not_found': '未找到该栏目',
  'publishing.forbidden': '您没有执行此操作的权限',
  'publishing.own_item': '不能审核、审查或签发自己起草的信息',
  'publishing.wrong_status': '该信息当前的状态不允许此操作',
  'publishing.privacy_unresolved': '信息中含有未处理的个人信息，请逐项脱敏或由保密审查员说明理由后确认',
  'publishing.not_normative': '只有规章和行政规范性文件可以废止',
  'publishing.attachment_rejected': '附件不符合要求',
  'publishing.import_refused': '导入文件有错误，未导入任何内容',
} as const;

export type PublishingErrorCode = keyof typeof PUBLISHING_ERRORS;

export function publishingError(code: PublishingErrorCode, kind: DomainError['kind'], detail: string, fields: FieldProblem[] = [], message?: string): DomainError {
  return new DomainError(code, kind, message ?? PUBLISHING_ERRORS[code], detail, fields);
}

export function invalidInput(fields: FieldProblem[], detail = 'invalid input'): DomainError {
  return publishingError('publishing.invalid_input', 'invalid', detail, fields);
}

export const itemNotFound = (id: string) => publishingError('publishing.item_not_found', 'not_found', `item ${id} not found or not visible`);
export const columnNotFound = (id: string) => publishingError('publishing.column_not_found', 'not_found', `column ${id} not found or not visible`);
export const forbidden = (detail: string) => publishingError('publishing.forbidden', 'forbidden', detail);
export const wrongStatus = (status: string, action: string) => publishingError('publishing.wrong_status', 'conflict', `${action} not allowed in status ${status}`);

/** Parses with zod; failures become DomainError('publishing.invalid_input') with a message per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || 'form', message: issue.message }));
  throw invalidInput(fields, result.error.message);
}
