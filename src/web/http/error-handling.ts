import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { consoleContext } from '../admin/context.ts';
import { ConsoleErrorPage } from '../views/console-error-page.tsx';
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
  const inConsole = requestPath(request).startsWith('/admin');
  if (inConsole && request.actor) {
    // Signed in: keep the console's frame (menu, who is signed in, sign out) around the message.
    const page = ConsoleErrorPage({ ctx: consoleContext(request, reply), status: problem.status, title: problem.title, message: problem.detail });
    return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(renderDocument(page));
  }
  const next = inConsole ? { href: '/admin', label: '返回工作台' } : undefined;
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
