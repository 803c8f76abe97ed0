/**
 * Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core, with the
 * flags that keep it off the network, in a fresh profile directory.
 * Without Chromium the tests are skipped, loudly; with REQUIRE_BROWSER=1 (CI) they fail instead.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';

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
