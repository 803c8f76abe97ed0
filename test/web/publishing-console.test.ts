import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Organisation, UserSummary } from '../../src/domains/accounts/index.ts';
import { describeEachDialect } from '../support/databases.ts';
import { buildCounty, buildUser, TEST_PASSWORD } from '../support/accounts-factories.ts';
import { VALID_ID } from '../support/publishing-factories.ts';
import type { Response, RunningServer } from './support/server.ts';
import { Client, csrfTokenIn, movableClock, startServer, visibleText } from './support/server.ts';

/** The console's 主动公开 pages through a listening server: each page and action, and the refusals. */
describeEachDialect('web: 主动公开 in the console', (t) => {
  let server: RunningServer;
  let township: Organisation, department: Organisation;
  let admin: UserSummary, clerk: UserSummary, leader: UserSummary, allRoles: UserSummary, deptClerk: UserSummary, deptAdmin: UserSummary, handler: UserSummary;

  async function as(user: UserSummary): Promise<Client> {
    const client = new Client(server.baseUrl);
    expect((await client.signIn(user.username, TEST_PASSWORD)).status).toBe(303);
    return client;
  }

  /** Posts a form of `page` (a path) with the page's CSRF token. */
  async function post(client: Client, action: string, form: Record<string, string> = {}, page = '/admin/publishing'): Promise<Response> {
    const token = csrfTokenIn((await client.get(page)).text);
    return client.post(action, { _csrf: token, ...form });
  }

  /** A multipart upload as a browser sends it. */
  async function upload(client: Client, action: string, fileName: string, bytes: Uint8Array<ArrayBuffer>, token?: string): Promise<Response> {
    const form = new FormData();
    if (token !== undefined) form.append('_csrf', token);
    form.append('file', new Blob([bytes]), fileName);
    const response = await fetch(`${server.baseUrl}${action}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      body: form,
    });
    return { status: response.status, headers: response.headers, text: await response.text(), location: response.headers.get('location') };
  }

  function idFrom(location: string | null): string {
    const match = /\/admin\/publishing\/items\/([^/?]+)/.exec(location ?? '');
    if (!match) throw new Error(`no item in ${location}`);
    return match[1]!;
  }

  function versionIn(html: string): string {
    return /name="version" value="(\d+)"/.exec(html)![1]!;
  }

  async function columnId(client: Client, code: string): Promise<string> {
    const html = (await client.get(`/admin/publishing/catalog/${township.id}`)).text;
    const match = new RegExp(`/admin/publishing/catalog/columns/([^"]+)">[^<]*</a>(?:<span[^>]*>[^<]*</span>)?</td><td>${code}</td>`).exec(html);
    if (!match) throw new Error(`no column ${code}`);
    return match[1]!;
  }

  async function draft(client: Client, fields: Record<string, string>): Promise<string> {
    const response = await post(client, '/admin/publishing/items', { organisationId: township.id, ...fields }, '/admin/publishing/items/new');
    expect(response.status, visibleText(response.text)).toBe(303);
    expect(response.location).toContain('done=created');
    return idFrom(response.location);
  }

  /** Runs an action on the item page with its current version. */
  async function act(client: Client, id: string, action: string, form: Record<string, string> = {}): Promise<Response> {
    const page = await client.get(`/admin/publishing/items/${id}`);
    return client.post(`/admin/publishing/items/${id}/${action}`, { _csrf: csrfTokenIn(page.text), version: versionIn(page.text), ...form });
  }

  let adminClient: Client, clerkClient: Client, leaderClient: Client;
  const routes: { method: string; url: string }[] = [];
  let normativeColumn: string, newsColumn: string;

  beforeAll(async () => {
    server = await startServer(t.db, t.dialect, movableClock('2026-11-28T02:00:00.000Z'), {
      onRoute: (route: RouteOptions) => {
        if (route.url.startsWith('/admin/publishing')) for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url });
      },
    });
    const county = await buildCounty(t.db);
    ({ township, department } = county);
    admin = await buildUser(t.db, [{ organisation: county.county, role: 'sysadmin' }]);
    clerk = await buildUser(t.db, [{ organisation: township, role: 'publisher' }]);
    leader = await buildUser(t.db, [
      { organisation: township, role: 'reviewer' },
      { organisation: township, role: 'secrecyReviewer' },
      { organisation: township, role: 'leader' },
    ]);
    allRoles = await buildUser(t.db, [
      { organisation: township, role: 'publisher' },
      { organisation: township, role: 'reviewer' },
      { organisation: township, role: 'secrecyReviewer' },
      { organisation: township, role: 'leader' },
    ]);
    deptClerk = await buildUser(t.db, [{ organisation: department, role: 'publisher' }]);
    deptAdmin = await buildUser(t.db, [{ organisation: department, role: 'sysadmin' }]);
    handler = await buildUser(t.db, [{ organisation: township, role: 'caseHandler' }]);
    adminClient = await as(admin);
    clerkClient = await as(clerk);
    leaderClient = await as(leader);
  });
  afterAll(async () => server?.close());

  it('sends an anonymous visitor to sign in from every 主动公开 route', async () => {
    expect(routes.length).toBeGreaterThanOrEqual(24);
    const anonymous = new Client(server.baseUrl);
    const token = csrfTokenIn((await anonymous.get('/admin/sign-in')).text);
    for (const { method, url } of routes) {
      const path = url.replace(/:[A-Za-z]+/g, 'x1');
      const response = method === 'GET' ? await anonymous.get(path) : await anonymous.post(path, { _csrf: token });
      expect(response.status, `${method} ${path}`).toBe(303);
      expect(response.location, `${method} ${path}`).toMatch(/^\/admin\/sign-in\?/);
    }
  });

  it('shows 主动公开 in the navigation to those who work on it, not to a 依申请承办人', async () => {
    expect((await clerkClient.get('/admin')).text).toContain('href="/admin/publishing"');
    expect(visibleText((await clerkClient.get('/admin')).text)).toContain('起草信息');
    const other = await as(handler);
    expect((await other.get('/admin')).text).not.toContain('href="/admin/publishing"');
    expect((await other.get('/admin/publishing')).status).toBe(403);
  });

  it('catalog: the administrator creates it from the township template and edits a row; others are refused', async () => {
    expect((await clerkClient.get('/admin/publishing/catalog')).status).toBe(403);
    expect((await clerkClient.get(`/admin/publishing/catalog/${township.id}`)).status).toBe(403);
    expect((await post(clerkClient, `/admin/publishing/catalog/${township.id}`, { template: 'township' })).status).toBe(403);
    // Another organisation's administrator does not even see it.
    expect((await (await as(deptAdmin)).get(`/admin/publishing/catalog/${township.id}`)).status).toBe(404);
    // A publisher cannot draft before there is a catalog.
    expect(visibleText((await clerkClient.get('/admin/publishing/items/new')).text)).toContain('尚未建立栏目目录');

    const empty = await adminClient.get(`/admin/publishing/catalog/${township.id}`);
    expect(visibleText(empty.text)).toContain('按模板建立栏目');
    const created = await post(adminClient, `/admin/publishing/catalog/${township.id}`, { template: 'township' }, `/admin/publishing/catalog/${township.id}`);
    expect(created.status).toBe(303);
    const catalog = visibleText((await adminClient.get(created.location!)).text);
    expect(catalog).toContain('栏目目录已按标准模板建立');
    expect(catalog).toContain('行政规范性文件');
    expect(catalog).toContain('基层政务公开标准目录');

    normativeColumn = await columnId(adminClient, 'xzgfxwj');
    const columnPage = await adminClient.get(`/admin/publishing/catalog/columns/${normativeColumn}`);
    for (const label of ['公开事项', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级', '更新周期']) expect(visibleText(columnPage.text)).toContain(label);
    const form = { name: '行政规范性文件', code: 'xzgfxwj', documentKind: 'normative', matter: '行政规范性文件', basis: '条例第二十条第（一）项', timeLimit: '自制发之日起20个工作日内', responsible: '测试镇人民政府', channels: '■政府网站', audience: '全社会', disclosureMethod: '主动', level: '乡级', version: versionIn(columnPage.text) };
    const bad = await post(adminClient, `/admin/publishing/catalog/columns/${normativeColumn}`, { ...form, code: 'Bad Code', updatePeriodDays: '0' }, `/admin/publishing/catalog/columns/${normativeColumn}`);
    expect(bad.status).toBe(422);
    expect(visibleText(bad.text)).toContain('栏目代码只能包含小写字母、数字和连字符');
    expect(visibleText(bad.text)).toContain('更新周期应为1至3650之间的天数');
    const saved = await post(adminClient, `/admin/publishing/catalog/columns/${normativeColumn}`, { ...form, updatePeriodDays: '30' }, `/admin/publishing/catalog/columns/${normativeColumn}`);
    expect(saved.status).toBe(303);
    expect(visibleText((await adminClient.get(`/admin/publishing/catalog/${township.id}`)).text)).toContain('30天');

    const newColumn = await post(adminClient, `/admin/publishing/catalog/${township.id}/columns`, { name: '镇村动态', code: 'zcdt', documentKind: 'other' }, `/admin/publishing/catalog/${township.id}/columns/new`);
    expect(newColumn.status).toBe(303);
    newsColumn = await columnId(adminClient, 'zcdt');
    // Settings: the 索引号 pattern is checked.
    const badSettings = await post(adminClient, `/admin/publishing/catalog/${township.id}/settings`, { indexPattern: '{orgCode}', 'step-review': 'on' }, `/admin/publishing/catalog/${township.id}`);
    expect(badSettings.status).toBe(422);
    expect(visibleText(badSettings.text)).toContain('索引号格式无效');
  });

  it('drafts with all metadata, sanitizes the body, shows and blocks on an ID number until masked, then publishes', async () => {
    const newPage = await clerkClient.get('/admin/publishing/items/new');
    for (const label of ['发布机构', '主题分类', '成文日期', '文号', '有效性', '关键词', '信息形成或者变更日期', '定时发布日期']) expect(visibleText(newPage.text)).toContain(label);
    const empty = await post(clerkClient, '/admin/publishing/items', { organisationId: township.id, columnId: '', title: '' }, '/admin/publishing/items/new');
    expect(empty.status).toBe(422);
    expect(visibleText(empty.text)).toContain('请填写标题');

    const id = await draft(clerkClient, {
      columnId: normativeColumn,
      title: '关于发放高龄津贴的公示',
      body: `<p>申请人李四，身份证号${VALID_ID}，联系电话13812345678。</p><script>alert(1)</script><a href="javascript:alert(2)" onclick="x()">链接</a>`,
      docNumber: '测政〔2026〕9号',
      madeOn: '2026-11-20',
      topic: '民政',
      keywords: '高龄津贴',
    });
    const page = await clerkClient.get(`/admin/publishing/items/${id}`);
    expect(page.text).not.toContain('<script>alert(1)');
    expect(page.text).not.toContain('javascript:');
    expect(page.text).not.toContain('onclick');
    const text = visibleText(page.text);
    expect(text).toContain('身份证号');
    expect(text).toContain('2 项待处理');
    expect(text).toContain('110105********002X');
    expect(page.text).toContain(`<mark class="privacy-finding">${VALID_ID}</mark>`);
    expect(text).toContain('测政〔2026〕9号');

    // Edit (draft only), then an attachment (multipart, CSRF in the form).
    const edit = await clerkClient.get(`/admin/publishing/items/${id}/edit`);
    expect(edit.status).toBe(200);
    const token = csrfTokenIn(page.text);
    expect((await upload(clerkClient, `/admin/publishing/items/${id}/attachments`, '名单.txt', new TextEncoder().encode('王五 13912345678\n'))).status).toBe(403);
    const uploaded = await upload(clerkClient, `/admin/publishing/items/${id}/attachments`, '名单.txt', new TextEncoder().encode('王五 13912345678\n'), token);
    expect(uploaded.status, visibleText(uploaded.text)).toBe(303);
    const bad = await upload(clerkClient, `/admin/publishing/items/${id}/attachments`, 'x.exe', new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, ...new Array(200).fill(0)]), token);
    expect(bad.status).toBe(422);
    expect(visibleText(bad.text)).toMatch(/不支持此类型的附件|无法识别附件类型/);
    const withAttachment = await clerkClient.get(`/admin/publishing/items/${id}`);
    expect(visibleText(withAttachment.text)).toContain('附件《名单.txt》第1行');
    const attachmentHref = /href="(\/admin\/publishing\/items\/[^"]+\/attachments\/[^"]+)"/.exec(withAttachment.text)![1]!;
    const file = await leaderClient.get(attachmentHref);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('text/plain');
    expect(file.headers.get('content-disposition')).toContain("filename*=UTF-8''%E5%90%8D%E5%8D%95.txt");
    expect((await (await as(deptClerk)).get(attachmentHref)).status).toBe(404);

    const submitted = await act(clerkClient, id, 'submit');
    expect(submitted.status).toBe(303);
    expect(visibleText((await clerkClient.get(submitted.location!)).text)).toContain('待审核');
    // Not editable any more; the author cannot approve, nor can a 审核员 of another step's role.
    expect((await clerkClient.get(`/admin/publishing/items/${id}/edit`)).status).toBe(403);
    const byAuthor = await act(clerkClient, id, 'decide', { decision: 'approve' });
    expect(byAuthor.status).toBe(403);
    expect(visibleText(byAuthor.text)).toContain('不能审核、审查或签发自己起草的信息');
    const otherPublisher = await as(await buildUser(t.db, [{ organisation: township, role: 'publisher' }]));
    const byPublisher = await post(otherPublisher, `/admin/publishing/items/${id}/decide`, { version: '2', decision: 'approve' }, `/admin/publishing/items/${id}`);
    expect(byPublisher.status).toBe(403);
    expect(visibleText(byPublisher.text)).toContain('您没有执行此操作的权限');

    expect((await act(leaderClient, id, 'decide', { decision: 'approve', opinion: '内容准确' })).status).toBe(303);
    // 保密审查 is refused while findings are open.
    const blocked = await act(leaderClient, id, 'decide', { decision: 'approve' });
    expect(blocked.status).toBe(409);
    expect(visibleText(blocked.text)).toContain('信息中含有未处理的个人信息');
    // Only the 保密审查员 waives, with a reason; the publisher's waiver is refused.
    const keyOf = (html: string, text: string) => new RegExp(`name="key" value="([^"]*${text}[^"]*)"`).exec(html)![1]!.replace(/&amp;/g, '&');
    const reviewPage = await leaderClient.get(`/admin/publishing/items/${id}`);
    const attachmentPhone = keyOf(reviewPage.text, '13912345678');
    const clerkWaive = await post(clerkClient, `/admin/publishing/items/${id}/waive`, { key: attachmentPhone, reason: '已公开' }, `/admin/publishing/items/${id}`);
    expect(clerkWaive.status).toBe(403);
    const noReason = await post(leaderClient, `/admin/publishing/items/${id}/waive`, { key: attachmentPhone, reason: '' }, `/admin/publishing/items/${id}`);
    expect(noReason.status).toBe(422);
    expect(visibleText(noReason.text)).toContain('请说明无需脱敏的理由');
    expect((await post(leaderClient, `/admin/publishing/items/${id}/waive`, { key: attachmentPhone, reason: '申请人同意公开' }, `/admin/publishing/items/${id}`)).status).toBe(303);
    // Mask one finding, then all.
    expect((await act(leaderClient, id, 'mask', { key: keyOf(reviewPage.text, VALID_ID) })).status).toBe(303);
    let current = await leaderClient.get(`/admin/publishing/items/${id}`);
    expect(current.text).not.toContain(VALID_ID);
    expect(current.text).toContain('<mark class="privacy-finding">13812345678</mark>');
    expect((await act(leaderClient, id, 'mask')).status).toBe(303);
    current = await leaderClient.get(`/admin/publishing/items/${id}`);
    expect(visibleText(current.text)).toContain('均已处理');
    expect(visibleText(current.text)).toContain('已确认无需脱敏：申请人同意公开');
    expect((await act(leaderClient, id, 'decide', { decision: 'approve', opinion: '不涉密' })).status).toBe(303);
    const signed = await act(leaderClient, id, 'decide', { decision: 'approve', opinion: '同意发布' });
    expect(signed.location).toContain('done=published');
    const published = visibleText((await leaderClient.get(`/admin/publishing/items/${id}`)).text);
    expect(published).toContain('已发布');
    expect(published).toMatch(/索引号 org-[0-9a-f]+\/2026-00001/);
    for (const line of ['起草', '提交审核', '内容准确', '不涉密', '同意发布', '一键脱敏', '确认无需脱敏']) expect(published).toContain(line);

    // Repeal (a 行政规范性文件), then withdraw with a reason.
    const repealed = await act(clerkClient, id, 'repeal', { validity: 'repealed', on: '2026-11-28', reason: '已被新文件替代' });
    expect(repealed.status).toBe(303);
    expect(visibleText((await clerkClient.get(`/admin/publishing/items/${id}`)).text)).toContain('2026-11-28 废止');
    expect((await act(clerkClient, id, 'withdraw', { reason: '' })).status).toBe(422);
    expect((await act(clerkClient, id, 'withdraw', { reason: '信息有误需更正' })).status).toBe(303);
    expect(visibleText((await clerkClient.get(`/admin/publishing/items/${id}`)).text)).toContain('撤回：信息有误需更正');
  });

  it('refuses self-approval with the Chinese message, even to someone holding every role', async () => {
    const solo = await as(allRoles);
    const id = await draft(solo, { columnId: newsColumn, title: '镇村动态：秋收进展', body: '秋收已完成九成。' });
    expect((await act(solo, id, 'submit')).status).toBe(303);
    const page = await solo.get(`/admin/publishing/items/${id}`);
    expect(page.text).not.toContain(`/items/${id}/decide`);
    // The page offers no decision; posting one anyway (version 2 after submission) is refused.
    const own = await post(solo, `/admin/publishing/items/${id}/decide`, { version: '2', decision: 'approve' }, `/admin/publishing/items/${id}`);
    expect(own.status).toBe(403);
    expect(visibleText(own.text)).toContain('不能审核、审查或签发自己起草的信息');
  });

  it('rejects with a reason back to the author; schedules publication; lists the items with filters', async () => {
    const id = await draft(clerkClient, { columnId: newsColumn, title: '定时发布的通知', body: '正文', scheduledOn: '2026-12-10' });
    await act(clerkClient, id, 'submit');
    const noReason = await act(leaderClient, id, 'decide', { decision: 'reject', opinion: '' });
    expect(noReason.status).toBe(422);
    expect(visibleText(noReason.text)).toContain('请填写退回理由');
    expect((await act(leaderClient, id, 'decide', { decision: 'reject', opinion: '标题不规范' })).location).toContain('done=rejected');
    expect(visibleText((await clerkClient.get(`/admin/publishing/items/${id}`)).text)).toContain('已退回修改：标题不规范');
    await act(clerkClient, id, 'submit');
    for (let i = 0; i < 3; i++) await act(leaderClient, id, 'decide', { decision: 'approve' });
    expect(visibleText((await clerkClient.get(`/admin/publishing/items/${id}`)).text)).toContain('将于 2026-12-10 发布');

    const scheduled = visibleText((await clerkClient.get('/admin/publishing/items?status=scheduled')).text);
    expect(scheduled).toContain('定时发布的通知');
    expect(scheduled).not.toContain('镇村动态：秋收进展');
    const byColumn = visibleText((await clerkClient.get(`/admin/publishing/items?column=${newsColumn}`)).text);
    expect(byColumn).toContain('镇村动态：秋收进展');
    expect(byColumn).not.toContain('关于发放高龄津贴的公示');
    const awaiting = visibleText((await leaderClient.get('/admin/publishing/items?awaiting=1')).text);
    expect(awaiting).toContain('镇村动态：秋收进展');
    // 定时发布: a server that starts on or after that date publishes it (and then checks every minute).
    const later = await startServer(t.db, t.dialect, movableClock('2026-12-10T01:00:00.000Z'));
    try {
      const laterClient = new Client(later.baseUrl);
      expect((await laterClient.signIn(allRoles.username, TEST_PASSWORD)).status).toBe(303); // (a new sign-in of the clerk would end the clerk's session)
      const published = visibleText((await laterClient.get(`/admin/publishing/items/${id}`)).text);
      expect(published).toContain('已发布');
      expect(published).toContain('2026-12-10');
    } finally {
      await later.close();
    }
  });

  it('lists items due soon and overdue by the statutory clock, with a dashboard card', async () => {
    const overdue = await draft(clerkClient, { columnId: newsColumn, title: '早已形成的信息', body: '正文', formedOn: '2026-10-08' });
    const soon = await draft(clerkClient, { columnId: newsColumn, title: '即将到期的信息', body: '正文', formedOn: '2026-11-02' });
    const due = await clerkClient.get('/admin/publishing/due');
    const text = visibleText(due.text);
    expect(text.indexOf('早已形成的信息')).toBeGreaterThan(text.indexOf('已超期'));
    expect(text.indexOf('即将到期的信息')).toBeGreaterThan(text.indexOf('即将到期（'));
    // 2026-10-08 is within the National Day holiday: day 1 is the first working day after it.
    expect(visibleText((await clerkClient.get(`/admin/publishing/items/${overdue}`)).text)).toContain('已超期');
    expect(visibleText((await clerkClient.get(`/admin/publishing/items/${soon}`)).text)).toContain('即将到期');
    const dashboard = visibleText((await clerkClient.get('/admin')).text);
    expect(dashboard).toMatch(/发布时限 已超期 [1-9]\d* 条/);
    expect((await (await as(deptClerk)).get('/admin/publishing/due')).text).not.toContain('早已形成的信息');
  });

  it('another organisation’s items are not found (404), on every page and action', async () => {
    const id = await draft(clerkClient, { columnId: newsColumn, title: '本镇信息', body: '正文' });
    const outsider = await as(deptClerk);
    expect((await outsider.get(`/admin/publishing/items/${id}`)).status).toBe(404);
    expect((await outsider.get(`/admin/publishing/items/${id}/edit`)).status).toBe(404);
    for (const action of ['submit', 'decide', 'mask', 'waive', 'withdraw', 'repeal', 'attachments/x/remove']) {
      expect((await post(outsider, `/admin/publishing/items/${id}/${action}`, { version: '1', decision: 'approve', key: 'mobile:1', reason: '理由' })).status, action).toBe(404);
    }
    expect((await post(outsider, '/admin/publishing/items', { organisationId: township.id, columnId: newsColumn, title: 'x' })).status).toBe(404);
    expect(visibleText((await outsider.get('/admin/publishing/items')).text)).not.toContain('本镇信息');
  });

  it('refuses a POST without the session’s CSRF token, and a file sent to a form that takes none', async () => {
    const id = await draft(clerkClient, { columnId: newsColumn, title: '防伪造', body: '正文' });
    const forged = await clerkClient.post(`/admin/publishing/items/${id}/submit`, { version: '1' });
    expect(forged.status).toBe(403);
    expect(visibleText(forged.text)).toContain('表单已失效');
    const other = await as(leader);
    const foreignToken = csrfTokenIn((await other.get('/admin')).text);
    expect((await clerkClient.post(`/admin/publishing/items/${id}/submit`, { _csrf: foreignToken, version: '1' })).status).toBe(403);
    const token = csrfTokenIn((await clerkClient.get('/admin')).text);
    expect((await upload(clerkClient, `/admin/publishing/items/${id}/submit`, 'a.txt', new TextEncoder().encode('x'), token)).status).toBe(413);
    expect(visibleText((await clerkClient.get(`/admin/publishing/items/${id}`)).text)).toContain('草稿');
  });

  it('yearly statistics: table 二 figures by organisation and year, validated; other organisations refused', async () => {
    const form = await clerkClient.get('/admin/publishing/statistics?year=2025');
    const text = visibleText(form.text);
    for (const label of ['行政许可', '行政处罚', '行政强制', '行政事业性收费', '万元']) expect(text).toContain(label);
    const bad = await post(clerkClient, '/admin/publishing/statistics', { organisationId: township.id, year: '2025', 'licensing.decisions': 'abc', 'fees.amount': '-1' }, '/admin/publishing/statistics');
    expect(bad.status).toBe(422);
    expect(visibleText(bad.text)).toContain('行政许可「本年处理决定数量」应为非负整数');
    const saved = await post(clerkClient, '/admin/publishing/statistics', { organisationId: township.id, year: '2025', 'licensing.decisions': '12', 'punishment.decisions': '3', 'coercion.decisions': '0', 'fees.amount': '1.25' }, '/admin/publishing/statistics');
    expect(saved.status).toBe(303);
    const after = await clerkClient.get(saved.location!);
    expect(after.text).toContain('value="1.25"');
    expect(after.text).toContain('value="12"');
    expect((await post(await as(deptClerk), '/admin/publishing/statistics', { organisationId: township.id, year: '2025', 'licensing.decisions': '1' })).status).toBe(404);
    expect((await (await as(handler)).get('/admin/publishing/statistics')).status).toBe(403);
  });
});
