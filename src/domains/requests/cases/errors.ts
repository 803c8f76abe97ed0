/** The applications domain's error catalog: stable codes, Chinese messages. */
import type { z } from 'zod';
import { DomainError } from '../../shared/errors.ts';
import type { ErrorKind, FieldProblem } from '../../shared/errors.ts';

export const APPLICATION_ERRORS = {
  'applications.invalid_input': ['invalid', '请更正以下填写内容'],
  'applications.not_found': ['not_found', '未找到该申请'],
  'applications.forbidden': ['forbidden', '您没有执行此操作的权限'],
  'applications.lookup_failed': ['not_found', '申请编号或查询码不正确，请核对后重试'],
  'applications.closed': ['invalid', '该申请已办结，不能再办理'],
  'applications.not_confirmed': ['invalid', '该申请尚未确认收到'],
  'applications.already_confirmed': ['invalid', '该申请已确认提交'],
  'applications.future_date': ['invalid', '日期不能晚于今天'],
  'applications.handler_not_eligible': ['invalid', '承办人须为本机关的依申请承办人'],
  'applications.extension_pending': ['invalid', '已有一项延期申请等待审批'],
  'applications.no_extension_pending': ['invalid', '没有等待审批的延期申请'],
  'applications.own_extension': ['forbidden', '延期申请须由其他人（分管领导）审批，不能审批自己提出的延期'],
  'applications.extension_over_limit': ['invalid', '延长答复期限合计不得超过20个工作日（第三十三条第二款）'],
  'applications.not_decided': ['invalid', '尚未作出决定，不能生成答复书'],
  'applications.already_decided': ['invalid', '已作出决定'],
  'applications.letter_not_found': ['not_found', '未找到该文书'],
  'applications.letter_not_approved': ['invalid', '答复书须经审核后才能发出'],
  'applications.letter_already_reviewed': ['invalid', '该文书已审核'],
  'applications.own_letter': ['forbidden', '文书须由起草人以外的人审核'],
  'applications.letter_not_sent': ['invalid', '文书尚未发出，不能登记送达'],
  'applications.consultation_not_found': ['not_found', '未找到该征求意见记录'],
  'applications.consultation_answered': ['invalid', '该征求意见已记录答复'],
  'applications.fee_not_noticed': ['invalid', '尚未发出收费通知'],
  'applications.fee_already_paid': ['invalid', '已登记缴费'],
  'applications.import_refused': ['invalid', '台账有错误，整个文件未导入'],
} as const satisfies Record<string, readonly [ErrorKind, string]>;

export type ApplicationErrorCode = keyof typeof APPLICATION_ERRORS;

export function applicationError(code: ApplicationErrorCode, detail?: string, fields: readonly FieldProblem[] = []): DomainError {
  const [kind, message] = APPLICATION_ERRORS[code];
  return new DomainError(code, kind, message, detail ?? code, fields);
}

export function invalidApplicationInput(fields: FieldProblem[], detail = 'invalid input'): DomainError {
  return applicationError('applications.invalid_input', detail, fields);
}

/** Parses with zod; failures become `applications.invalid_input` with a message per field. */
export function parseApplicationInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || 'form', message: issue.message }));
  throw invalidApplicationInput(fields, result.error.message);
}
