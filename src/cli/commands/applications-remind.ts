/**
 * `gongkai applications remind [--org CODE] [--dry-run]`: the console's 督办提醒 as a daily job
 * (cron or a systemd timer, docs/deployment.md). Prints who is reminded of how many cases; sends
 * the e-mails through SMTP_URL / SMTP_FROM when set (at most one per person per day, as the
 * console button), else only prints. `--org` narrows to the cases of that organisation and those
 * under it; `--dry-run` prints and neither sends nor marks anyone as reminded. Exit 0 done,
 * 1 the SMTP server refused, 2 bad arguments or configuration.
 */
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { findOrganisationByCode } from '../../domains/accounts/index.ts';
import { todayInShanghai } from '../../domains/calendar/index.ts';
import { collectReminders, reminderText, sendDeadlineReminders } from '../../domains/requests/index.ts';
import type { ReminderScope } from '../../domains/requests/index.ts';
import { systemClock } from '../../domains/shared/clock.ts';
import { smtpMailer } from '../../web/applications/smtp-mailer.ts';
import { refuse, withDatabase } from '../organisation-command.ts';

interface RemindOptions {
  org?: string;
  dryRun?: boolean;
}

async function remind(db: Kysely<Database>, options: RemindOptions, smtp: { url: string; from: string } | undefined): Promise<void> {
  let scope: ReminderScope = {};
  if (options.org) {
    const organisation = await findOrganisationByCode(db, options.org);
    if (!organisation) return refuse(`未找到机构代码“${options.org}”。`);
    scope = { organisationPath: organisation.path };
  }
  const today = todayInShanghai(systemClock);
  const reminders = await collectReminders(db, today, scope);
  for (const reminder of reminders) console.log(`${reminder.to}：${reminderText(reminder, today).subject}`);
  if (reminders.length === 0) console.log(`${today}：没有需要提醒的人（只提醒在控制台督办页登记了“我的提醒邮箱”、且有已超期或 3 个工作日内到期申请的人；今天已提醒过的不再提醒）。`);
  if (options.dryRun) return void console.log(`试运行：${reminders.length} 封提醒邮件未发送。`);
  if (!smtp) return void console.log('未配置 SMTP_URL：提醒只在控制台显示，未发送邮件。');
  if (reminders.length === 0) return;
  try {
    const sent = await sendDeadlineReminders(db, smtpMailer(smtp.url, smtp.from), today, systemClock.now().toISOString(), scope);
    console.log(`已发送 ${sent.length} 封提醒邮件。`);
  } catch (error) {
    console.error(`错误：发送提醒邮件失败（${(error as Error).message}）；已发出的不会重复发送，可稍后再运行。`);
    process.exitCode = 1;
  }
}

export function registerRemindCommand(applications: Command): void {
  applications
    .command('remind')
    .description('发送督办提醒：已超期或 3 个工作日内到期的申请，每人每天至多一封邮件（配置 SMTP_URL 时）；供 cron / systemd 定时器每日运行')
    .option('--org <code>', '只提醒该机构及其下级机构的申请')
    .option('--dry-run', '只列出将提醒谁，不发送邮件')
    .action(async (options: RemindOptions) => {
      const url = process.env.SMTP_URL?.trim() || undefined;
      if (url !== undefined && !/^smtps?:\/\/\S+$/.test(url)) return refuse('SMTP_URL 应以 smtp:// 或 smtps:// 开头。');
      const smtp = url ? { url, from: process.env.SMTP_FROM?.trim() || 'gongkai@localhost' } : undefined;
      await withDatabase((db) => remind(db, options, smtp));
    });
}
