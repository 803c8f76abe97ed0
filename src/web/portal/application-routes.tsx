/**
 * 依申请公开 on the portal: the online application (form → confirmation → receipt number and query
 * code, shown once) and the status lookup. The query code is a secret, so the lookup is a POST
 * (never in a URL) and rate limited per client address; a wrong code and an unknown number get the
 * same answer.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { findOrganisationByCode } from '../../domains/accounts/index.ts';
import type { Organisation } from '../../domains/accounts/index.ts';
import {
  IDENTITY_DOCUMENT_MAX_BYTES, confirmOnlineApplication, lookupApplicationStatus, readIdentityDocument, submitOnlineApplication, submitOnlineApplicationInput, submitOnlineCorrection,
} from '../../domains/requests/index.ts';
import type { ApplicantStatus } from '../../domains/requests/index.ts';
import { isDomainError } from '../../domains/shared/errors.ts';
import type { FieldProblem } from '../../domains/shared/errors.ts';
import type { AppSettings } from '../app.ts';
import { sendProblem } from '../http/error-handling.ts';
import { field, formBody } from '../http/form.ts';
import type { FormBody } from '../http/form.ts';
import { uploadedFile } from '../http/multipart.ts';
import { pageContext } from '../http/page-context.ts';
import { NOT_FOUND_PROBLEM } from '../http/problems.ts';
import { formRateLimit } from '../http/rate-limits.ts';
import type { Services } from '../services.ts';
import { ApplyConfirmPage } from '../views/applications/apply-confirm-page.tsx';
import { ApplyPage } from '../views/applications/apply-page.tsx';
import { ApplyReceiptPage } from '../views/applications/apply-receipt-page.tsx';
import { StatusPage } from '../views/applications/status-page.tsx';
import { renderDocument } from '../views/render.ts';

// Non-strict: an over-long file is cut off and named in request.truncatedUploads, so the form says so.
const IDENTITY_UPLOAD = { throwFileSizeLimit: false, limits: { files: 1, fields: 50, fileSize: IDENTITY_DOCUMENT_MAX_BYTES } };

type CodeParams = { Params: { code: string } };
const STATUS_PATH = '/applications/status';

/** Personal pages (a form with an identity number, a query code): never cached. */
function send(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
}

/** The requests of an application: one per non-empty line of the optional 分项申请 field. */
function requestLines(body: FormBody): string[] | undefined {
  const lines = field(body, 'requests').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.length > 0 ? lines : undefined;
}

