import { afterAll, beforeAll, expect, it } from 'vitest';
import { TEST_PASSWORD, buildActor } from '../support/accounts-factories.ts';
import type { ApplicationOffice } from '../support/application-factories.ts';
import { applicationInput, buildApplicationOffice } from '../support/application-factories.ts';
import { describeEachDialect } from '../support/databases.ts';
import { startSmtpSink } from '../support/smtp-sink.ts';
import { assignHandler, registerApplication } from '../../src/domains/requests/index.ts';
import type { RunningServer } from './support/server.ts';
import { Client, movableClock, startServer, visibleText } from './support/server.ts';

describeEachDialect('console: 依申请公开 oversight and reminders', (t) => {
  let server: RunningServer;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let office: ApplicationOffice;
  let number: string;
  const clock = movableClock('2026-12-01T02:00:00.000Z');

  beforeAll(async () => {
    smtp = await startSmtpSink();
    server = await startServer(t.db, t.dialect, clock, { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, smtpFrom: 'gongkai@example.gov.cn' });
    office = await buildApplicationOffice(t.db);
    const ctx = { actor: office.handler, clock };
    // Received 2026-10-09: due 2026-11-06, so overdue on 2026-12-01; a second one due soon; two by the same applicant this month.
    const late = await registerApplication(t.db, ctx, applicationInput(office.organisation, { arrivedOn: '2026-10-09' }));
    number = late.number;
    await assignHandler(t.db, { actor: office.leader, clock }, { caseId: late.case.id, version: late.case.version, handlerUserId: office.handler.userId });
    await registerApplication(t.db, ctx, applicationInput(office.organisation, { arrivedOn: '2026-11-05', applicantIdNumber: '410329199001019999', applicantName: '赵六' }));
    await registerApplication(t.db, ctx, applicationInput(office.organisation, { arrivedOn: '2026-12-01', applicantIdNumber: '410329199001019999', applicantName: '赵六' }));
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  it('shows due-soon, overdue, per handler and organisation, and the 第三十五条 volume', async () => {
    const client = new Client(server.baseUrl);
    await client.signIn(office.leader.username, TEST_PASSWORD);
    const page = await client.get(`/admin/applications/oversight?organisation=${office.organisation.id}&month=2026-11`);
    expect(page.status).toBe(200);
    const text = visibleText(page.text);
    expect(text).toMatch(/在办 3 3个工作日内到期 1 已超期 1/);
    expect(text).toContain(number);
    expect(text).toContain('按承办人');
    expect(text).toContain('未分办');
    expect(text).toMatch(/赵六 410329199001019999 1/);
    const december = visibleText((await client.get(`/admin/applications/oversight?organisation=${office.organisation.id}&month=2026-12`)).text);
    expect(december).toMatch(/赵六 410329199001019999 1/);

    const handler = new Client(server.baseUrl);
    await handler.signIn(office.handler.username, TEST_PASSWORD);
    const list = visibleText((await handler.get('/admin/applications')).text);
    expect(list).toContain('提醒：您承办的申请中，1 件已超过答复期限');
  });

  it('e-mails each person with an address at most once a day, through SMTP', async () => {
    const handler = new Client(server.baseUrl);
    await handler.signIn(office.handler.username, TEST_PASSWORD);
    const bad = await handler.submit('/admin/applications/oversight', '/admin/applications/oversight/reminder-address', { email: 'not-an-address' });
    expect(bad.status).toBe(422);
    expect(visibleText(bad.text)).toContain('请填写有效的电子邮箱地址');
    const saved = await handler.submit('/admin/applications/oversight', '/admin/applications/oversight/reminder-address', { email: 'handler@example.gov.cn' });
    expect(saved.location).toContain('done=address-saved');

    const sent = await handler.submit('/admin/applications/oversight', '/admin/applications/oversight/reminders', {});
    expect(sent.location).toContain('done=reminders-sent');
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]!.to).toEqual(['handler@example.gov.cn']);
    expect(smtp.mails[0]!.body).toContain(number);
    expect(smtp.mails[0]!.body).toContain('（已超期）');

    const again = await handler.submit('/admin/applications/oversight', '/admin/applications/oversight/reminders', {});
    expect(again.location).toContain('done=reminders-none');
    expect(smtp.mails).toHaveLength(1);
  });

  it('is not for roles that do not work on applications', async () => {
    const publisher = await buildActor(t.db, [{ organisation: office.organisation, role: 'publisher' }]);
    const client = new Client(server.baseUrl);
    await client.signIn(publisher.username, TEST_PASSWORD);
    expect((await client.get('/admin/applications/oversight')).status).toBe(403);
    expect((await client.get('/admin')).text).not.toContain('href="/admin/applications"');
  });
});
