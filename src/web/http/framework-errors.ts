import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ErrorPage } from '../views/error-page.tsx';
import { renderDocument } from '../views/render.ts';
import { sendProblem } from './error-handling.ts';
import { describeError } from './problems.ts';
import { setBaselineHeaders } from './security-headers.ts';

/**
 * Fastify's own early failures, before any route or hook (a malformed `%zz` in the URL, a path
 * parameter over the length limit): through the one error description (problems.ts), as a Chinese
 * page or problem+json under /api/, never echoing the URL back.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const problem = describeError(error);
  request.log.info({ code: problem.code, status: problem.status }, 'request refused');
  setBaselineHeaders(reply);
  void sendProblem(request, reply, problem);
}

const CLIENT_ERRORS: Record<string, { status: number; reason: string; title: string; detail: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    title: '请求过大',
    detail: '网址或请求头过长，无法处理。请检查网址，或清除本站的 Cookie 后重试。',
  },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, reason: 'Request Timeout', title: '请求超时', detail: '请求未能及时完成，请重试。' },
};
const BAD_REQUEST = { status: 400, reason: 'Bad Request', title: '请求有误', detail: '请求无法处理，请检查后重试。' };

/**
 * Requests Node's HTTP parser refuses (over-long URL or headers, garbage): no request exists yet,
 * so the answer is written on the socket, in Chinese, with nothing of the request in it.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return;
  const known = (error.code && CLIENT_ERRORS[error.code]) || BAD_REQUEST;
  const body = renderDocument(ErrorPage({ ctx: { path: '/', largeType: false }, status: known.status, title: known.title, message: known.detail }));
  socket.end(
    [
      `HTTP/1.1 ${known.status} ${known.reason}`,
      'Content-Type: text/html; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'X-Content-Type-Options: nosniff',
      'X-Frame-Options: DENY',
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
  );
}
