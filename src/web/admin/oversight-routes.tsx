/**
 * 督办 in the console: open applications by urgency per organisation and handler, the 第三十五条
 * volume per applicant per month, each person's reminder address, and sending today's reminder
 * e-mails (only when SMTP is configured).
 */
import { requireNavAccess } from './navigation.ts';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../domains/accounts/index.ts';
import { listOrganisations } from '../../domains/accounts/index.ts';
import { todayInShanghai } from '../../domains/calendar/index.ts';
import {
  DUE_SOON_WORKDAYS, applicantVolumeByMonth, applicationOversight, canOnApplications, findReminderAddress, listCases, sendDeadlineReminders, setReminderAddress,
} from '../../domains/requests/index.ts';
import { isDomainError } from '../../domains/shared/errors.ts';
import type { FieldProblem } from '../../domains/shared/errors.ts';
import { smtpMailer } from '../applications/smtp-mailer.ts';
import { field, formBody } from '../http/form.ts';
import { formRateLimit } from '../http/rate-limits.ts';
import { requireActor } from '../http/request-actor.ts';
import { pageForbidden } from '../http/web-errors.ts';
import { NOT_FOUND_PROBLEM } from '../http/problems.ts';
import { sendProblem } from '../http/error-handling.ts';
import { OversightPage } from '../views/applications/oversight-page.tsx';
import { renderDocument } from '../views/render.ts';
import { applicationNoticeFor } from './application-notices.ts';
import { consoleContext, sendPage } from './context.ts';
import type { AdminPluginOptions } from './plugin.ts';

type OversightQuery = { Querystring: { organisation?: string; month?: string; done?: string } };

export const oversightRoutes: FastifyPluginAsync<AdminPluginOptions> = async (app, { services, settings }) => {
  app.addHook('preHandler', requireNavAccess('/admin/applications'));
  const { db, clock } = services;
  const formLimit = formRateLimit(settings);
  const smtpConfigured = Boolean(settings.smtpUrl);

  async function overseeable(actor: Actor) {
    const organisations = (await listOrganisations(db, actor)).filter((o) => canOnApplications(actor, 'application.oversee', { organisationPath: o.path }));
    if (organisations.length === 0) throw pageForbidden('您没有查看依申请公开督办情况的权限。');
    return organisations;
  }

  async function render(request: FastifyRequest<OversightQuery>, reply: FastifyReply, problems: readonly FieldProblem[], status = 200) {
    const actor = requireActor(request);
    const organisations = await overseeable(actor);
    const today = todayInShanghai(clock);
    const organisation = organisations.find((o) => o.id === request.query.organisation) ?? organisations[0]!;
    const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(request.query.month ?? '') ? request.query.month! : today.slice(0, 7);
    const [oversight, overdue, dueSoon, rows, reminderEmail] = await Promise.all([
      applicationOversight(db, actor, today),
      listCases(db, actor, { overdue: true, limit: 20 }, today),
      listCases(db, actor, { dueWithinWorkdays: DUE_SOON_WORKDAYS, limit: 20 }, today),
      applicantVolumeByMonth(db, actor, organisation.id, month),
      findReminderAddress(db, actor.userId),
    ]);
    const page = (
      <OversightPage ctx={consoleContext(request, reply)} oversight={oversight} overdue={overdue.cases} dueSoon={dueSoon.cases}
        organisations={organisations.map((o) => ({ id: o.id, name: o.name }))} volume={{ organisationId: organisation.id, month, rows }}
        reminderEmail={reminderEmail} smtpConfigured={smtpConfigured} problems={problems} notice={applicationNoticeFor(request.query.done)} />
    );
    return sendPage(reply, renderDocument(page), status);
  }

  app.get<OversightQuery>('/applications/oversight', (request, reply) => render(request, reply, []));

  app.post<OversightQuery>('/applications/oversight/reminder-address', formLimit, async (request, reply) => {
    const actor = requireActor(request);
    await overseeable(actor);
    try {
      await setReminderAddress(db, { actor, clock, ip: request.ip }, { email: field(formBody(request), 'email').trim() });
      return reply.redirect('/admin/applications/oversight?done=address-saved', 303);
    } catch (error) {
      if (!isDomainError(error) || error.kind !== 'invalid') throw error;
      return render(request, reply, error.fields, 422);
    }
  });

  app.post<OversightQuery>('/applications/oversight/reminders', formLimit, async (request, reply) => {
    const actor = requireActor(request);
    await overseeable(actor);
    if (!settings.smtpUrl) return sendProblem(request, reply, NOT_FOUND_PROBLEM);
    const sent = await sendDeadlineReminders(db, smtpMailer(settings.smtpUrl, settings.smtpFrom ?? 'gongkai@localhost'), todayInShanghai(clock), clock.now().toISOString());
    request.log.info({ reminders: sent.length }, 'deadline reminders sent');
    return reply.redirect(`/admin/applications/oversight?done=${sent.length > 0 ? 'reminders-sent' : 'reminders-none'}`, 303);
  });
};
