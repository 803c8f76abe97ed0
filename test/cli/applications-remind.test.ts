/**
 * `gongkai applications remind` as a real child process (what cron or a systemd timer runs), on
 * SQLite and PostgreSQL, against a local SMTP sink: --dry-run lists and sends nothing; without
 * SMTP_URL it only prints; with it, each person with an address gets one e-mail a day; --org
 * narrows to an organisation's subtree; an unknown --org is refused. The CLI has no injected
 * clock, so the overdue case is dated from the real today (90 days back: overdue in any season).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../src/db/open-database.ts';
import { addDays, builtinCalendar, todayInShanghai } from '../../src/domains/calendar/index.ts';
import type { CalendarDate } from '../../src/domains/calendar/index.ts';
import { assignHandler, registerApplication, setReminderAddress } from '../../src/domains/requests/index.ts';
import { systemClock } from '../../src/domains/shared/clock.ts';
import { buildCounty } from '../support/accounts-factories.ts';
import { applicationInput, buildApplicationOffice } from '../support/application-factories.ts';
import { runGongkai } from '../support/cli.ts';
import { startSmtpSink } from '../support/smtp-sink.ts';
import { cliDatabases } from './cli-dialects.ts';

/** A working day about 90 days before today. */
function longAgo(): CalendarDate {
  let day = addDays(todayInShanghai(systemClock), -90);
  while (!builtinCalendar().isWorkday(day)) day = addDays(day, -1);
  return day;
}

for (const database of cliDatabases('gongkai-remind-cli')) {
  describe(`gongkai applications remind (${database.dialect})`, { timeout: 300_000 }, () => {
    let opened: OpenedDatabase;
    let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
    let number: string;
    let townCode: string;
    let departmentCode: string;
    const gongkai = (env: Record<string, string>, ...args: string[]) => runGongkai(['applications', 'remind', ...args], { env: { ...database.env, SMTP_URL: '', ...env }, cwd: database.work });
    const withSmtp = () => ({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, SMTP_FROM: 'gongkai@example.gov.cn' });

    beforeAll(async () => {
      await database.setUp();
      smtp = await startSmtpSink();
      expect((await runGongkai(['migrate'], { env: database.env, cwd: database.work })).status).toBe(0);
      opened = database.open();
      const { county, department } = await buildCounty(opened.db);
      departmentCode = department.code;
      const office = await buildApplicationOffice(opened.db, county);
      townCode = office.organisation.code;
      const ctx = { actor: office.handler, clock: systemClock };
      const late = await registerApplication(opened.db, ctx, applicationInput(office.organisation, { arrivedOn: longAgo() }));
      number = late.number;
      await assignHandler(opened.db, { actor: office.leader, clock: systemClock }, { caseId: late.case.id, version: late.case.version, handlerUserId: office.handler.userId });
      await setReminderAddress(opened.db, ctx, { email: 'handler@example.gov.cn' });
    });
    afterAll(async () => {
      await opened?.close();
      await smtp?.close();
      await database.tearDown();
    });

    it('--dry-run lists who would be reminded and sends nothing', async () => {
      const run = await gongkai(withSmtp(), '--dry-run');
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/handler@example\.gov\.cn：【依申请公开督办】1 件已超期，1 件需在近期答复/);
      expect(run.stdout).toContain('试运行：1 封提醒邮件未发送');
      expect(smtp.mails).toHaveLength(0);
    });

    it('without SMTP_URL only prints, and --org of another branch finds nobody', async () => {
      const plain = await gongkai({}, '--org', townCode);
      expect(plain.status).toBe(0);
      expect(plain.stdout).toContain('handler@example.gov.cn');
      expect(plain.stdout).toContain('未配置 SMTP_URL');
      const elsewhere = await gongkai(withSmtp(), '--org', departmentCode);
      expect(elsewhere.status).toBe(0);
      expect(elsewhere.stdout).toContain('没有需要提醒的人');
      expect(smtp.mails).toHaveLength(0);
    });

    it('refuses an unknown --org and a malformed SMTP_URL', async () => {
      const unknown = await gongkai({}, '--org', 'no-such-org');
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toContain('未找到机构代码“no-such-org”');
      const bad = await gongkai({ SMTP_URL: 'http://mail.example.gov.cn' });
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain('SMTP_URL 应以 smtp:// 或 smtps:// 开头');
      expect(smtp.mails).toHaveLength(0);
    });

    it('e-mails each person once a day through SMTP', async () => {
      const first = await gongkai(withSmtp());
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      expect(first.stdout).toContain('已发送 1 封提醒邮件');
      expect(smtp.mails).toHaveLength(1);
      expect(smtp.mails[0]!.to).toEqual(['handler@example.gov.cn']);
      expect(smtp.mails[0]!.body).toContain(number);
      expect(smtp.mails[0]!.body).toContain('（已超期）');
      const again = await gongkai(withSmtp());
      expect(again.status).toBe(0);
      expect(again.stdout).toContain('没有需要提醒的人');
      expect(smtp.mails).toHaveLength(1);
    });
  });
}
