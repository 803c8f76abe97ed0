/**
 * 依申请公开 in a real browser (Debian Chromium, no JavaScript needed by the pages): a citizen
 * applies online and confirms; staff send a 补正 notice; the citizen corrects online; staff consult
 * a third party, extend with the leader's approval, decide 部分公开, generate the letter, have it
 * reviewed and send it; the citizen sees the result; table 三 counts the case in its cell.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findOrganisationByCode, seedDemo } from '../../src/domains/accounts/index.ts';
import type { DemoAccount } from '../../src/domains/accounts/index.ts';
import { addDays, todayInShanghai, yearOf } from '../../src/domains/calendar/index.ts';
import type { CalendarDate } from '../../src/domains/calendar/index.ts';
import { computeApplicationTables } from '../../src/domains/requests/index.ts';
import { systemClock } from '../../src/domains/shared/clock.ts';
import { PNG_1X1 } from '../web/support/applications.ts';
import { describeInBrowser, signInThroughForm, useBrowserSite } from './browser.ts';

const ARTIFACTS = 'test-artifacts';
const TEST = 'a citizen applies; staff handle 补正, consultation, extension, 部分公开 and the letter; the citizen sees the result';
describeInBrowser('browser: 依申请公开 end to end', [TEST], () => {
  let accounts: DemoAccount[];
  const site = useBrowserSite(async (db) => {
    accounts = (await seedDemo(db, systemClock)).accounts;
  });

  async function signIn(page: Page, username: string) {
    const account = accounts.find((a) => a.username === username)!;
    await signInThroughForm(page, site.baseUrl, account.username, account.password);
  }
  async function signOut(page: Page) {
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(/sign-in/);
  }
  async function openCase(page: Page, number: string) {
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '依申请公开' }).click();
    await page.getByRole('link', { name: number }).click();
    await page.waitForLoadState('load');
  }
  async function checkStatus(page: Page, number: string, queryCode: string) {
    await page.goto(`${site.baseUrl}/applications/status`);
    await page.getByLabel('申请编号').fill(number);
    await page.getByLabel('查询码').fill(queryCode);
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForLoadState('load');
  }
  const form = (page: Page, button: string) => page.locator('form').filter({ has: page.getByRole('button', { name: button, exact: true }) });
  const submit = async (page: Page, button: string) => {
    await page.getByRole('button', { name: button, exact: true }).click();
    await page.waitForLoadState('load');
  };

  it(TEST, async () => {
    const today = todayInShanghai(systemClock) as CalendarDate;
    const shuizhai = (await findOrganisationByCode(site.db, 'yichuan-shuizhai'))!;
    const before = (await computeApplicationTables(site.db, shuizhai.id, yearOf(today))).applications.partial.natural;
    const page = await site.browser.context.newPage();
    page.setDefaultTimeout(15_000);

    // The citizen applies online and confirms.
    await page.goto(`${site.baseUrl}/o/yichuan-shuizhai/on-request`);
    await page.getByRole('link', { name: '在线申请' }).click();
    await page.getByLabel('自然人', { exact: true }).check();
    await page.getByLabel('姓名或者名称').fill('李四');
    await page.getByLabel('身份证明号码').fill('410329198812120011');
    await page.getByLabel('身份证明文件').setInputFiles({ name: 'id.png', mimeType: 'image/png', buffer: PNG_1X1 });
    await page.getByLabel('联系方式').fill('lisi@example.cn');
    await page.getByLabel('所需政府信息的描述').fill('本镇低保名单及审批文件');
    await page.getByLabel('分项申请（可选）').fill('本镇低保名单\n低保审批文件');
    await page.getByLabel('电子文档').check();
    await page.getByLabel('电子邮件').check();
    await page.screenshot({ path: `${ARTIFACTS}/application-form.png`, fullPage: true });
    await submit(page, '下一步：核对申请');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('核对并确认申请');
    await submit(page, '确认提交');
    const number = (await page.locator('#receipt-number').innerText()).trim();
    const queryCode = (await page.locator('#query-code').innerText()).trim();
    expect(number).toMatch(/^YSQ\d{9}$/);
    await page.screenshot({ path: `${ARTIFACTS}/application-receipt.png`, fullPage: true });

    // Staff assign it and send a 补正 notice.
    await signIn(page, 'shuizhai');
    await openCase(page, number);
    await form(page, '分办').getByLabel('依申请承办人').selectOption({ label: '孙公开' });
    await submit(page, '分办');
    await page.getByLabel('需要补正的事项').fill('请写明低保名单所属的村');
    await page.getByLabel('补正期限').fill(addDays(today, 10));
    await submit(page, '发出补正告知');
    expect(await page.locator('#case-status').innerText()).toBe('等待申请人补正');
    await signOut(page);

    // The citizen corrects online.
    await checkStatus(page, number, queryCode);
    expect(await page.getByText('我们已请您补正申请').isVisible()).toBe(true);
    await page.getByLabel('补正后的申请内容').fill('本镇东村2025年低保名单及审批文件');
    await page.locator('form[action="/applications/correction"]').getByLabel('查询码').fill(queryCode);
    await submit(page, '提交补正');
    expect(await page.getByText('补正已提交').isVisible()).toBe(true);

    // Staff consult a third party, record the reply and ask for an extension.
    await signIn(page, 'shuizhai');
    await openCase(page, number);
    expect(await page.locator('#case-status').innerText()).toBe('办理中');
    await form(page, '发出征求意见函').getByLabel('征求意见对象').selectOption('thirdParty');
    await page.getByLabel('对象名称').fill('王五');
    await page.getByLabel('征求意见的内容').fill('名单涉及您的个人信息，是否同意公开');
    await submit(page, '发出征求意见函');
    expect(await page.locator('#case-status').innerText()).toBe('征求意见中');
    await page.getByLabel('不同意公开').check();
    await submit(page, '登记答复');
    await page.getByLabel('延长的工作日数').fill('10');
    await page.getByLabel('延期理由').fill('需要区分处理第三方个人信息');
    await submit(page, '提请延期');
    await signOut(page);

    // The leader approves the extension.
    await signIn(page, 'shuizhai-leader');
    await openCase(page, number);
    await submit(page, '同意延期');
    expect(await page.getByText('已同意延期。').isVisible()).toBe(true);
    expect(await page.locator('#clock-explanation').innerText()).toContain('第三十三条第二款');
    await signOut(page);

    // The handler decides 部分公开 and generates the letter.
    await signIn(page, 'shuizhai');
    await openCase(page, number);
    await page.getByLabel('第1项：本镇低保名单').selectOption('withheldThirdPartyRights');
    await page.getByLabel('第2项：低保审批文件').selectOption('disclosed');
    await submit(page, '作出决定');
    expect(await page.locator('#case-outcome').innerText()).toBe('部分公开（区分处理）');
    await submit(page, '生成答复书');
    await page.screenshot({ path: `${ARTIFACTS}/application-case.png`, fullPage: true });
    await signOut(page);

    // The leader reviews and sends it.
    await signIn(page, 'shuizhai-leader');
    await openCase(page, number);
    await page.getByLabel('审核通过').check();
    await submit(page, '提交审核意见');
    await page.getByRole('link', { name: '查看、打印' }).last().click();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('政府信息公开申请答复书');
    await page.screenshot({ path: `${ARTIFACTS}/application-letter.png`, fullPage: true });
    await page.goBack();
    await submit(page, '发出答复书');
    expect(await page.locator('#case-status').innerText()).toBe('已办结');
    await signOut(page);

    // The citizen sees the result and the letter.
    await checkStatus(page, number, queryCode);
    expect(await page.getByText('办理结果：部分公开（区分处理）', { exact: true }).isVisible()).toBe(true);
    expect(await page.locator('.letter h1').last().innerText()).toContain('政府信息公开申请答复书');
    await page.screenshot({ path: `${ARTIFACTS}/application-status.png`, fullPage: true });
    await page.close();

    const after = (await computeApplicationTables(site.db, shuizhai.id, yearOf(today))).applications.partial.natural;
    expect(after).toBe((before ?? 0) + 1);
  }, 180_000);
});
