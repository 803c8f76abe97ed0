/**
 * Browser: staff of 水寨镇 generate the 2025 report from the records, edit section 五, check,
 * acknowledge the warnings, publish; the portal shows it; the 上级监督员 of 伊川县 sees it in the
 * matrix and in the aggregate, and follows a cell to its cases. Screenshots in test-artifacts/.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedDemo } from '../../src/domains/accounts/index.ts';
import type { DemoAccount } from '../../src/domains/accounts/index.ts';
import { systemClock } from '../../src/domains/shared/clock.ts';
import { insertYearOfRecords, randomYearOfRecords, recordsRandom } from '../support/report-records.ts';
import { describeInBrowser, signInThroughForm, useBrowserSite } from './browser.ts';

const ARTIFACTS = 'test-artifacts';
const NAME = 'staff publish the 2025 report of 水寨镇; the portal shows it; the supervisor sees it in the matrix and the aggregate';
describeInBrowser('browser: annual report', [NAME], () => {
  let accounts: DemoAccount[];
  const site = useBrowserSite(async (db) => {
    const demo = await seedDemo(db, systemClock);
    accounts = demo.accounts;
    const shuizhai = demo.organisations.find((o) => o.code === 'yichuan-shuizhai')!;
    await insertYearOfRecords(db, shuizhai, 2025, randomYearOfRecords(recordsRandom(2025), 2025));
  });

  async function signIn(username: string): Promise<Page> {
    const account = accounts.find((a) => a.username === username)!;
    // One browser profile: the previous person's session goes first.
    await site.browser.context.clearCookies();
    const page = await site.browser.context.newPage();
    await signInThroughForm(page, site.baseUrl, account.username, account.password);
    return page;
  }

  it(NAME, { timeout: 120_000 }, async () => {
    const staff = await signIn('shuizhai');
    await staff.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '年度报告' }).click();
    await staff.getByLabel('统计年度').fill('2025');
    await staff.getByRole('button', { name: '生成', exact: true }).click();
    await staff.waitForURL(/\/admin\/annual-reports\/[^/?]+\?done=generated/);
    expect(await staff.getByRole('heading', { level: 1 }).first().innerText()).toBe('水寨镇人民政府2025年政府信息公开工作年度报告');
    await staff.getByRole('textbox', { name: '五、存在的主要问题及改进情况' }).fill('（一）存在的主要问题。部分栏目更新不够及时。\n（二）改进情况。建立栏目更新提醒机制。');
    await staff.getByRole('button', { name: '保存正文' }).click();
    await staff.waitForURL(/done=sections/);
    await staff.getByRole('button', { name: '校验' }).click();
    await staff.waitForURL(/done=checked/);
    while (await staff.getByRole('button', { name: '确认该提示' }).count() > 0) {
      await staff.getByLabel('确认说明').first().fill('已核实，属实');
      await staff.getByRole('button', { name: '确认该提示' }).first().click();
      await staff.waitForURL(/done=acknowledged/);
    }
    await staff.screenshot({ path: `${ARTIFACTS}/annual-report-console.png`, fullPage: true });
    await staff.getByRole('button', { name: '发布', exact: true }).click();
    await staff.waitForURL(/done=published/);
    expect(await staff.getByText('报告已发布。').isVisible()).toBe(true);

    const portal = await site.browser.context.newPage();
    await portal.goto(`${site.baseUrl}/o/yichuan-shuizhai`);
    await portal.getByRole('link', { name: '政府信息公开年报', exact: true }).click();
    await portal.getByRole('link', { name: '水寨镇人民政府2025年政府信息公开工作年度报告' }).click();
    expect(await portal.getByText('部分栏目更新不够及时').isVisible()).toBe(true);
    expect(await portal.getByRole('columnheader', { name: '申请人情况' }).first().isVisible()).toBe(true);
    await portal.screenshot({ path: `${ARTIFACTS}/annual-report-portal.png`, fullPage: true });

    const supervisor = await signIn('supervisor');
    await supervisor.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '年度报告' }).click();
    await supervisor.getByRole('link', { name: '2025年度下级机关报告情况' }).click();
    const row = supervisor.getByRole('row').filter({ hasText: '水寨镇人民政府' });
    expect(await row.innerText()).toContain('已发布');
    await supervisor.screenshot({ path: `${ARTIFACTS}/annual-report-matrix.png`, fullPage: true });
    await supervisor.getByRole('link', { name: '查看汇总' }).click();
    expect(await supervisor.getByText('汇总了 1 个下级机关已发布的报告').isVisible()).toBe(true);
    await supervisor.locator('td[data-cell="applications.newReceived.total"] a').click();
    await supervisor.getByRole('link', { name: /^\d+$/ }).first().click();
    expect(await supervisor.getByRole('heading', { level: 1 }).innerText()).toContain('一、本年新收政府信息公开申请数量');
    expect(await supervisor.getByRole('row').count()).toBeGreaterThan(1);
    await supervisor.screenshot({ path: `${ARTIFACTS}/annual-report-cell.png`, fullPage: true });
  });
});
