import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Organisation } from '../../src/domains/accounts/index.ts';
import { describeEachDialect } from '../support/databases.ts';
import { buildCounty } from '../support/accounts-factories.ts';
import { APPLICATION_FORM, PNG_1X1, applyAndConfirm, applyOnline, hiddenValue, postMultipart } from './support/applications.ts';
import type { RunningServer } from './support/server.ts';
import { Client, csrfTokenIn, movableClock, startServer, visibleText } from './support/server.ts';

describeEachDialect('portal: 依申请公开 online application and status', (t) => {
  let server: RunningServer;
  let organisation: Organisation;
  const clock = movableClock('2026-12-01T02:00:00.000Z');
  beforeAll(async () => {
    server = await startServer(t.db, t.dialect, clock, { signInRateLimit: 5 });
    organisation = (await buildCounty(t.db)).township; // a township sits under its county
  });
  afterAll(() => server?.close());

  const caseCount = async () => Number((await t.db.selectFrom('application_cases').select((eb) => eb.fn.countAll().as('n')).where('organisation_id', '=', organisation.id).executeTakeFirstOrThrow()).n);

  it('applies, confirms, and shows the receipt number and query code once', async () => {
    const client = new Client(server.baseUrl);
    const section = await client.get(`/o/${organisation.code}/on-request`);
    expect(section.text).toContain(`/o/${organisation.code}/on-request/apply`);
    const form = await client.get(`/o/${organisation.code}/on-request/apply`);
    expect(form.status).toBe(200);
    expect(visibleText(form.text)).toContain('第四十三条');
    expect(form.text).toContain('enctype="multipart/form-data"');

    const confirm = await applyOnline(client, organisation.code);
    expect(confirm.status).toBe(200);
    expect(visibleText(confirm.text)).toContain('核对并确认申请');
    expect(visibleText(confirm.text)).toContain('第三十一条');
    expect(await t.db.selectFrom('application_cases').select('status').where('id', '=', hiddenValue(confirm.text, 'caseId')).executeTakeFirstOrThrow()).toEqual({ status: 'awaitingConfirmation' });
    const file = await t.db.selectFrom('application_files').select(['media_type', 'size']).where('case_id', '=', hiddenValue(confirm.text, 'caseId')).executeTakeFirstOrThrow();
    expect(file).toEqual({ media_type: 'image/png', size: PNG_1X1.length });

    const receipt = await client.post(`/o/${organisation.code}/on-request/confirm`, {
      _csrf: csrfTokenIn(confirm.text), caseId: hiddenValue(confirm.text, 'caseId'), draftToken: hiddenValue(confirm.text, 'draftToken'),
    });
    expect(receipt.status).toBe(200);
    expect(receipt.headers.get('cache-control')).toBe('no-store');
    const text = visibleText(receipt.text);
    expect(text).toMatch(/申请编号 YSQ2026\d{5}/);
    expect(text).toMatch(/查询码 [A-Z2-9]{10}/);
    expect(text).toContain('我们将在 2026-12-29 前答复您');

    // Confirming the same draft twice does not issue a second number.
    const again = await client.post(`/o/${organisation.code}/on-request/confirm`, {
      _csrf: csrfTokenIn(confirm.text), caseId: hiddenValue(confirm.text, 'caseId'), draftToken: hiddenValue(confirm.text, 'draftToken'),
    });
    expect(again.status).toBe(422);
    expect(visibleText(again.text)).toContain('该申请已确认提交');
  });

  it('shows the status in plain words for the right code, and the same answer for a wrong code or an unknown number', async () => {
    const client = new Client(server.baseUrl);
    const { number, queryCode } = await applyAndConfirm(client, organisation.code);
    const status = await client.submit('/applications/status', '/applications/status', { number, queryCode: queryCode.toLowerCase() });
    expect(status.status).toBe(200);
    expect(visibleText(status.text)).toContain(`申请 ${number} 的办理进度`);
    expect(visibleText(status.text)).toContain('我们将在 2026-12-29 前答复您');

    const wrongCode = await client.submit('/applications/status', '/applications/status', { number, queryCode: 'AAAAAAAAAA' });
    const unknown = await client.submit('/applications/status', '/applications/status', { number: 'YSQ209999999', queryCode: 'AAAAAAAAAA' });
    expect(wrongCode.status).toBe(404);
    expect(unknown.status).toBe(404);
    const strip = (html: string) => visibleText(html).replace(number, 'N').replace('YSQ209999999', 'N');
    expect(strip(wrongCode.text)).toBe(strip(unknown.text));
    expect(visibleText(wrongCode.text)).toContain('申请编号或查询码不正确');
    expect(visibleText(wrongCode.text)).not.toContain('测试镇人民政府');

    const malformed = await client.submit('/applications/status', '/applications/status', { number: 'YSQ 2026 <x>', queryCode: queryCode });
    expect(malformed.status).toBe(422);
    expect(visibleText(malformed.text)).toContain('申请编号格式不正确');
  });

  it('rate limits guessing query codes', async () => {
    const limited = await startServer(t.db, t.dialect, clock, { signInRateLimit: 5 });
    const client = new Client(limited.baseUrl);
    const page = await client.get('/applications/status');
    const token = csrfTokenIn(page.text);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await client.post('/applications/status', { _csrf: token, number: 'YSQ202600001', queryCode: `AAAAAAAAA${i}` })).status);
    expect(statuses.slice(0, 5).every((s) => s === 404 || s === 422)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
    await limited.close();
  });

  it('refuses bad input with clear messages and writes nothing', async () => {
    const client = new Client(server.baseUrl);
    const before = await caseCount();
    const noIdentity = await applyOnline(client, organisation.code, { ...APPLICATION_FORM, applicantIdNumber: '' });
    expect(noIdentity.status).toBe(422);
    expect(visibleText(noIdentity.text)).toContain('申请人须提供身份证明');

    const noUpload = await applyOnline(client, organisation.code, APPLICATION_FORM, null);
    expect(noUpload.status).toBe(422);
    expect(visibleText(noUpload.text)).toContain('请上传身份证明');

    const unreadable = await applyOnline(client, organisation.code, APPLICATION_FORM, Buffer.from('this is not an image, just text'));
    expect(unreadable.status).toBe(422);
    expect(visibleText(unreadable.text)).toContain('无法识别上传的文件');

    const oversized = await applyOnline(client, organisation.code, APPLICATION_FORM, Buffer.concat([PNG_1X1, Buffer.alloc(5 * 1024 * 1024 + 10)]));
    expect(oversized.status).toBe(422);
    expect(visibleText(oversized.text)).toContain('不能超过 5 MB');

    const manyProblems = await applyOnline(client, organisation.code, { ...APPLICATION_FORM, applicantType: '', description: '' }, null);
    expect(manyProblems.status).toBe(422);
    expect(visibleText(manyProblems.text)).toContain('请选择申请人类型');
    expect(visibleText(manyProblems.text)).toContain('请上传身份证明');
    expect(await caseCount()).toBe(before);
  });

  it('refuses a multipart form without its CSRF token', async () => {
    const client = new Client(server.baseUrl);
    await client.get(`/o/${organisation.code}/on-request/apply`);
    const response = await postMultipart(client, `/o/${organisation.code}/on-request/apply`, APPLICATION_FORM, { name: 'identityDocument', bytes: PNG_1X1 });
    expect(response.status).toBe(403);
  });

  it('answers 404 for an organisation that does not exist', async () => {
    const client = new Client(server.baseUrl);
    expect((await client.get('/o/no-such-org/on-request/apply')).status).toBe(404);
  });
});
