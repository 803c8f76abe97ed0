import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { auditDocument, auditZip, BatchRefused, findingsWorkbook } from '../../domains/audit/index.ts';
import { PUBLISHED_FORMAT_TYPES } from '../../domains/reports/index.ts';
import { AuditView } from '../views/annual-reports/audit-view.tsx';
import type { AuditViewProps } from '../views/annual-reports/audit-view.tsx';
import { renderDocument } from '../views/render.ts';
import { AUDIT_UPLOAD_BYTES, auditInput, auditRouteOptions, BATCH_UPLOAD_BYTES, batchInput } from './audit-upload.ts';

export interface AuditPageFrame {
  /** The route's path within its plugin (`/audit`). */
  path: string;
  /** The form's URL as the browser sees it: `/admin/audit` in the console, `/audit` on the portal. */
  action: string;
  /** The page in its frame (console or portal layout), with the CSRF token for its forms. */
  page(request: FastifyRequest, reply: FastifyReply, content: (csrfToken: string) => VNode): VNode;
  /** Uploads per client address and minute. */
  perMinute: number;
}

/**
 * 年报审核 in the console and on the portal: GET the form, POST one report (file or text) to see it
 * read and checked, POST a ZIP to download the findings table as XLSX. Nothing is stored.
 */
export function registerAuditPages(app: FastifyInstance, frame: AuditPageFrame): void {
  const send = (reply: FastifyReply, page: VNode, status = 200) =>
    reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(renderDocument(page));
  const view = (request: FastifyRequest, reply: FastifyReply, props: Omit<AuditViewProps, 'action' | 'csrfToken'>) =>
    frame.page(request, reply, (csrfToken) => <AuditView action={frame.action} csrfToken={csrfToken} {...props} />);

  app.get(frame.path, (request, reply) => send(reply, view(request, reply, {})));

  app.post(frame.path, auditRouteOptions(AUDIT_UPLOAD_BYTES, frame.perMinute), async (request, reply) => {
    const input = auditInput(request);
    const text = typeof (request.body as { text?: unknown } | undefined)?.text === 'string' ? (request.body as { text: string }).text : undefined;
    if ('problem' in input) return send(reply, view(request, reply, { problem: input.problem, text }), 422);
    const result = await auditDocument(input.bytes, input.name);
    return send(reply, view(request, reply, { result, fileName: input.name, text }));
  });

  app.post(`${frame.path}/batch`, auditRouteOptions(BATCH_UPLOAD_BYTES, Math.max(1, Math.floor(frame.perMinute / 4))), async (request, reply) => {
    const input = batchInput(request);
    if ('problem' in input) return send(reply, view(request, reply, { problem: input.problem }), 422);
    try {
      const entries = await auditZip(input);
      const bytes = await findingsWorkbook(entries);
      return reply.header('cache-control', 'no-store').header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('年度报告批量审核结果.xlsx')}`)
        .type(PUBLISHED_FORMAT_TYPES.xlsx.contentType).send(Buffer.from(bytes));
    } catch (error) {
      if (error instanceof BatchRefused) return send(reply, view(request, reply, { problem: error.userMessage }), 422);
      throw error;
    }
  });
}
