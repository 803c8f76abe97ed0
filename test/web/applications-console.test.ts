import { afterAll, beforeAll, expect, it } from 'vitest';
import { computeApplicationTables } from '../../src/domains/requests/index.ts';
import { TEST_PASSWORD } from '../support/accounts-factories.ts';
import type { ApplicationOffice } from '../support/application-factories.ts';
import { buildApplicationOffice } from '../support/application-factories.ts';
import { describeEachDialect } from '../support/databases.ts';
import { APPLICATION_FORM, hiddenValue, postMultipart, textOf } from './support/applications.ts';
import type { RunningServer } from './support/server.ts';
import { Client, csrfTokenIn, movableClock, startServer, visibleText } from './support/server.ts';

describeEachDialect('console: 依申请公开 handling over HTTP', (t) => {
  let server: RunningServer;
  let office: ApplicationOffice;
  let other: ApplicationOffice;
  const clients: Record<'handler' | 'leader' | 'stranger', Client> = {} as never;
  const clock = movableClock('2026-12-01T02:00:00.000Z');

  beforeAll(async () => {
    server = await startServer(t.db, t.dialect, clock);
    office = await buildApplicationOffice(t.db);
    other = await buildApplicationOffice(t.db);
    for (const [key, actor] of [['handler', office.handler], ['leader', office.leader], ['stranger', other.handler]] as const) {
      clients[key] = new Client(server.baseUrl);
      expect((await clients[key].signIn(actor.username, TEST_PASSWORD)).status).toBe(303);
    }
  });
  afterAll(() => server?.close());

  async function register(fields: Record<string, string> = {}) {
    const client = clients.handler;
    const page = await client.get('/admin/applications/new');
    expect(page.status).toBe(200);
    return postMultipart(client, '/admin/applications', {
      _csrf: csrfTokenIn(page.text), organisationId: office.organisation.id, channel: 'inPerson', arrivedOn: '2026-12-01', ...APPLICATION_FORM, ...fields,
    });
  }
  const caseIdIn = (html: string) => /href="\/admin\/applications\/([0-9a-f-]{36})"/.exec(html)![1]!;

  /** Posts one step of the case page with its CSRF token and the case's current version. */
  async function act(who: keyof typeof clients, caseId: string, path: string, form: Record<string, string> = {}) {
    const client = clients[who];
    const page = await client.get(`/admin/applications/${caseId}`);
    const version = /name="version" value="(\d+)"/.exec(page.text)?.[1] ?? '0';
    const token = page.status === 200 ? csrfTokenIn(page.text) : csrfTokenIn((await client.get('/admin/applications')).text);
    return client.post(`/admin/applications/${caseId}${path}`, { _csrf: token, version, ...form });
  }
  const pageText = async (who: keyof typeof clients, caseId: string) => visibleText((await clients[who].get(`/admin/applications/${caseId}`)).text);

  it('handles a case end to end: assign, 补正, consultation, extension, 部分公开, letter, delivery; the citizen sees it', async () => {
    const list = await clients.handler.get('/admin/applications');
    expect(list.status).toBe(200);
    expect(list.text).toContain('href="/admin/applications" aria-current="page"');

    const registered = await register({ arrivedOn: '2026-11-20', requests: '本镇2025年低保名单\n低保审批文件' });
    expect(registered.status).toBe(200);
    const number = textOf(registered.text, 'receipt-number');
    const queryCode = textOf(registered.text, 'query-code');
    const id = caseIdIn(registered.text);
    expect(visibleText(registered.text)).toContain('答复期限 2026-12-18');

    expect((await act('leader', id, '/assign', { 'assign.handlerUserId': office.handler.userId })).status).toBe(303);
    expect(await pageText('handler', id)).toContain('办理中');

    const noticed = await act('handler', id, '/correction', { 'correction.items': '请写明低保名单所属的村', 'correction.correctionDueOn': '2026-12-04', 'correction.sentOn': '2026-11-23' });
    expect(noticed.status).toBe(303);
    expect(noticed.location).toContain('done=correction-sent');
    expect(await pageText('handler', id)).toContain('等待申请人补正');

    expect((await act('handler', id, '/correction/received', { 'corrected.receivedOn': '2026-11-25' })).status).toBe(303);
    let text = await pageText('handler', id);
    expect(text).toContain('第三十条');

    expect((await act('handler', id, '/consultations', { 'consultation.party': 'thirdParty', 'consultation.partyName': '王五', 'consultation.question': '是否同意公开涉及您的信息', 'consultation.sentOn': '2026-11-26' })).status).toBe(303);
    const casePage = await clients.handler.get(`/admin/applications/${id}`);
    expect(visibleText(casePage.text)).toContain('征求意见中');
    const consultationId = /\/consultations\/([0-9a-f-]{36})\/answer/.exec(casePage.text)![1]!;
    expect((await act('handler', id, `/consultations/${consultationId}/answer`, { 'answer.opinion': 'object', 'answer.summary': '不同意公开个人信息', 'answer.repliedOn': '2026-11-30' })).status).toBe(303);

    expect((await act('handler', id, '/extension', { 'extension.workdays': '10', 'extension.reason': '需要区分处理' })).status).toBe(303);
    const byHandler = await act('handler', id, '/extension/approve');
    expect(byHandler.status).toBe(403);
    expect(visibleText(byHandler.text)).toContain('您没有执行此操作的权限');
    expect((await act('leader', id, '/extension/approve')).status).toBe(303);
    text = await pageText('handler', id);
    expect(text).toContain('已延长 10 个工作日');
    expect(text).toContain('第三十三条第二款');
    const twice = await act('handler', id, '/extension', { 'extension.workdays': '15', 'extension.reason': '仍需时间' });
    expect(twice.status).toBe(422);
    expect(visibleText(twice.text)).toContain('合计不得超过 20 个工作日');

    const view = await clients.handler.get(`/admin/applications/${id}`);
    const decided = await act('handler', id, '/decision', {
      'decision.items.0.itemId': hiddenValue(view.text, 'decision.items.0.itemId'), 'decision.items.0.outcome': 'withheldThirdPartyRights', 'decision.items.0.reason': '涉及第三方个人信息',
      'decision.items.1.itemId': hiddenValue(view.text, 'decision.items.1.itemId'), 'decision.items.1.outcome': 'disclosed',
    });
    expect(decided.status).toBe(303);
    expect(await pageText('handler', id)).toContain('办理结果： 部分公开');

    const drafted = await act('handler', id, '/letters');
    expect(drafted.status, visibleText(drafted.text).slice(0, 600)).toBe(303);
    const withLetter = await clients.handler.get(`/admin/applications/${id}`);
    const letterId = [...withLetter.text.matchAll(/\/letters\/([0-9a-f-]{36})\/docx"/g)].at(-1)![1]!;
    const ownReview = await act('handler', id, `/letters/${letterId}/review`, { 'review.approve': 'yes' });
    expect(ownReview.status).toBe(403);
    const noChoice = await act('leader', id, `/letters/${letterId}/review`, {});
    expect(noChoice.status).toBe(422);
    expect(visibleText(noChoice.text)).toContain('请选择审核通过或退回修改');
    const approved = await act('leader', id, `/letters/${letterId}/review`, { 'review.approve': 'yes' });
    expect(approved.status, visibleText(approved.text).slice(0, 400)).toBe(303);

    const html = await clients.handler.get(`/admin/applications/${id}/letters/${letterId}`);
    expect(html.status).toBe(200);
    expect(visibleText(html.text)).toContain('政府信息公开申请答复书');
    expect(visibleText(html.text)).toContain('第二十三条第一款第（四）项');
    const docx = await fetch(`${server.baseUrl}/admin/applications/${id}/letters/${letterId}/docx`, { headers: { cookie: [...clients.handler.cookies].map(([n, v]) => `${n}=${v}`).join('; ') } });
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    expect(Buffer.from(await docx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');

    expect((await act('handler', id, `/letters/${letterId}/send`, { 'send.deliveryWay': 'email' })).status).toBe(303);
    expect(await pageText('handler', id)).toContain('已办结');
    expect((await act('handler', id, `/letters/${letterId}/delivery`)).status).toBe(303);

    const closed = await act('handler', id, '/decision', { 'decision.items.0.itemId': 'x', 'decision.items.0.outcome': 'disclosed' });
    expect(closed.status).toBe(422);
    expect(visibleText(closed.text)).toContain('该申请已办结，不能再办理');

    const citizen = new Client(server.baseUrl);
    const status = await citizen.submit('/applications/status', '/applications/status', { number, queryCode });
    expect(status.status).toBe(200);
    const seen = visibleText(status.text);
    expect(seen).toContain('办理结果： 部分公开');
    expect(seen).toContain('政府信息公开申请答复书');
    expect(seen).toMatch(/2026-11-2\d 至 2026-11-30 我们就您的申请书面征求意见/);

    const tables = await computeApplicationTables(t.db, office.organisation.id, 2026);
    expect(tables.applications.partial.natural).toBe(1);
  });

  it('refuses approving one\'s own extension; records a fee notice, payment and withdrawal', async () => {
    const id = caseIdIn((await register()).text);
    expect((await act('leader', id, '/extension', { 'extension.workdays': '5', 'extension.reason': '需要协调' })).status).toBe(303);
    const own = await act('leader', id, '/extension/approve');
    expect(own.status).toBe(403);
    expect(visibleText(own.text)).toContain('不能审批自己提出的延期');

    expect((await act('handler', id, '/fee', { 'fee.amountYuan': '10', 'fee.basis': 'perPiece', 'fee.quantity': '1' })).status).toBe(303);
    expect(await pageText('handler', id)).toContain('等待缴费');
    expect((await act('handler', id, '/fee/paid')).status).toBe(303);
    expect(await pageText('handler', id)).toContain('10.00 元，已于');
    expect((await act('handler', id, '/withdraw', { 'withdraw.note': '申请人电话撤回' })).status).toBe(303);
    const text = await pageText('handler', id);
    expect(text).toContain('已办结');
    expect(text).toContain('申请人撤回申请');
  });

  it('keeps another organisation\'s handler out (404) and a citizen out of another\'s case', async () => {
    const first = await register();
    const second = await register({ applicantName: '王五' });
    const id = caseIdIn(first.text);
    expect((await clients.stranger.get(`/admin/applications/${id}`)).status).toBe(404);
    expect((await act('stranger', id, '/assign', { 'assign.handlerUserId': other.handler.userId })).status).toBe(404);
    expect((await clients.stranger.get(`/admin/applications/${id}/identity-document`)).status).toBe(404);
    const strangerList = visibleText((await clients.stranger.get('/admin/applications')).text);
    expect(strangerList).not.toContain(textOf(first.text, 'receipt-number'));

    const citizen = new Client(server.baseUrl);
    const crossed = await citizen.submit('/applications/status', '/applications/status', { number: textOf(first.text, 'receipt-number'), queryCode: textOf(second.text, 'query-code') });
    expect(crossed.status).toBe(404);
    expect(visibleText(crossed.text)).not.toContain('张三');
  });

  it('registers by fax only with the confirmation date (第三十一条), and says what is missing', async () => {
    const fax = await register({ channel: 'fax', arrivedOn: '2026-11-30' });
    expect(fax.status).toBe(422);
    expect(visibleText(fax.text)).toContain('须填写与申请人确认的日期');
    const bad = await register({ arrivedOn: '2026-02-30', applicantIdNumber: '' });
    expect(bad.status).toBe(422);
    expect(visibleText(bad.text)).toContain('收到日期须为真实存在的日期');
    const ok = await register({ channel: 'fax', arrivedOn: '2026-11-30', confirmedOn: '2026-12-01' });
    expect(ok.status).toBe(200);
    expect(visibleText(ok.text)).toContain('收到申请之日 2026-12-01');
  });
});
