import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ErrorPage } from '../views/error-page.tsx';
import { renderDocument } from '../views/render.ts';
import { pageContext, requestPath } from './page-context.ts';
import type { Problem } from './problems.ts';
import { describeError, NOT_FOUND_PROBLEM, problemJson } from './problems.ts';

/** `/api/**` answers machines with problem+json; everything else answers people with a page. */
export function isApiRequest(request: FastifyRequest): boolean {
  const path = requestPath(request);
  return path === '/api' || path.startsWith('/api/');
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem): FastifyReply {
  reply.code(problem.status);
  if (isApiRequest(request)) {
    return reply.type('application/problem+json; charset=utf-8').send(JSON.stringify(problemJson(problem, requestPath(request))));
  }
  const next = requestPath(request).startsWith('/admin') ? { href: '/admin', label: '返回工作台' } : undefined;
  return reply
    .type('text/html; charset=utf-8')
    .send(renderDocument(ErrorPage({ ctx: pageContext(request), status: problem.status, title: problem.title, message: problem.detail, next })));
}

/** One error handler and one not-found handler for the whole app. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = describeError(error);
    if (problem.status >= 500) {
      request.log.error({ err: error }, 'request failed');
    } else {
      // Codes only: no bodies, no user input in the logs.
      request.log.info({ code: problem.code, status: problem.status }, 'request refused');
    }
    if (problem.status === 429 && !reply.hasHeader('retry-after')) reply.header('retry-after', '60');
    return sendProblem(request, reply, problem);
  });
  app.setNotFoundHandler((request, reply) => sendProblem(request, reply, NOT_FOUND_PROBLEM));
}
