import type { ErrorKind, FieldProblem } from '../../domains/shared/errors.ts';
import { isDomainError } from '../../domains/shared/errors.ts';

/** What a failed request tells its caller: the same facts for the API (problem+json) and for people. */
export interface Problem {
  status: number;
  /** Stable code: the DomainError's code, or one of ours for HTTP-level failures. */
  code: string;
  /** Short Chinese title. */
  title: string;
  /** Chinese sentence saying what happened and what to do. */
  detail: string;
  fields: readonly FieldProblem[];
}

const TITLE_BY_KIND: Record<ErrorKind, string> = {
  invalid: '提交的内容有误',
  unauthenticated: '请先登录',
  forbidden: '没有权限',
  not_found: '未找到',
  conflict: '记录已被修改',
  locked: '账号已锁定',
  rate_limited: '操作过于频繁',
};

/** HTTP-level failures raised by Fastify or its plugins, by their error code. */
const BY_FASTIFY_CODE: Record<string, Omit<Problem, 'fields'>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'body_too_large',
    title: '提交的内容过大',
    detail: '提交的内容超过了允许的大小，请删减后重新提交。',
  },
  FST_CSRF_INVALID_TOKEN: {
    status: 403,
    code: 'csrf_invalid',
    title: '表单已失效',
    detail: '无法确认表单来自本站，或页面已过期。请返回上一页，刷新后重新提交。',
  },
  FST_CSRF_MISSING_SECRET: {
    status: 403,
    code: 'csrf_invalid',
    title: '表单已失效',
    detail: '无法确认表单来自本站，或页面已过期。请返回上一页，刷新后重新提交。',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    title: '不支持的提交格式',
    detail: '请通过页面上的表单提交。',
  },
  FST_REQ_FILE_TOO_LARGE: { status: 413, code: 'file_too_large', title: '附件过大', detail: '上传的文件超过了允许的大小（20MB），请压缩或拆分后重新上传。' },
  FST_FILES_LIMIT: { status: 413, code: 'too_many_files', title: '提交的文件过多', detail: '此表单不接受文件，或一次只能上传一个文件。' },
  FST_PARTS_LIMIT: { status: 413, code: 'body_too_large', title: '提交的内容过大', detail: '表单字段过多，请通过页面上的表单提交。' },
  FST_FIELDS_LIMIT: { status: 413, code: 'body_too_large', title: '提交的内容过大', detail: '表单字段过多，请通过页面上的表单提交。' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'malformed_body', title: '请求格式有误', detail: '请求内容无法解析。' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'malformed_body', title: '请求格式有误', detail: '请求内容为空。' },
  FST_ERR_BAD_URL: { status: 400, code: 'bad_url', title: '网址有误', detail: '网址中含有无法识别的字符，请检查后重试。' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'uri_too_long', title: '网址过长', detail: '网址过长，无法处理。请检查网址后重试。' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'malformed_body', title: '请求格式有误', detail: '请求内容的长度与声明不符。' },
};

const BY_STATUS: Record<number, Omit<Problem, 'fields' | 'status'>> = {
  400: { code: 'bad_request', title: '请求有误', detail: '请求无法处理，请检查后重试。' },
  401: { code: 'unauthenticated', title: '请先登录', detail: '请登录后再访问。' },
  403: { code: 'forbidden', title: '没有权限', detail: '您没有权限进行此操作。' },
  404: { code: 'not_found', title: '找不到页面', detail: '您访问的页面不存在，或已被删除。' },
  405: { code: 'method_not_allowed', title: '请求方式不正确', detail: '该页面不接受这种请求方式。' },
  406: { code: 'not_acceptable', title: '无法提供所需格式', detail: '无法以所要求的格式提供此内容。' },
  408: { code: 'request_timeout', title: '请求超时', detail: '请求未能及时完成，请重试。' },
  409: { code: 'conflict', title: '记录已被修改', detail: '该记录已被他人修改，请刷新后重试。' },
  411: { code: 'length_required', title: '请求格式有误', detail: '请求缺少内容长度。' },
  413: { code: 'body_too_large', title: '提交的内容过大', detail: '提交的内容超过了允许的大小，请删减后重新提交。' },
  414: { code: 'uri_too_long', title: '网址过长', detail: '网址过长，无法处理。请检查网址后重试。' },
  415: { code: 'unsupported_media_type', title: '不支持的提交格式', detail: '请通过页面上的表单提交。' },
  416: { code: 'range_not_satisfiable', title: '请求范围有误', detail: '所请求的内容范围无效。' },
  422: { code: 'invalid', title: '提交的内容有误', detail: '提交的内容有误，请检查后重试。' },
  429: { code: 'rate_limited', title: '操作过于频繁', detail: '操作过于频繁，请稍后再试。' },
};

export const INTERNAL_PROBLEM: Problem = {
  status: 500,
  code: 'internal',
  title: '系统出现问题',
  detail: '系统暂时无法处理您的请求，问题已记录。请稍后再试。',
  fields: [],
};

export const NOT_FOUND_PROBLEM: Problem = { status: 404, ...BY_STATUS[404]!, fields: [] };

/** Maps any thrown value to the problem we show. Unknown errors become 500 without details. */
export function describeError(error: unknown): Problem {
  if (isDomainError(error)) {
    return { status: error.status, code: error.code, title: TITLE_BY_KIND[error.kind], detail: error.userMessage, fields: error.fields };
  }
  const candidate = error as { code?: unknown; statusCode?: unknown; validation?: unknown };
  if (typeof candidate.code === 'string' && BY_FASTIFY_CODE[candidate.code]) {
    return { ...BY_FASTIFY_CODE[candidate.code]!, fields: [] };
  }
  const status = typeof candidate.statusCode === 'number' ? candidate.statusCode : 500;
  if (status >= 400 && status < 500) {
    const known = BY_STATUS[status] ?? BY_STATUS[400]!;
    return { status, ...known, fields: [] };
  }
  return INTERNAL_PROBLEM;
}

/** RFC 9457 body for the API. */
export function problemJson(problem: Problem, instance: string | undefined) {
  return {
    type: `urn:gongkai:problem:${problem.code}`,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    code: problem.code,
    ...(instance !== undefined ? { instance } : {}),
    ...(problem.fields.length > 0 ? { errors: problem.fields } : {}),
  };
}
