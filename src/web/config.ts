import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import type { TrustProxy } from './http/trust-proxy.ts';
import { parseTrustProxy } from './http/trust-proxy.ts';

/**
 * The server's settings, read once from the environment and validated at start. Every setting the
 * app needs is here and injected; app code never reads `process.env` or switches on `NODE_ENV`.
 */
export interface Config {
  host: string;
  port: number;
  /** `postgres://…` for PostgreSQL; otherwise SQLite at `<dataDir>/gongkai.db`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /**
   * Which reverse proxies to believe about the client's address and protocol (TRUST_PROXY):
   * off, a hop count, or a list of proxy addresses/CIDR blocks (see http/trust-proxy.ts).
   */
  trustProxy: TrustProxy;
  /** Mark cookies `secure` always (the site is served over TLS). */
  secureCookies: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Secret for signing cookies (the CSRF secret cookie). Random per process when unset. */
  cookieSecret: string;
  /** Largest accepted request body, in bytes. */
  bodyLimit: number;
  /** Sign-in attempts per minute per client address. */
  signInRateLimit: number;
  /** Public form submissions per minute per client address. */
  formRateLimit: number;
  /** SMTP server for reminder e-mails (`smtp://user:pass@host:25`, `smtps://…`); none → no e-mail. */
  smtpUrl: string | undefined;
  /** Sender of those e-mails. */
  smtpFrom: string;
  /**
   * Let the import of subordinates' reports by URL fetch from private, loopback and other
   * non-public addresses (GONGKAI_FETCH_ALLOW_PRIVATE). Off: only public addresses (SSRF guard).
   */
  fetchAllowPrivate: boolean;
}

export const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'], { message: '应为 1/0、true/false 或 yes/no' })
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

const positiveInt = (message: string) =>
  z
    .string()
    .regex(/^\d+$/, { message })
    .transform((value) => Number(value))
    .refine((value) => value > 0 && Number.isSafeInteger(value), { message });

const envSchema = z.object({
  HOST: z.string().min(1, { message: '不能为空 (must not be empty)' }).default('127.0.0.1'),
  PORT: z
    .string()
    .regex(/^\d+$/, { message: '端口应为 0–65535 的整数 (port must be an integer 0–65535)' })
    .transform((value) => Number(value))
    .refine((value) => value >= 0 && value <= 65535, { message: '端口应为 0–65535 的整数 (port must be an integer 0–65535)' })
    .default(3000),
  DATABASE_URL: z
    .string()
    .refine((value) => /^postgres(ql)?:\/\//.test(value), {
      message: '应以 postgres:// 开头；使用 SQLite 时请不要设置 (must start with postgres://; leave unset for SQLite)',
    })
    .optional(),
  GONGKAI_DATA_DIR: z.string().min(1).default('data'),
  TRUST_PROXY: z
    .string()
    .transform((raw, ctx) => {
      const parsed = parseTrustProxy(raw);
      if ('value' in parsed) return parsed.value;
      for (const message of parsed.problems) ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    })
    .default(false),
  SECURE_COOKIES: booleanFlag.default(false),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: '应为 fatal/error/warn/info/debug/trace/silent 之一 (must be one of fatal/error/warn/info/debug/trace/silent)',
    })
    .default('info'),
  COOKIE_SECRET: z.string().min(32, { message: '至少 32 个字符 (at least 32 characters)' }).optional(),
  BODY_LIMIT: positiveInt('应为正整数字节数 (must be a positive number of bytes)').default(64 * 1024),
  SIGN_IN_RATE_LIMIT: positiveInt('应为正整数 (must be a positive integer)').default(10),
  FORM_RATE_LIMIT: positiveInt('应为正整数 (must be a positive integer)').default(30),
  SMTP_URL: z.string().refine((value) => /^smtps?:\/\/[^\s]+$/.test(value), { message: '应以 smtp:// 或 smtps:// 开头 (must start with smtp:// or smtps://)' }).optional(),
  SMTP_FROM: z.string().min(3).default('gongkai@localhost'),
  GONGKAI_FETCH_ALLOW_PRIVATE: booleanFlag.default(false),
});

/** A configuration that cannot be used. `message` is bilingual and names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`配置无效 (invalid configuration):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Reads the configuration from an environment; throws `ConfigError` listing every problem. */
export function loadConfig(env: Env): Config {
  // An empty variable counts as unset, as shells and .env files often leave them.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.GONGKAI_DATA_DIR),
    trustProxy: e.TRUST_PROXY,
    secureCookies: e.SECURE_COOKIES,
    logLevel: e.LOG_LEVEL,
    cookieSecret: e.COOKIE_SECRET ?? randomBytes(32).toString('hex'),
    bodyLimit: e.BODY_LIMIT,
    signInRateLimit: e.SIGN_IN_RATE_LIMIT,
    formRateLimit: e.FORM_RATE_LIMIT,
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    fetchAllowPrivate: e.GONGKAI_FETCH_ALLOW_PRIVATE,
  };
}