export const applicationPortalRoutes: FastifyPluginAsync<{ services: Services; settings: AppSettings }> = async (app, { services, settings }) => {
  const { db, clock } = services;
  const formLimit = formRateLimit(settings);
  // Guessing query codes is throttled like guessing passwords.
  const lookupLimit = { config: { rateLimit: { max: settings.signInRateLimit, timeWindow: '1 minute' } } };

  async function organisationOr404(request: FastifyRequest, reply: FastifyReply, code: string): Promise<Organisation | undefined> {
    const organisation = await findOrganisationByCode(db, code);
    if (!organisation) sendProblem(request, reply, NOT_FOUND_PROBLEM);
    return organisation;
  }

  function renderForm(request: FastifyRequest, reply: FastifyReply, organisation: Organisation, values: FormBody, problems: readonly FieldProblem[], status = 200) {
    const page = <ApplyPage ctx={pageContext(request)} organisation={organisation} csrfToken={reply.generateCsrf()} values={values} problems={problems} />;
    return send(reply, renderDocument(page), status);
  }

  app.get<CodeParams>('/o/:code/on-request/apply', async (request, reply) => {
    const organisation = await organisationOr404(request, reply, request.params.code);
    if (!organisation) return reply;
    return renderForm(request, reply, organisation, {}, []);
  });

  app.post<CodeParams>('/o/:code/on-request/apply', {
    ...formLimit,
    config: { ...formLimit.config, multipartOptions: IDENTITY_UPLOAD },
  }, async (request, reply) => {
    const organisation = await organisationOr404(request, reply, request.params.code);
    if (!organisation) return reply;
    const body = formBody(request);
    const ctx = { actor: 'system' as const, clock, ip: request.ip };
    const input = {
      organisationId: organisation.id, applicantType: field(body, 'applicantType'), applicantName: field(body, 'applicantName'),
      applicantIdNumber: field(body, 'applicantIdNumber'), applicantContact: field(body, 'applicantContact'), description: field(body, 'description'),
      requests: requestLines(body), deliveryForm: field(body, 'deliveryForm'), deliveryWay: field(body, 'deliveryWay'),
    };
    // Check the fields and the upload together, so the applicant sees every problem at once.
    const problems: FieldProblem[] = [];
    let document;
    try {
      document = await readIdentityDocument(uploadedFile(request, 'identityDocument'), { required: true });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      problems.push(...error.fields);
    }
    try {
      if (problems.length > 0) {
        // Validate the rest without writing: the domain's parse throws with its field messages.
        const parsed = submitOnlineApplicationInput.safeParse(input);
        if (!parsed.success) problems.push(...parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.') || 'form', message: i.message })));
        return renderForm(request, reply, organisation, body, problems.map(flattenRequests), 422);
      }
      const submitted = await submitOnlineApplication(db, ctx, input as Parameters<typeof submitOnlineApplication>[2], document);
      const page = (
        <ApplyConfirmPage ctx={pageContext(request)} organisation={organisation} csrfToken={reply.generateCsrf()} draft={submitted.case}
          requests={input.requests ?? [input.description]} draftToken={submitted.draftToken} hasDocument={document !== undefined} />
      );
      return send(reply, renderDocument(page));
    } catch (error) {
      if (!isDomainError(error) || error.kind !== 'invalid') throw error;
      return renderForm(request, reply, organisation, body, [...problems, ...error.fields].map(flattenRequests), 422);
    }
  });

  app.post<CodeParams>('/o/:code/on-request/confirm', formLimit, async (request, reply) => {
    const organisation = await organisationOr404(request, reply, request.params.code);
    if (!organisation) return reply;
    const body = formBody(request);
    const received = await confirmOnlineApplication(db, { actor: 'system', clock, ip: request.ip }, { caseId: field(body, 'caseId'), draftToken: field(body, 'draftToken') });
    const page = <ApplyReceiptPage ctx={pageContext(request)} organisation={organisation} number={received.number} queryCode={received.queryCode} receivedOn={received.receivedOn} dueOn={received.dueOn} />;
    return send(reply, renderDocument(page));
  });

  function renderStatus(request: FastifyRequest, reply: FastifyReply, number: string, problems: readonly FieldProblem[], status?: ApplicantStatus, code = 200, notice?: string) {
    const page = <StatusPage ctx={pageContext(request)} action={STATUS_PATH} csrfToken={reply.generateCsrf()} number={number} problems={problems} status={status} notice={notice} />;
    return send(reply, renderDocument(page), code);
  }

  app.get(STATUS_PATH, (request, reply) => renderStatus(request, reply, '', []));

  app.post(STATUS_PATH, lookupLimit, async (request, reply) => {
    const body = formBody(request);
    const number = field(body, 'number').trim();
    try {
      const status = await lookupApplicationStatus(db, { number, queryCode: field(body, 'queryCode') });
      return renderStatus(request, reply, '', [], status);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      if (error.code === 'applications.lookup_failed') {
        return renderStatus(request, reply, number, [{ field: 'queryCode', message: error.userMessage }], undefined, 404);
      }
      if (error.kind !== 'invalid') throw error;
      return renderStatus(request, reply, number, error.fields, undefined, 422);
    }
  });

  // 补正 from the portal: the query code is asked again, so the page never carries it.
  app.post('/applications/correction', lookupLimit, async (request, reply) => {
    const body = formBody(request);
    const number = field(body, 'number').trim();
    const queryCode = field(body, 'queryCode');
    try {
      await submitOnlineCorrection(db, { clock, ip: request.ip }, { number, queryCode, description: field(body, 'description') });
      const status = await lookupApplicationStatus(db, { number, queryCode });
      return renderStatus(request, reply, '', [], status, 200, '补正已提交。答复期限自今天起重新计算。');
    } catch (error) {
      if (!isDomainError(error)) throw error;
      if (error.code === 'applications.lookup_failed') return renderStatus(request, reply, number, [{ field: 'queryCode', message: error.userMessage }], undefined, 404);
      if (error.kind !== 'invalid') throw error;
      // Show the case again (the code was right) with the problem beside the correction field.
      const status = await lookupApplicationStatus(db, { number, queryCode }).catch(() => undefined);
      return renderStatus(request, reply, number, error.fields, status, 422);
    }
  });
};

/** The domain names a line of 分项申请 `requests.2`; the form has one field for them. */
function flattenRequests(problem: FieldProblem): FieldProblem {
  return problem.field.startsWith('requests.') ? { ...problem, field: 'requests' } : problem;
}
