/**
 * 依申请公开 in the console: the case list, registration of applications received on paper, the
 * case page with the statutory clock explained, and one POST per handling step (parse → command →
 * redirect; a refusal re-renders the case page with the domain's Chinese message beside the form).
 * Authorization is the domain's: a case another organisation handles is 404, a step the role may
 * not take is 403.
 */
import { requireNavAccess } from './navigation.ts';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, CommandContext } from '../../domains/accounts/index.ts';
import { listOrganisations } from '../../domains/accounts/index.ts';
import { todayInShanghai } from '../../domains/calendar/index.ts';
import {
  CASE_STATUSES, IDENTITY_DOCUMENT_MAX_BYTES, answerConsultation, approveExtension, assignHandler, canOnApplications, decideApplication,
  draftReplyLetter, getCaseForActor, getIdentityDocumentForActor, isOneOf, lapseCorrection, lapseFee, listCases, listEligibleHandlers,
  readIdentityDocument, receiveCorrection, recordDelivery, recordFeePayment, registerApplication, registerApplicationInput, rejectExtension,
  requestCorrection, requestExtension, reviewLetter, sendFeeNotice, sendReplyLetter, staffNames, startConsultation, withdrawApplication,
} from '../../domains/requests/index.ts';
import type { CaseListFilter, CaseView } from '../../domains/requests/index.ts';
import { isDomainError } from '../../domains/shared/errors.ts';
import type { FieldProblem } from '../../domains/shared/errors.ts';
import { field, formBody } from '../http/form.ts';
import type { FormBody } from '../http/form.ts';
import { uploadedFile } from '../http/multipart.ts';
import { formRateLimit } from '../http/rate-limits.ts';
import { requireActor } from '../http/request-actor.ts';
import { formInvalid, pageForbidden } from '../http/web-errors.ts';
import { letterDocx } from '../applications/letter-docx.ts';
import { CasePage } from '../views/applications/case-page.tsx';
import { CasesPage } from '../views/applications/cases-page.tsx';
import { letterText } from '../views/applications/letter-body.tsx';
import { LetterPage } from '../views/applications/letter-page.tsx';
import { RegisterPage } from '../views/applications/register-page.tsx';
import { RegisteredPage } from '../views/applications/registered-page.tsx';
import { renderDocument } from '../views/render.ts';
import { applicationNoticeFor } from './application-notices.ts';
import type { ApplicationNotice } from './application-notices.ts';
import { consoleContext, sendPage } from './context.ts';
import type { AdminPluginOptions } from './plugin.ts';

// Non-strict: an over-long file is cut off and named in request.truncatedUploads, so the form says so.
const IDENTITY_UPLOAD = { throwFileSizeLimit: false, limits: { files: 1, fields: 50, fileSize: IDENTITY_DOCUMENT_MAX_BYTES } };

type IdParams = { Params: { id: string } };
type LetterParams = { Params: { id: string; letterId: string } };
type Read = (name: string) => string | undefined;
type Step = (ctx: CommandContext, ref: { caseId: string; version: number }, read: Read, body: FormBody, params: Record<string, string>) => Promise<unknown>;

const PAGE_SIZE = 50;
const optionalNumber = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : Number(value));

/** The requests of an application: one per non-empty line of 分项申请. */
function requestLines(body: FormBody): string[] | undefined {
  const lines = field(body, 'requests').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.length > 0 ? lines : undefined;
}

