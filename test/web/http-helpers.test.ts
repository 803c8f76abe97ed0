import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domains/shared/errors.ts';
import { safeLocalPath } from '../../src/web/http/page-context.ts';
import { describeError, problemJson } from '../../src/web/http/problems.ts';

describe('safeLocalPath: only local paths are places to send people back to', () => {
  it.each([
    ['/o/yichuan', '/o/yichuan'],
    ['/admin/users?organisation=x', '/admin/users?organisation=x'],
    ['//evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/', '/'],
    ['javascript:alert(1)', '/'],
    ['/admin\r\nSet-Cookie: x=1', '/'],
    ['', '/'],
    [undefined, '/'],
    [['/a'], '/'],
  ])('%j → %s', (candidate, expected) => {
    expect(safeLocalPath(candidate)).toBe(expected);
  });
});

describe('describeError: one mapping from errors to what people and the API are told', () => {
  it('keeps a DomainError’s status, code, Chinese message and fields', () => {
    const error = new DomainError('accounts.invalid_input', 'invalid', '请更正以下填写内容', 'detail in English', [{ field: 'name', message: '请填写机构名称' }]);
    expect(describeError(error)).toEqual({
      status: 422,
      code: 'accounts.invalid_input',
      title: '提交的内容有误',
      detail: '请更正以下填写内容',
      fields: [{ field: 'name', message: '请填写机构名称' }],
    });
  });

  it('maps Fastify’s HTTP-level errors by code, and hides anything unknown behind a 500', () => {
    expect(describeError(Object.assign(new Error('x'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 })).status).toBe(413);
    expect(describeError(Object.assign(new Error('x'), { code: 'FST_CSRF_MISSING_SECRET', statusCode: 403 })).code).toBe('csrf_invalid');
    expect(describeError(Object.assign(new Error('x'), { statusCode: 429 })).code).toBe('rate_limited');
    const internal = describeError(new Error('database password is hunter2'));
    expect(internal.status).toBe(500);
    expect(JSON.stringify(internal)).not.toContain('hunter2');
  });

  it('writes RFC 9457 problem details', () => {
    const body = problemJson(describeError(new DomainError('accounts.user_not_found', 'not_found', '未找到该用户')), '/api/v1/users/x');
    expect(body).toEqual({
      type: 'urn:gongkai:problem:accounts.user_not_found',
      title: '未找到',
      status: 404,
      detail: '未找到该用户',
      code: 'accounts.user_not_found',
      instance: '/api/v1/users/x',
    });
  });
});
