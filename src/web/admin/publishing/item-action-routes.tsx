import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, CommandContext } from '../../../domains/accounts/index.ts';
import {
  addAttachment,
  decideItem,
  getItemDetail,
  maskItem,
  MAX_ATTACHMENT_BYTES,
  removeAttachment,
  repealItem,
  submitItem,
  waiveFinding,
  withdrawItem,
} from '../../../domains/publishing/index.ts';
import type { DecisionInput, RepealInput } from '../../../domains/publishing/index.ts';
import type { FieldProblem } from '../../../domains/shared/errors.ts';
import type { FormBody } from '../../http/form.ts';
import { field, formBody } from '../../http/form.ts';
import { isUploadedFile, uploadConfig } from '../../http/multipart.ts';
import { formRateLimit } from '../../http/rate-limits.ts';
import { requireActor } from '../../http/request-actor.ts';
import { formInvalid } from '../../http/web-errors.ts';
import { ItemPage } from '../../views/admin/publishing/item-page.tsx';
import { renderDocument } from '../../views/render.ts';
import { consoleContext, sendPage } from '../context.ts';
import type { AdminPluginOptions } from '../plugin.ts';
import { pageProblems, shownOnPage } from './errors.ts';
import type { PublishingNotice } from './notices.ts';

type IdParams = { Params: { id: string; attachmentId?: string } };
type Action = (ctx: CommandContext & { actor: Actor }, id: string, version: number, body: FormBody, request: FastifyRequest<IdParams>) => Promise<PublishingNotice>;

/** The fields of the item page's forms an error can point at. */
const FIELDS_ON_PAGE = ['opinion', 'reason', 'on', 'validity', 'file'];

/**
 * The workflow on one item: submit, decide (审核 / 保密审查 / 签发: approve or reject), mask,
 * waive, withdraw, repeal, attachments. Each is POST → redirect to the item page with a notice;
 * a refusal re-renders the item page with the Chinese message (e.g. 不能审核自己起草的信息).
 */
export const itemActionRoutes: FastifyPluginAsync<AdminPluginOptions> = async (app, { services, settings }) => {
  const { db, clock, files } = services;
  const formLimit = formRateLimit(settings);

  async function renderWithProblems(request: FastifyRequest<IdParams>, reply: FastifyReply, problems: readonly FieldProblem[], status: number) {
    const detail = await getItemDetail(db, requireActor(request), clock, request.params.id);
    return sendPage(reply, renderDocument(<ItemPage ctx={consoleContext(request, reply)} detail={detail} problems={problems} />), status);
  }

  function action(run: Action) {
    return async (request: FastifyRequest<IdParams>, reply: FastifyReply) => {
      const actor = requireActor(request);
      const body = formBody(request);
      try {
        const done = await run({ actor, clock, ip: request.ip }, request.params.id, Number.parseInt(field(body, 'version'), 10) || 0, body, request);
        return reply.redirect(`/admin/publishing/items/${encodeURIComponent(request.params.id)}?done=${done}`, 303);
      } catch (error) {
        if (!shownOnPage(error)) throw error;
        return renderWithProblems(request, reply, pageProblems(error, FIELDS_ON_PAGE), error.status);
      }
    };
  }

  app.post<IdParams>(
    '/items/:id/submit',
    formLimit,
    action(async (ctx, id, version) => {
      const item = await submitItem(db, ctx, id, version);
      return item.status === 'published' ? 'published' : item.status === 'scheduled' ? 'scheduled' : 'submitted';
    }),
  );

  app.post<IdParams>(
    '/items/:id/decide',
    formLimit,
    action(async (ctx, id, version, body) => {
      const decision = field(body, 'decision');
      if (decision !== 'approve' && decision !== 'reject') throw formInvalid([{ field: '', message: '请选择通过或退回' }]);
      const item = await decideItem(db, ctx, id, version, { decision, opinion: field(body, 'opinion') } as DecisionInput);
      if (decision === 'reject') return 'rejected';
      return item.status === 'published' ? 'published' : item.status === 'scheduled' ? 'scheduled' : 'approved';
    }),
  );

  app.post<IdParams>(
    '/items/:id/mask',
    formLimit,
    action(async (ctx, id, version, body) => {
      const key = field(body, 'key');
      await maskItem(db, ctx, id, version, key || undefined);
      return 'masked';
    }),
  );

  app.post<IdParams>(
    '/items/:id/waive',
    formLimit,
    action(async (ctx, id, _version, body) => {
      await waiveFinding(db, ctx, id, { key: field(body, 'key'), reason: field(body, 'reason') });
      return 'waived';
    }),
  );

  app.post<IdParams>(
    '/items/:id/withdraw',
    formLimit,
    action(async (ctx, id, version, body) => {
      await withdrawItem(db, ctx, id, version, { reason: field(body, 'reason') });
      return 'withdrawn';
    }),
  );

  app.post<IdParams>(
    '/items/:id/repeal',
    formLimit,
    action(async (ctx, id, version, body) => {
      await repealItem(db, ctx, id, version, { validity: field(body, 'validity'), on: field(body, 'on'), reason: field(body, 'reason') } as RepealInput);
      return 'repealed';
    }),
  );

  // multipart/form-data: one file of at most MAX_ATTACHMENT_BYTES (http/multipart.ts); the type
  // is sniffed from the bytes by the domain, the bytes stored under their SHA-256.
  app.post<IdParams>(
    '/items/:id/attachments',
    { config: { ...formLimit.config, ...uploadConfig(MAX_ATTACHMENT_BYTES) } },
    action(async (ctx, id, _version, _body, request) => {
      const file = (request.body as Record<string, unknown> | undefined)?.file;
      if (!isUploadedFile(file) || (file.fileName === '' && file.bytes.length === 0)) throw formInvalid([{ field: 'file', message: '请选择要上传的文件' }]);
      await addAttachment(db, ctx, files, id, { fileName: file.fileName, bytes: file.bytes });
      return 'attached';
    }),
  );

  app.post<IdParams>(
    '/items/:id/attachments/:attachmentId/remove',
    formLimit,
    action(async (ctx, id, _version, _body, request) => {
      await removeAttachment(db, ctx, id, request.params.attachmentId ?? '');
      return 'detached';
    }),
  );
};