export const applicationRoutes: FastifyPluginAsync<AdminPluginOptions> = async (app, { services, settings }) => {
  // The menu decides who reaches these pages (a page missing from a role's menu answers 403).
  app.addHook('preHandler', requireNavAccess('/admin/applications'));
  const { db, clock } = services;
  const formLimit = formRateLimit(settings);
  const ctxOf = (actor: Actor, request: FastifyRequest): CommandContext => ({ actor, clock, ip: request.ip });

  app.get<{ Querystring: { status?: string; due?: string; q?: string; page?: string; done?: string } }>('/applications', async (request, reply) => {
    const actor = requireActor(request);
    const today = todayInShanghai(clock);
    const { status, due, q } = request.query;
    const page = Math.max(1, Number.parseInt(request.query.page ?? '1', 10) || 1);
    const filter: CaseListFilter = { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
    if (isOneOf(CASE_STATUSES, status)) filter.status = status;
    if (due === 'overdue') filter.overdue = true;
    if (due === 'soon') filter.dueWithinWorkdays = 3;
    if (due === 'mine') filter.handlerUserId = actor.userId;
    if (q && q.trim()) filter.q = q.trim().slice(0, 64);
    const [list, organisations, myOverdue, mySoon] = await Promise.all([
      listCases(db, actor, filter, today),
      listOrganisations(db, actor),
      listCases(db, actor, { handlerUserId: actor.userId, overdue: true, limit: 1 }, today),
      listCases(db, actor, { handlerUserId: actor.userId, dueWithinWorkdays: 3, limit: 1 }, today),
    ]);
    const pageHtml = (
      <CasesPage ctx={consoleContext(request, reply)} cases={list.cases} total={list.total} organisationNames={new Map(organisations.map((o) => [o.id, o.name]))}
        filter={{ status, due, q }} today={today} mine={{ overdue: myOverdue.total, dueSoon: mySoon.total }}
        canRegister={organisations.some((o) => canOnApplications(actor, 'application.register', { organisationPath: o.path }))}
        notice={applicationNoticeFor(request.query.done)} />
    );
    return sendPage(reply, renderDocument(pageHtml));
  });

  async function registrable(actor: Actor) {
    const organisations = (await listOrganisations(db, actor)).filter((o) => canOnApplications(actor, 'application.register', { organisationPath: o.path }));
    if (organisations.length === 0) throw pageForbidden('您没有登记政府信息公开申请的权限。');
    return organisations;
  }

  app.get('/applications/new', async (request, reply) => {
    const organisations = await registrable(requireActor(request));
    return sendPage(reply, renderDocument(<RegisterPage ctx={consoleContext(request, reply)} organisations={organisations} values={{}} problems={[]} />));
  });

  app.post('/applications', {
    ...formLimit,
    config: { ...formLimit.config, multipartOptions: IDENTITY_UPLOAD },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const organisations = await registrable(actor);
    const body = formBody(request);
    const input = {
      organisationId: field(body, 'organisationId'), channel: field(body, 'channel'), arrivedOn: field(body, 'arrivedOn'),
      confirmedOn: field(body, 'confirmedOn') || undefined, applicantType: field(body, 'applicantType'), applicantName: field(body, 'applicantName'),
      applicantIdNumber: field(body, 'applicantIdNumber'), applicantContact: field(body, 'applicantContact'), description: field(body, 'description'),
      requests: requestLines(body), deliveryForm: field(body, 'deliveryForm'), deliveryWay: field(body, 'deliveryWay'),
    };
    const problems: FieldProblem[] = [];
    let document;
    try {
      document = await readIdentityDocument(uploadedFile(request, 'identityDocument'), { required: false });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      problems.push(...error.fields);
    }
    try {
      if (problems.length > 0) {
        const parsed = registerApplicationInput.safeParse(input);
        if (!parsed.success) problems.push(...parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.') || 'form', message: i.message })));
        throw formInvalid(problems);
      }
      const received = await registerApplication(db, ctxOf(actor, request), input as Parameters<typeof registerApplication>[2], document);
      return sendPage(reply, renderDocument(
        <RegisteredPage ctx={consoleContext(request, reply)} caseId={received.case.id} number={received.number} queryCode={received.queryCode} receivedOn={received.receivedOn} dueOn={received.dueOn} />,
      ));
    } catch (error) {
      if (!isDomainError(error) || error.kind !== 'invalid') throw error;
      const fields = error.fields.length > 0 ? error.fields : [{ field: '', message: error.userMessage }];
      const shown = fields.map((p) => (p.field.startsWith('requests.') ? { ...p, field: 'requests' } : p));
      return sendPage(reply, renderDocument(<RegisterPage ctx={consoleContext(request, reply)} organisations={organisations} values={body} problems={shown} />), 422);
    }
  });

  async function renderCase(request: FastifyRequest<IdParams>, reply: FastifyReply, problems: readonly FieldProblem[], values: FormBody, status = 200, notice?: string) {
    const actor = requireActor(request);
    const view = await getCaseForActor(db, actor, request.params.id, clock);
    const handlers = view.can['application.assign'] ? await listEligibleHandlers(db, view.case.organisationId) : [];
    const names = await staffNames(db, [view.case.handlerUserId, ...view.letters.flatMap((l) => [l.draftedBy, l.reviewedBy])]);
    const page = <CasePage ctx={consoleContext(request, reply)} view={view} names={names} handlers={handlers} problems={problems} values={values} notice={notice} />;
    return sendPage(reply, renderDocument(page), status);
  }

  app.get<IdParams & { Querystring: { done?: string } }>('/applications/:id', (request, reply) => renderCase(request, reply, [], {}, 200, applicationNoticeFor(request.query.done)));

  /** One handling step: its form fields are `<key>.<name>`; refusals come back beside them. */
  function step(path: string, key: string, done: ApplicationNotice, run: Step) {
    app.post<{ Params: Record<string, string> & { id: string } }>(path, formLimit, async (request, reply) => {
      const actor = requireActor(request);
      const body = formBody(request);
      const read: Read = (name) => {
        const value = body[`${key}.${name}`];
        return value === undefined || value.trim() === '' ? undefined : value;
      };
      const ref = { caseId: request.params.id, version: Number.parseInt(field(body, 'version'), 10) || 0 };
      try {
        await run(ctxOf(actor, request), ref, read, body, request.params);
        return reply.redirect(`/admin/applications/${encodeURIComponent(request.params.id)}?done=${done}`, 303);
      } catch (error) {
        if (!isDomainError(error) || (error.kind !== 'invalid' && error.kind !== 'forbidden')) throw error;
        const problems = error.fields.length > 0
          ? error.fields.map((p) => ({ field: `${key}.${p.field}`, message: p.message }))
          : [{ field: '', message: error.userMessage }];
        return renderCase(request as FastifyRequest<IdParams>, reply, problems, body, error.status);
      }
    });
  }

  step('/applications/:id/assign', 'assign', 'assigned', (ctx, ref, read) => assignHandler(db, ctx, { ...ref, handlerUserId: read('handlerUserId') ?? '' }));
  step('/applications/:id/correction', 'correction', 'correction-sent', (ctx, ref, read) =>
    requestCorrection(db, ctx, { ...ref, items: read('items') ?? '', correctionDueOn: read('correctionDueOn') ?? '', sentOn: read('sentOn') }));
  step('/applications/:id/correction/received', 'corrected', 'corrected', (ctx, ref, read) =>
    receiveCorrection(db, ctx, { ...ref, receivedOn: read('receivedOn'), description: read('description') }));
  step('/applications/:id/correction/lapsed', 'lapse', 'correction-lapsed', (ctx, ref) => lapseCorrection(db, ctx, ref));
  step('/applications/:id/consultations', 'consultation', 'consultation-sent', (ctx, ref, read) =>
    startConsultation(db, ctx, { ...ref, party: read('party') as never, partyName: read('partyName') ?? '', question: read('question') ?? '', sentOn: read('sentOn') }));
  step('/applications/:id/consultations/:consultationId/answer', 'answer', 'consultation-answered', (ctx, ref, read, _body, params) =>
    answerConsultation(db, ctx, { ...ref, consultationId: params.consultationId ?? '', opinion: read('opinion') as never, summary: read('summary'), repliedOn: read('repliedOn') }));
  step('/applications/:id/extension', 'extension', 'extension-requested', (ctx, ref, read) =>
    requestExtension(db, ctx, { ...ref, workdays: optionalNumber(read('workdays')) as number, reason: read('reason') ?? '' }));
  step('/applications/:id/extension/approve', 'approve', 'extension-approved', (ctx, ref) => approveExtension(db, ctx, ref));
  step('/applications/:id/extension/reject', 'reject', 'extension-rejected', (ctx, ref, read) => rejectExtension(db, ctx, { ...ref, note: read('note') }));
  step('/applications/:id/decision', 'decision', 'decided', (ctx, ref, read) => {
    const items = [];
    for (let i = 0; read(`items.${i}.itemId`) !== undefined && i < 50; i++) {
      items.push({ itemId: read(`items.${i}.itemId`)!, outcome: (read(`items.${i}.outcome`) ?? '') as never, reason: read(`items.${i}.reason`) });
    }
    return decideApplication(db, ctx, { ...ref, items, decidedOn: read('decidedOn') });
  });
  step('/applications/:id/letters', 'letter', 'letter-drafted', (ctx, ref, read) => draftReplyLetter(db, ctx, { ...ref, reviewBody: read('reviewBody'), court: read('court') }));
  step('/applications/:id/fee', 'fee', 'fee-noticed', (ctx, ref, read) =>
    sendFeeNotice(db, ctx, { ...ref, amountYuan: optionalNumber(read('amountYuan')) as number, basis: read('basis') as never, quantity: optionalNumber(read('quantity')) as number, receivedOn: read('receivedOn') }));
  step('/applications/:id/fee/paid', 'paid', 'fee-paid', (ctx, ref, read) => recordFeePayment(db, ctx, { ...ref, paidOn: read('paidOn') }));
  step('/applications/:id/fee/lapsed', 'feelapse', 'fee-lapsed', (ctx, ref) => lapseFee(db, ctx, ref));
  step('/applications/:id/withdraw', 'withdraw', 'withdrawn', (ctx, ref, read) => withdrawApplication(db, ctx, { ...ref, note: read('note') }));

  /** The letter of the case in the URL (404 if it belongs to another case or is not visible). */
  async function letterOf(ctx: CommandContext, caseId: string, letterId: string): Promise<{ view: CaseView; letter: CaseView['letters'][number] }> {
    const view = await getCaseForActor(db, ctx.actor, caseId, clock);
    const letter = view.letters.find((l) => l.id === letterId);
    if (!letter) throw Object.assign(new Error('letter not in case'), { statusCode: 404 });
    return { view, letter };
  }

  step('/applications/:id/letters/:letterId/review', 'review', 'letter-reviewed', async (ctx, ref, read, _body, params) => {
    const { letter } = await letterOf(ctx, ref.caseId, params.letterId ?? '');
    const approve = read('approve');
    if (approve !== 'yes' && approve !== 'no') throw formInvalid([{ field: 'approve', message: '请选择审核通过或退回修改' }]);
    return reviewLetter(db, ctx, { letterId: letter.id, version: letter.version, approve: approve === 'yes', note: read('note') });
  });
  step('/applications/:id/letters/:letterId/send', 'send', 'letter-sent', async (ctx, ref, read, _body, params) => {
    const { letter } = await letterOf(ctx, ref.caseId, params.letterId ?? '');
    return sendReplyLetter(db, ctx, { letterId: letter.id, deliveryWay: read('deliveryWay') as never, sentOn: read('sentOn') });
  });
  step('/applications/:id/letters/:letterId/delivery', 'delivery', 'delivered', async (ctx, ref, read, _body, params) => {
    const { letter } = await letterOf(ctx, ref.caseId, params.letterId ?? '');
    return recordDelivery(db, ctx, { letterId: letter.id, deliveredOn: read('deliveredOn') });
  });

  app.get<LetterParams>('/applications/:id/letters/:letterId', async (request, reply) => {
    const actor = requireActor(request);
    const { view, letter } = await letterOf(ctxOf(actor, request), request.params.id, request.params.letterId);
    const text = letterText(letter.kind, letter.content, view.organisationName);
    const status = { draft: '草稿，待审核', approved: '已审核，待发出', sent: '已发出' }[letter.status];
    return sendPage(reply, renderDocument(<LetterPage ctx={consoleContext(request, reply)} caseId={view.case.id} letterId={letter.id} text={text} status={status} />));
  });

  app.get<LetterParams>('/applications/:id/letters/:letterId/docx', async (request, reply) => {
    const actor = requireActor(request);
    const { view, letter } = await letterOf(ctxOf(actor, request), request.params.id, request.params.letterId);
    const bytes = await letterDocx(letterText(letter.kind, letter.content, view.organisationName));
    const name = `${view.case.number ?? 'application'}-${letter.kind}.docx`;
    return reply.header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`)
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document').send(bytes);
  });

  app.get<IdParams>('/applications/:id/identity-document', async (request, reply) => {
    const document = await getIdentityDocumentForActor(db, requireActor(request), request.params.id);
    const ext = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' }[document.mediaType] ?? 'bin';
    return reply.header('cache-control', 'no-store').header('content-disposition', `attachment; filename="identity-document.${ext}"`).type(document.mediaType).send(document.bytes);
  });
};
