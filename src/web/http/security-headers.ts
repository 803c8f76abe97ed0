import type { FastifyInstance, FastifyReply } from 'fastify';

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

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
  });
}
