/**
 * Test support for the web layer: the real app on a real listening socket (port 0), and a small
 * cookie-keeping client, so tests go through HTTP exactly as a browser without JavaScript does.
 */
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database, Dialect } from '../../../src/db/index.ts';
import type { Clock } from '../../../src/domains/shared/clock.ts';
import type { AppOptions } from '../../../src/web/app.ts';
import { buildApp } from '../../../src/web/app.ts';
import { servicesFor } from '../../../src/web/services.ts';
import type { Services } from '../../../src/web/services.ts';
import type { PortalStamps } from '../../../src/web/portal/portal-stamps.ts';

export const TEST_SETTINGS: AppOptions = {
  cookieSecret: 'test-cookie-secret-that-is-long-enough-0123456789',
  secureCookies: false,
  trustProxy: false,
  bodyLimit: 16 * 1024,
  signInRateLimit: 1000,
  formRateLimit: 1000,
  logLevel: 'info',
};

/** A clock the test moves: starts at `start`, `advance(ms)` moves it on. */
export function movableClock(start = '2026-11-28T02:00:00.000Z'): Clock & { advance(ms: number): void } {
  let now = Date.parse(start);
  return { now: () => new Date(now), advance: (ms: number) => void (now += ms) };
}

export interface RunningServer {
  app: FastifyInstance;
  services: Services;
  baseUrl: string;
  /** Every log line the app wrote, as text. */
  logs: string[];
  close(): Promise<void>;
}

/** `portalStamps`: where the portal reads organisation stamps (default: per request). */
export async function startServer(db: Kysely<Database>, dialect: Dialect, clock: Clock, overrides: Partial<AppOptions> = {}, portalStamps?: PortalStamps): Promise<RunningServer> {
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, callback) {
      logs.push(String(chunk));
      callback();
    },
  });
  // The test database belongs to the suite: closing the app must not close it.
  const services = servicesFor(db, dialect, clock, async () => undefined, undefined, portalStamps);
  const app = await buildApp(services, { ...TEST_SETTINGS, logStream, ...overrides });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return { app, services, baseUrl: `http://127.0.0.1:${address.port}`, logs, close: () => app.close() };
}

export interface Response {
  status: number;
  headers: Headers;
  text: string;
  /** The `location` header, when redirected. */
  location: string | null;
}

/** A browser without JavaScript: keeps cookies, does not follow redirects, posts urlencoded forms. */
export class Client {
  readonly cookies = new Map<string, string>();
  /** Headers sent with every request (e.g. a forged `x-forwarded-for`). */
  headers: Record<string, string> = {};
  constructor(readonly baseUrl: string) {}

  private remember(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || attributes.some((a) => /^\s*max-age=0\b/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async request(method: string, path: string, body?: string, contentType = 'application/x-www-form-urlencoded'): Promise<Response> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      redirect: 'manual',
      headers: { ...this.headers, ...(this.cookies.size > 0 ? { cookie: this.cookieHeader() } : {}), ...(body !== undefined ? { 'content-type': contentType } : {}) },
      body,
    });
    this.remember(response.headers);
    return { status: response.status, headers: response.headers, text: await response.text(), location: response.headers.get('location') };
  }

  get(path: string): Promise<Response> {
    return this.request('GET', path);
  }

  post(path: string, form: Record<string, string>): Promise<Response> {
    return this.request('POST', path, new URLSearchParams(form).toString());
  }

  /** GETs a page with a form and posts the form with its CSRF token. */
  async submit(pagePath: string, action: string, form: Record<string, string>): Promise<Response> {
    const page = await this.get(pagePath);
    return this.post(action, { _csrf: csrfTokenIn(page.text), ...form });
  }

  async signIn(username: string, password: string): Promise<Response> {
    return this.submit('/admin/sign-in', '/admin/sign-in', { username, password });
  }
}

export function csrfTokenIn(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('no CSRF token in page');
  return match[1]!;
}

/** The text of the page without tags, whitespace collapsed: for asserting what a person reads. */
export function visibleText(html: string): string {
  return html
    .replace(/<head>[\s\S]*?<\/head>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
