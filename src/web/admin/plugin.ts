import type { FastifyPluginAsync } from 'fastify';
import type { AppSettings } from '../app.ts';
import type { Services } from '../services.ts';
import { annualReportsConsole } from './annual-reports/plugin.tsx';
import { applicationRoutes } from './application-routes.tsx';
import { consoleAuthHook } from './auth-hook.ts';
import { dashboardRoutes } from './dashboard-routes.tsx';
import { organisationRoutes } from './organisation-routes.tsx';
import { oversightRoutes } from './oversight-routes.tsx';
import { passwordRoutes } from './password-routes.tsx';
import { publishingRoutes } from './publishing/plugin.ts';
import { signInEventRoutes } from './sign-in-event-routes.tsx';
import { signInRoutes } from './sign-in-routes.tsx';
import { userRoutes } from './user-routes.tsx';

export interface AdminPluginOptions {
  services: Services;
  settings: AppSettings;
}

/**
 * The admin console under /admin: sign in and out are open; everything else sits in an
 * encapsulated child context whose auth hook requires a live session.
 */
export const adminPlugin: FastifyPluginAsync<AdminPluginOptions> = async (app, { services, settings }) => {
  // Pass only our options down: Fastify's own (`prefix`) would otherwise apply twice.
  const options: AdminPluginOptions = { services, settings };
  await app.register(signInRoutes, options);
  await app.register(async (secured) => {
    secured.addHook('onRequest', consoleAuthHook(options.services, options.settings));
    await secured.register(dashboardRoutes, options);
    await secured.register(passwordRoutes, options);
    await secured.register(userRoutes, options);
    await secured.register(organisationRoutes, options);
    await secured.register(publishingRoutes, { ...options, prefix: '/publishing' });
    await secured.register(annualReportsConsole, options);
    await secured.register(signInEventRoutes, options);
    await secured.register(applicationRoutes, options);
    await secured.register(oversightRoutes, options);
  });
};
