import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DestinationStream } from 'pino';
import Fastify, { LogController } from 'fastify';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { adminPlugin } from './admin/plugin.ts';
import { apiPlugin } from './api/plugin.ts';
import type { Config } from './config.ts';
import { registerCsrf } from './http/csrf.ts';
import { registerErrorHandling } from './http/error-handling.ts';
import { clientErrorHandler, frameworkErrors } from './http/framework-errors.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { registerSiteFiles } from './http/site-files.ts';
import { batchedLogStream } from './http/log-batching.ts';
import { registerMultipart } from './http/multipart.ts';
import { requestPath } from './http/page-context.ts';
import { fastifyTrustProxy } from './http/trust-proxy.ts';
import './http/request-actor.ts';
import { portalPlugin } from './portal/plugin.tsx';
import type { Services } from './services.ts';

/** The settings the app takes from the configuration (injected; never read from the environment). */
export type AppSettings = Pick<
  Config,
  'cookieSecret' | 'secureCookies' | 'trustProxy' | 'bodyLimit' | 'signInRateLimit' | 'formRateLimit' | 'logLevel'
> & Partial<Pick<Config, 'smtpUrl' | 'smtpFrom' | 'fetchAllowPrivate'>>;

export interface AppOptions extends AppSettings {
  /** Where logs go (default stdout). Tests pass a stream to read them. */
  logStream?: DestinationStream;
  /** Called for every route as it is registered (Fastify's onRoute): tests enumerate the routes. */
  onRoute?: (route: RouteOptions) => void;
}

const ASSETS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets');

/**
 * Logs carry no personal data: the request line without its query string, status and timing;
 * never bodies, cookies, authorization headers or client addresses.
 */
function loggerOptions(options: AppOptions, stream: DestinationStream) {
  return {
    level: options.logLevel,
    stream,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], censor: '[redacted]' },
    serializers: {
      req: (request: FastifyRequest) => ({ method: request.method, path: requestPath(request), id: request.id }),
    },
  };
}

/** Builds the whole HTTP app on the given services. Does not listen. */
export async function buildApp(services: Services, options: AppOptions): Promise<FastifyInstance> {
  // The lines of one turn of the event loop are written together (http/log-batching.ts).
  const logStream = batchedLogStream(options.logStream);
  const app = Fastify({
    logger: loggerOptions(options, logStream),
    trustProxy: fastifyTrustProxy(options.trustProxy),
    bodyLimit: options.bodyLimit,
    return503OnClosing: true,
    // One line per request (see onResponse below) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // Fastify's own early failures and the HTTP parser's go through our error description too.
    frameworkErrors,
    clientErrorHandler,
  });
  app.addHook('onClose', (_instance, done) => {
    logStream.end();
    done();
  });
  const { onRoute } = options;
  if (onRoute) app.addHook('onRoute', (route) => onRoute(route));

  await app.register(cookie, { secret: options.cookieSecret });
  await app.register(formbody, { bodyLimit: options.bodyLimit });
  await registerSecurityHeaders(app, options);
  await registerMultipart(app);
  registerCsrf(app, options);
  // Every state-changing request carries the CSRF token of its form, bound to its session
  // (http/csrf.ts). Checked in preValidation: the token is in the body, which is not parsed yet at
  // onRequest (multipart bodies are parsed by @fastify/multipart's own earlier preValidation hook).
  app.addHook('preValidation', (request, reply, done) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return done();
    app.csrfProtection(request, reply, done);
  });
  await app.register(rateLimit, { global: false });
  registerErrorHandling(app);
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info({ method: request.method, path: requestPath(request), status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
    done();
  });
  app.decorateRequest('actor', undefined);

  await app.register(fastifyStatic, { root: ASSETS_DIR, prefix: '/assets/', maxAge: '1h', index: false, list: false });
  registerSiteFiles(app);

  app.get('/healthz', async (_request, reply) => {
    const healthy = await services.isHealthy();
    return reply.code(healthy ? 200 : 503).header('cache-control', 'no-store').send({ status: healthy ? 'ok' : 'unavailable', database: healthy ? 'ok' : 'unreachable' });
  });

  await app.register(portalPlugin, { services, settings: options });
  await app.register(adminPlugin, { prefix: '/admin', services, settings: options });
  await app.register(apiPlugin, { prefix: '/api/v1', services });
  return app;
}
