import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Organisation, UserSummary } from '../../src/domains/accounts/index.ts';
import { ensureCatalog } from '../../src/domains/publishing/index.ts';
import { systemClock } from '../../src/domains/shared/clock.ts';
import { buildCounty, buildUser, TEST_PASSWORD } from '../support/accounts-factories.ts';
import { VALID_ID } from '../support/publishing-factories.ts';
import { describeInBrowser, signInThroughForm, useBrowserSite } from './browser.ts';

const ARTIFACTS = 'test-artifacts';
const NAME = 'a publisher drafts an item with an ID number; publication is blocked until the 保密审查员 masks it; it then appears on the portal, in its column and in search';
describeInBrowser('browser: 主动公开 workflow', [NAME], () => {
  let township: Organisation;
  let publisher: UserSummary, reviewer: UserSummary;
  const site = useBrowserSite(async (db) => {
    ({ township } = await buildCounty(db));
    await ensureCatalog(db, { actor: 'system', clock: systemClock }, township.id);
    publisher = await buildUser(db, [{ organisation: township, role: 'publisher' }]);
    // A township's office: one person reviews, checks secrecy and signs off.
    reviewer = await buildUser(db, [
      { organisation: township, role: 'reviewer' },
      { organisation: township, role: 'secrecyReviewer' },
      { organisation: township, role: 'leader' },
    ]);
  });

  async function signIn(page: Page, user: UserSummary): Promise<void> {
    await signInThroughForm(page, site.baseUrl, user.username, TEST_PASSWORD);
  }

  async function signOut(page: Page): Promise<void> {
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(/\/admin\/sign-in/);
  }

  it(NAME, async () => {
    const title = '关于水寨村高龄津贴发放对象的公示';
    const page = await site.browser.context.newPage();
    page.setDefaultTimeout(10_000);

    // The publisher drafts.
    await signIn(page, publisher);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '主动公开' }).click();
    await page.getByRole('link', { name: '起草信息' }).first().click();
    const column = await page.locator('#field-columnId option', { hasText: '社会救助' }).first().getAttribute('value');
    await page.getByLabel('栏目').selectOption(column!);
    await page.getByLabel('标题').fill(title);
    await page.getByLabel('正文').fill(`经村民代表会议评议，现将本年度高龄津贴发放对象公示如下：\n\n王秀英，身份证号${VALID_ID}，每月200元。\n\n公示期七天。`);
    await page.getByLabel('成文日期').fill('2026-11-30');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.waitForURL(/\/admin\/publishing\/items\/[^/?]+\?done=created/);
    const itemPath = new URL(page.url()).pathname;
    // The finding is shown in place, marked in the body.
    expect(await page.getByRole('heading', { name: '个人信息检查' }).isVisible()).toBe(true);
    expect(await page.locator('.item-body mark.privacy-finding').innerText()).toBe(VALID_ID);
    await page.screenshot({ path: `${ARTIFACTS}/publishing-draft-finding.png`, fullPage: true });
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.waitForURL(/done=submitted/);
    await signOut(page);

    // The reviewer approves 审核; 保密审查 is blocked until the ID number is masked.
    await signIn(page, reviewer);
    await page.goto(`${site.baseUrl}/admin/publishing/items?awaiting=1`);
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('button', { name: '通过' }).click();
    await page.waitForURL(/done=approved/);
    expect(await page.getByRole('heading', { level: 3, name: '保密审查' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: '通过' }).click();
    await page.waitForLoadState('load');
    const summary = page.getByRole('alert');
    expect(await summary.innerText()).toContain('信息中含有未处理的个人信息');
    await page.screenshot({ path: `${ARTIFACTS}/publishing-blocked.png`, fullPage: true });
    await page.getByRole('button', { name: /^脱敏/ }).click();
    await page.waitForURL(/done=masked/);
    expect(await page.locator('.item-body').innerText()).toContain('110105********002X');
    expect(await page.locator('.item-body').innerText()).not.toContain(VALID_ID);
    await page.getByRole('button', { name: '通过' }).click();
    await page.waitForURL(/done=approved/);
    expect(await page.getByRole('heading', { level: 3, name: '签发' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: '通过' }).click();
    await page.waitForURL(/done=published/);
    const indexNumber = await page.locator('dt:text("索引号") + dd').innerText();
    expect(indexNumber).toMatch(/\/\d{4}-00001$/);
    await page.screenshot({ path: `${ARTIFACTS}/publishing-published.png`, fullPage: true });

    // On the portal: the item page, its column, and search.
    const itemId = itemPath.split('/').pop()!;
    await page.goto(`${site.baseUrl}/o/${township.code}/items/${itemId}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
    const body = await page.locator('main').innerText();
    expect(body).toContain('110105********002X');
    expect(body).not.toContain(VALID_ID);
    expect(body).toContain(indexNumber);
    await page.screenshot({ path: `${ARTIFACTS}/portal-published-item.png`, fullPage: true });

    await page.goto(`${site.baseUrl}/o/${township.code}/proactive`);
    const columnLink = page.getByRole('link', { name: /社会救助/ }).first();
    await columnLink.click();
    await page.waitForLoadState('load');
    expect(await page.getByRole('link', { name: title }).isVisible()).toBe(true);

    await page.goto(`${site.baseUrl}/search?q=${encodeURIComponent('高龄津贴')}`);
    expect(await page.getByRole('link', { name: title }).isVisible()).toBe(true);
    await page.goto(`${site.baseUrl}/search?q=${encodeURIComponent(VALID_ID)}`);
    expect(await page.getByRole('link', { name: title }).count()).toBe(0);
    await page.close();
  }, 120_000);
});
