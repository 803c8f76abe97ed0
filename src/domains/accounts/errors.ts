import type { z } from 'zod';
import { DomainError } from '../shared/errors.ts';
import type { FieldProblem } from '../shared/errors.ts';

/** The accounts domain's error catalog: stable codes, Chinese messages. */
export const ACCOUNTS_ERRORS = {
  'accounts.invalid_input': '请更正以下填写内容',
  'accounts.invalid_credentials': '用户名或密码不正确',
  'accounts.locked': '该账户因多次登录失败已被锁定。请在您以前登录过的地点登录，或联系系统管理员解锁',
  'accounts.throttled': '登录尝试过于频繁，请稍后再试',
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

/** Only ever answered to the correct password (from an unknown place): it reveals nothing new. */
export function accountLocked(): DomainError {
  return new DomainError('accounts.locked', 'locked', ACCOUNTS_ERRORS['accounts.locked'], 'account locked after repeated failures');
}

/** The same answer for a real and an unknown account: the throttle is keyed by the name as typed. */
export class SignInThrottled extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('accounts.throttled', 'rate_limited', `登录尝试过于频繁，请${formatWait(retryAfterSeconds)}后再试`, 'sign-in throttled');
  }
}

function formatWait(seconds: number): string {
  return seconds < 60 ? `${seconds}秒` : `${Math.ceil(seconds / 60)}分钟`;
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
