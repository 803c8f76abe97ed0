import type { Command } from 'commander';
import { CASE_STATUS_LABELS, caseLedger, importApplicationLedger, LEDGER_IMPORT_HEADERS, OUTCOME_DEFINITIONS } from '../../domains/requests/index.ts';
import { systemClock } from '../../domains/shared/clock.ts';
import { readInputFile, refuse, withOrganisation } from '../organisation-command.ts';
import { registerRemindCommand } from './applications-remind.ts';

/**
 * `gongkai applications import FILE --org CODE`: brings an agency's 依申请公开台账 (CSV, XLSX or
 * JSON Lines) in; exit 0 imported (or nothing to change), 2 refused (every bad line printed,
 * nothing written) or bad arguments.
 * `gongkai applications list --org CODE [--json]`: the organisation's cases, one per line; with
 * --json `{"number","receivedOn","dueOn","status","outcome"}`.
 */
export function registerApplicationsCommands(program: Command): void {
  const applications = program.command('applications').description('依申请公开：台账导入、申请列表、督办提醒');
  applications
    .command('import')
    .description(`导入依申请公开台账（CSV、XLSX 或 JSON Lines），列：${LEDGER_IMPORT_HEADERS.join('、')}`)
    .argument('<file>', '台账文件')
    .option('--org <code>', '机构代码，例如 yichuan-shuizhai')
    .action(async (file: string, options: { org?: string }) => {
      if (!options.org) return refuse('缺少参数：--org');
      const bytes = await readInputFile(file);
      if (!bytes) return;
      await withOrganisation(options.org, async (db, organisation) => {
        const summary = await importApplicationLedger(db, { actor: 'system', clock: systemClock, ip: null }, { organisationId: organisation.id, fileName: file, bytes });
        console.log(`${organisation.name}：读取 ${summary.rows} 行，新增 ${summary.inserted} 件，更新 ${summary.updated} 件，未变 ${summary.unchanged} 件。`);
      });
    });
  applications
    .command('list')
    .description('列出机构的依申请公开申请（按收到日期），--json 每行一件')
    .option('--org <code>', '机构代码，例如 yichuan-shuizhai')
    .option('--json', '每行输出一个 JSON 对象：{"number","receivedOn","dueOn","status","outcome"}')
    .action(async (options: { org?: string; json?: boolean }) => {
      await withOrganisation(options.org, async (db, organisation) => {
        const out: string[] = [];
        const flush = () => {
          if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
          out.length = 0;
        };
        let count = 0;
        if (!options.json) out.push(['申请编号', '收到日期', '答复期限', '状态', '办理结果'].join('\t'));
        for await (const line of caseLedger(db, organisation.id)) {
          count++;
          out.push(options.json
            ? JSON.stringify({ number: line.number, receivedOn: line.receivedOn, dueOn: line.dueOn, status: line.status, outcome: line.outcome })
            : [line.number, line.receivedOn, line.dueOn ?? '—', CASE_STATUS_LABELS[line.status], line.outcome ? OUTCOME_DEFINITIONS[line.outcome].label : ''].join('\t'));
          if (out.length >= 1000) flush();
        }
        flush();
        if (!options.json) console.log(`${organisation.name}：共 ${count} 件`);
      });
    });
  registerRemindCommand(applications);
}
