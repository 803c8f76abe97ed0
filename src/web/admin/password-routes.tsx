import type { FastifyPluginAsync } from 'fastify';
import { changePassword } from '../../domains/accounts/index.ts';
import { isDomainError } from '../../domains/shared/errors.ts';
import { field, formBody } from '../http/form.ts';
import { formRateLimit } from '../http/rate-limits.ts';
import { requireActor } from '../http/request-actor.ts';
import { readSessionToken } from '../http/session-cookie.ts';
import { PasswordPage } from '../views/admin/password-page.tsx';
import { renderDocument } from '../views/render.ts';
import { consoleContext, sendPage } from './context.ts';
import { noticeFor } from './notices.ts';
import type { AdminPluginOptions } from './plugin.ts';

export const passwordRoutes: FastifyPluginAsync<AdminPluginOptions> = async (app, { services, settings }) => {
  app.get<{ Querystring: { done?: string } }>('/password', async (request, reply) => {
    return sendPage(reply, renderDocument(<PasswordPage ctx={consoleContext(request, reply)} problems={[]} notice={noticeFor(request.query.done)} />));
  });

  app.post('/password', formRateLimit(settings), async (request, reply) => {
    const actor = requireActor(request);
    const body = formBody(request);
    try {
      if (field(body, 'newPassword') !== field(body, 'confirmPassword')) {
        return sendPage(
          reply,
          renderDocument(<PasswordPage ctx={consoleContext(request, reply)} problems={[{ field: 'confirmPassword', message: '两次输入的新密码不一致' }]} />),
          422,
        );
      }
      await changePassword(
        services.db,
        { actor, clock: services.clock, ip: request.ip },
        { currentPassword: field(body, 'currentPassword'), newPassword: field(body, 'newPassword'), keepSessionToken: readSessionToken(request) },
      );
      return reply.redirect('/admin?done=password-changed', 303);
    } catch (error) {
      if (!isDomainError(error) || error.kind !== 'invalid') throw error;
      return sendPage(reply, renderDocument(<PasswordPage ctx={consoleContext(request, reply)} problems={error.fields} />), 422);
    }
  });
};
