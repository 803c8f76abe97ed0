import type { AppSettings } from '../app.ts';

/**
 * Route options that rate-limit a form by client address (@fastify/rate-limit, registered with
 * `global: false`). Sign-in has its own, stricter limit; every other form, public ones included
 * (e.g. the 依申请公开 application form to come), takes `formRateLimit`.
 */
export function signInRateLimit(settings: Pick<AppSettings, 'signInRateLimit'>) {
  return { config: { rateLimit: { max: settings.signInRateLimit, timeWindow: '1 minute' } } };
}

export function formRateLimit(settings: Pick<AppSettings, 'formRateLimit'>) {
  return { config: { rateLimit: { max: settings.formRateLimit, timeWindow: '1 minute' } } };
}
