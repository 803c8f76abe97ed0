import type { FastifyPluginAsync } from 'fastify';
import type { AdminPluginOptions } from '../plugin.ts';
import { catalogRoutes } from './catalog-routes.tsx';
import { itemActionRoutes } from './item-action-routes.tsx';
import { itemRoutes } from './item-routes.tsx';
import { overviewRoutes } from './overview-routes.tsx';
import { scheduleDuePublication } from './scheduler.ts';
import { statisticsRoutes } from './statistics-routes.tsx';

/** 主动公开 in the console, under /admin/publishing (one NAV entry, its own sub-navigation). */
export const publishingRoutes: FastifyPluginAsync<AdminPluginOptions> = async (app, { services, settings }) => {
  // Only our options: Fastify's `prefix` would otherwise apply again to each child.
  const options: AdminPluginOptions = { services, settings };
  scheduleDuePublication(app, services);
  await app.register(overviewRoutes, options);
  await app.register(itemRoutes, options);
  await app.register(itemActionRoutes, options);
  await app.register(catalogRoutes, options);
  await app.register(statisticsRoutes, options);
};
