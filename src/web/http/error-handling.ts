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
    return reply.type('application/problem+json; charset=utf-8').send(JSON.stringify(problemJson(problem, safeInstance(requestPath(request)))));
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
    // The page never carries the request's path (the display toggle would echo it): it may be what was wrong.
    .send(renderDocument(ErrorPage({ ctx: { ...pageContext(request), path: '/' }, status: problem.status, title: problem.title, message: problem.detail, next })));
}

/**
 * The problem's `instance` is the request's path, unless the path itself is what was wrong (too
 * long, malformed): then nothing of it is echoed.
 */
function safeInstance(path: string): string | undefined {
  if (path.length > 200) return undefined;
  try {
    decodeURIComponent(path);
  } catch {
    return undefined;
  }
  return /^[\x21-\x7e]*$/.test(path) ? path : undefined;
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
