import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedDemo } from '../../src/domains/accounts/index.ts';
import type { DemoAccount } from '../../src/domains/accounts/index.ts';
import { systemClock } from '../../src/domains/shared/clock.ts';
import { allNavHrefs, consoleNav } from '../../src/web/admin/navigation.ts';
import type { Actor } from '../../src/domains/accounts/index.ts';
import { describeInBrowser, useBrowserSite } from './browser.ts';

const ARTIFACTS = 'test-artifacts';
const TESTS = [
  'the portal home reads correctly',
  'the large-type toggle enlarges the text, without JavaScript',
  'a demo user signs in, sees the dashboard, and signs out',
  'a wrong password moves focus to the error summary',
  'each demo role sees in its menu exactly the pages it can reach',
];

describeInBrowser('browser: portal and console', TESTS, () => {
  let accounts: DemoAccount[];
  const site = useBrowserSite(async (db) => {
    accounts = (await seedDemo(db, systemClock)).accounts;
  });

  async function open(path: string): Promise<Page> {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.baseUrl}${path}`);
    return page;
  }

  function account(username: string): DemoAccount {
    return accounts.find((a) => a.username === username)!;
  }

  it(TESTS[0]!, async () => {
    const page = await open('/');
    expect(await page.title()).toBe('首页 - 政府信息公开平台');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('政府信息公开');
    expect(await page.getByRole('heading', { level: 2, name: '伊川县人民政府' }).isVisible()).toBe(true);
    for (const name of ['水寨镇人民政府', '伊川县教育局', '伊川县财政局']) expect(await page.getByRole('link', { name }).isVisible()).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/portal-home.png`, fullPage: true });

    await page.getByRole('link', { name: '水寨镇人民政府' }).click();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('水寨镇人民政府');
    for (const name of ['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报', '依申请公开', '机构概况']) {
      expect(await page.getByRole('link', { name, exact: true }).isVisible(), name).toBe(true);
    }
    await page.screenshot({ path: `${ARTIFACTS}/portal-organisation.png`, fullPage: true });

    // The skip link is the first thing the keyboard reaches, and it shows.
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.innerText()).toBe('跳到主要内容');
    expect(await focused.isVisible()).toBe(true);
    await page.close();
  });

  it(TESTS[1]!, async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.baseUrl}/o/yichuan`);
    const size = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(await size()).toBe('16px');
    await page.getByRole('link', { name: '长者模式（大字版）' }).click();
    await page.waitForURL(`${site.baseUrl}/o/yichuan`);
    expect(await size()).toBe('22px');
    await page.screenshot({ path: `${ARTIFACTS}/portal-large-type.png`, fullPage: true });
    await page.getByRole('link', { name: '标准版' }).click();
    await page.waitForLoadState('load');
    expect(await size()).toBe('16px');
    await page.close();
  });

  it(TESTS[2]!, async () => {
    const page = await open('/admin');
    expect(page.url()).toContain('/admin/sign-in');
    const admin = account('admin');
    await page.getByLabel('用户名').fill(admin.username);
    await page.getByLabel('密码').fill(admin.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${site.baseUrl}/admin`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('工作台');
    expect(await page.getByRole('heading', { level: 2, name: '用户与机构' }).isVisible()).toBe(true);
    expect(await page.getByText(`${admin.displayName}，您好。`).isVisible()).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/console-dashboard.png`, fullPage: true });

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '用户' }).click();
    expect(await page.getByRole('cell', { name: 'supervisor' }).isVisible()).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/console-users.png`, fullPage: true });

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(/\/admin\/sign-in\?done=signed-out/);
    expect(await page.getByText('您已安全退出。').isVisible()).toBe(true);
    await page.goto(`${site.baseUrl}/admin`);
    expect(page.url()).toContain('/admin/sign-in');
    await page.close();
  });

  it(TESTS[3]!, async () => {
    const page = await open('/admin/sign-in');
    await page.getByLabel('用户名').fill('publisher');
    await page.getByLabel('密码').fill('wrong-password-1');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForLoadState('load');
    expect(await page.title()).toMatch(/^错误：登录/);
    const summary = page.getByRole('alert');
    expect(await summary.innerText()).toContain('用户名或密码不正确');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    await page.screenshot({ path: `${ARTIFACTS}/console-sign-in-error.png`, fullPage: true });
    await summary.getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-password');
    await page.close();
  });

  it(TESTS[4]!, { timeout: 300_000 }, async () => {
    for (const demo of accounts) {
      const page = await open('/admin/sign-in');
      await page.getByLabel('用户名').fill(demo.username);
      await page.getByLabel('密码').fill(demo.password);
      await page.getByRole('button', { name: '登录' }).click();
      await page.waitForURL(`${site.baseUrl}/admin`);
      const menu = await page.getByRole('navigation', { name: '主导航' }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      const actor = { roles: demo.roles.map((role) => ({ role, organisationId: 'x' })) } as unknown as Actor;
      expect(menu, demo.username).toEqual(consoleNav(actor).map((item) => item.href));
      await page.screenshot({ path: `${ARTIFACTS}/console-role-${demo.username}.png`, fullPage: true });
      for (const href of allNavHrefs()) {
        const response = await page.goto(`${site.baseUrl}${href}`);
        expect(response?.status(), `${demo.username} ${href}`).toBe(menu.includes(href) ? 200 : 403);
        // Refused or not, the page keeps the console's frame.
        expect(await page.getByRole('button', { name: '退出登录' }).isVisible(), `${demo.username} ${href}`).toBe(true);
      }
      await page.getByRole('button', { name: '退出登录' }).click();
      await page.waitForURL(/\/admin\/sign-in\?done=signed-out/);
      await page.close();
    }
  });
});
