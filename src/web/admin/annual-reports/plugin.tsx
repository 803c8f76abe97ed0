import type { FastifyPluginAsync } from 'fastify';
import { registerAuditPages } from '../../annual-reports/audit-routes.tsx';
import { ConsoleLayout } from '../../views/console-layout.tsx';
import { consoleContext } from '../context.ts';
import type { AdminPluginOptions } from '../plugin.ts';
import { annualReportRoutes } from './report-routes.tsx';
import { importRoutes } from './import-routes.tsx';
import { supervisionRoutes } from './supervision-routes.tsx';

/** 年度报告 in the console: reports, supervision and aggregate, and the audit of any report file. */
export const annualReportsConsole: FastifyPluginAsync<AdminPluginOptions> = async (app, options) => {
  await app.register(supervisionRoutes, options);
  await app.register(annualReportRoutes, options);
  await app.register(importRoutes, options);
  registerAuditPages(app, {
    path: '/audit',
    action: '/admin/audit',
    perMinute: options.settings.formRateLimit,
    page: (request, reply, content) => {
      const ctx = consoleContext(request, reply);
      return <ConsoleLayout ctx={ctx} title="年度报告审核">{content(ctx.csrfToken)}</ConsoleLayout>;
    },
  });
};
