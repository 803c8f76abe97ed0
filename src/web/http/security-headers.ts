import Fastify from 'fastify';
import type { FastifyInstance, FastifyReply } from 'fastify';
import helmet from '@fastify/helmet';
import type { FastifyHelmetOptions } from '@fastify/helmet';

/**
 * Headers beyond helmet's: a Permissions-Policy turning off every powerful browser feature the
 * site never uses (a page injected into it cannot use them either). Framing is refused twice,
 * consistently: CSP `frame-ancestors 'none'` for current browsers and `X-Frame-Options: DENY`
 * (helmet's `frameguard`) for old ones.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'fullscreen=(self)',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
  'browsing-topics=()',
].join(', ');

export const FRAME_OPTIONS = 'DENY';

/** For answers sent outside the hook chain (framework errors): the essentials by hand. */
export function setBaselineHeaders(reply: FastifyReply): void {
  reply
    .header('permissions-policy', PERMISSIONS_POLICY)
    .header('x-frame-options', FRAME_OPTIONS)
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'")
    .header('referrer-policy', 'no-referrer');
}

/** Helmet's settings: a CSP allowing only this site; HSTS and upgrade-insecure-requests only behind TLS. */
function helmetOptions(secure: boolean): FastifyHelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        // Only behind TLS: on a plain-HTTP office network this would break every form.
        ...(secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: secure ? { maxAge: 15552000, includeSubDomains: false } : false,
    crossOriginEmbedderPolicy: false,
    // The same as CSP frame-ancestors 'none', for browsers that only know X-Frame-Options.
    frameguard: { action: 'deny' },
  };
}

/**
 * The headers every answer carries, computed once. @fastify/helmet builds a new helmet middleware
 * (parsing and validating every option, the CSP included) on every request, in two hooks, one of
 * them async: a large share of the CPU a kept portal page costs. Our headers are the same for every
 * request (no per-route helmet options, no CSP nonces), so helmet runs once, on a throwaway
 * instance, and the headers it set are copied from then on.
 */
export function securityHeaders(secure: boolean): Promise<[string, string][]> {
  // The same for every app of the process with this setting (tests build hundreds of apps).
  let headers = SECURITY_HEADERS.get(secure);
  if (!headers) {
    headers = probeHelmet(secure);
    headers.catch(() => SECURITY_HEADERS.delete(secure));
    SECURITY_HEADERS.set(secure, headers);
  }
  return headers;
}

const SECURITY_HEADERS = new Map<boolean, Promise<[string, string][]>>();

async function probeHelmet(secure: boolean): Promise<[string, string][]> {
  const probe = Fastify({ logger: false });
  let set: Record<string, unknown> = {};
  await probe.register(helmet, helmetOptions(secure));
  probe.addHook('onRequest', (_request, reply, done) => {
    set = { ...reply.raw.getHeaders() };
    done();
  });
  probe.get('/', (_request, reply) => reply.send(''));
  try {
    await probe.inject('/');
  } finally {
    await probe.close();
  }
  const headers = Object.entries(set).map(([name, value]): [string, string] => [name, String(value)]);
  if (!headers.some(([name]) => name === 'content-security-policy')) throw new Error('helmet set no Content-Security-Policy');
  return [...headers, ['permissions-policy', PERMISSIONS_POLICY]];
}

/** Sets the headers from one synchronous hook, on the raw response as helmet does (kept on every answer). */
export async function registerSecurityHeaders(app: FastifyInstance, options: { secureCookies: boolean }): Promise<void> {
  const headers = await securityHeaders(options.secureCookies);
  app.addHook('onRequest', (_request, reply, done) => {
    const raw = reply.raw;
    for (const [name, value] of headers) raw.setHeader(name, value);
    done();
  });
}
