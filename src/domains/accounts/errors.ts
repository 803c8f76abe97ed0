import type { z } from 'zod';
import { DomainError } from '../shared/errors.ts';
import type { FieldProblem } from '../shared/errors.ts';

/** The accounts domain's error catalog: stable codes, Chinese messages. */
export const ACCOUNTS_ERRORS = {
  'accounts.invalid_input': '请更正以下填写内容',
  'accounts.invalid_credentials': '用户名或密码不正确',
  'accounts.locked': '连续多次密码错误，账户已暂时锁定，请稍后再试',
  'accounts.user_disabled': '该账户已停用，请联系系统管理员',
  'accounts.wrong_password': '当前密码不正确',
  'accounts.organisation_not_found': '未找到该机构',
  'accounts.user_not_found': '未找到该用户',
  'accounts.forbidden': '您没有执行此操作的权限',
} as const;

export type AccountsErrorCode = keyof typeof ACCOUNTS_ERRORS;

export function invalidInput(fields: FieldProblem[], detail = 'invalid input'): DomainError {
  return new DomainError('accounts.invalid_input', 'invalid', ACCOUNTS_ERRORS['accounts.invalid_input'], detail, fields);
}

export function invalidCredentials(): DomainError {
  return new DomainError('accounts.invalid_credentials', 'unauthenticated', ACCOUNTS_ERRORS['accounts.invalid_credentials'], 'sign-in refused');
}

export function accountLocked(minutesLeft: number): DomainError {
  return new DomainError(
    'accounts.locked',
    'locked',
    `连续多次密码错误，账户已锁定，请${Math.max(1, minutesLeft)}分钟后再试`,
    'account locked after repeated failures',
  );
}

export function userDisabled(): DomainError {
  return new DomainError('accounts.user_disabled', 'forbidden', ACCOUNTS_ERRORS['accounts.user_disabled'], 'user disabled');
}

export function organisationNotFound(id: string): DomainError {
  return new DomainError('accounts.organisation_not_found', 'not_found', ACCOUNTS_ERRORS['accounts.organisation_not_found'], `organisation ${id} not found or not visible`);
}

export function userNotFound(id: string): DomainError {
  return new DomainError('accounts.user_not_found', 'not_found', ACCOUNTS_ERRORS['accounts.user_not_found'], `user ${id} not found or not visible`);
}

export function forbidden(detail: string): DomainError {
  return new DomainError('accounts.forbidden', 'forbidden', ACCOUNTS_ERRORS['accounts.forbidden'], detail);
}

/** Parses with zod; failures become DomainError('accounts.invalid_input') with a message per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || 'form', message: issue.message }));
  throw invalidInput(fields, result.error.message);
}
