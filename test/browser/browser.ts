/**
 * Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core, with the
 * flags that keep it off the network, in a fresh profile directory.
 * Without Chromium the tests are skipped, loudly; with REQUIRE_BROWSER=1 (CI) they fail instead.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Database } from '../../src/db/schema.ts';
import { systemClock } from '../../src/domains/shared/clock.ts';
import { createTestDatabase } from '../support/databases.ts';
import type { RunningServer } from '../web/support/server.ts';
import { startServer } from '../web/support/server.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const browserRequired = process.env.REQUIRE_BROWSER === '1';
export const browserAvailable = existsSync(CHROMIUM);

/** Why the browser tests cannot run here, or undefined when they can. */
export function browserMissingReason(): string | undefined {
  return browserAvailable ? undefined : `${CHROMIUM} not found (install with: apt-get install -y chromium fonts-noto-cjk)`;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'gongkai-chromium-'));
  // launchPersistentContext passes the fresh directory as --user-data-dir.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    locale: 'zh-CN',
    viewport: { width: 1200, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A browser suite: run when Chromium is here; without it, failed under REQUIRE_BROWSER=1 (CI) and
 * otherwise skipped with a warning that names every test skipped.
 */
export function describeInBrowser(title: string, testNames: readonly string[], body: () => void): void {
  const missing = browserMissingReason();
  if (!missing) {
    describe(title, body);
  } else if (browserRequired) {
    describe(title, () => {
      it('needs Chromium (REQUIRE_BROWSER=1)', () => {
        throw new Error(`REQUIRE_BROWSER=1 but ${missing}`);
      });
    });
  } else {
    const line = '!'.repeat(78);
    console.warn(`\n${line}\n!! SKIPPED ${testNames.length} browser test(s) of "${title}": ${missing}\n${testNames.map((name) => `!!   - ${name}`).join('\n')}\n!! Set REQUIRE_BROWSER=1 to make this a failure (CI does).\n${line}\n`);
    describe.skip(`${title} (Chromium missing)`, () => {
      for (const name of testNames) it(name, () => undefined);
    });
  }
}

/** What a browser suite drives: its database, the app listening on it, and Chromium. */
export interface BrowserSite {
  readonly db: Kysely<Database>;
  readonly baseUrl: string;
  readonly browser: Browser;
}

/**
 * Inside a describe: before its tests, a fresh SQLite database filled by `prepare`, the app
 * listening on it and Chromium started (screenshots go to test-artifacts/); after them, all closed.
 */
export function useBrowserSite(prepare: (db: Kysely<Database>) => Promise<void>): BrowserSite {
  let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    mkdirSync('test-artifacts', { recursive: true });
    database = await createTestDatabase('sqlite');
    await prepare(database.db);
    server = await startServer(database.db, 'sqlite', systemClock);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.dispose();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser site is used before its beforeAll ran');
    return value;
  };
  return {
    get db() { return started(database).db; },
    get baseUrl() { return started(server).baseUrl; },
    get browser() { return started(browser); },
  };
}

/** Signs in through the console's sign-in form and waits for the dashboard. */
export async function signInThroughForm(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/sign-in`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(`${baseUrl}/admin`);
}
