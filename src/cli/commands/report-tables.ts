import type { Command } from 'commander';
import { APPEAL_COLUMNS, APPEAL_GROUPS, APPEAL_COLUMN_LABELS, APPEAL_GROUP_LABELS, buildReportDocument, tableMatrix } from '../../domains/reports/index.ts';
import type { AnnualReport } from '../../domains/reports/index.ts';
import { reportTablesDocument } from '../../domains/requests/index.ts';
import { refuse, withOrganisation } from '../organisation-command.ts';

/**
 * The `report` command, shared by several command files: `report tables` is registered here,
 * `report generate` and `report aggregate` in another file. Each registrar finds the `report`
 * command on the program or creates it, and adds its own subcommands:
 *
 *   const report = program.commands.find((c) => c.name() === 'report') ?? program.command('report');
 *
 * so whichever registrar runs first creates it and the order of COMMAND_GROUPS does not matter.
 */
export function reportCommand(program: Command): Command {
  return program.commands.find((c) => c.name() === 'report') ?? program.command('report').description('政府信息公开工作年度报告');
}

const FIRST_YEAR = 2008; // 《政府信息公开条例》 (2007) took effect on 2008-05-01.

/**
 * `gongkai report tables --org CODE --year YEAR [--json]`: tables 三 and 四 of the year, counted
 * from the organisation's cases and appeals register, in that year's format. --json prints the
 * `gongkai.annual-report/1` document (applications and appeals filled, table 二 blank).
 */
export function registerReportTablesCommand(program: Command): void {
  reportCommand(program)
    .command('tables')
    .description('从申请和复议诉讼登记统计年度报告表三、表四（按该年度的表格格式）')
    .option('--org <code>', '机构代码，例如 yichuan-shuizhai')
    .option('--year <year>', '统计年度，例如 2025')
    .option('--json', '输出 gongkai.annual-report/1 文档（填写 applications 和 appeals）')
    .action(async (options: { org?: string; year?: string; json?: boolean }) => {
      if (!options.year) return refuse('缺少参数：--year');
      const year = Number(options.year);
      if (!/^\d{4}$/.test(options.year) || year < FIRST_YEAR || year > 2100) return refuse(`年度“${options.year}”无效（应为 ${FIRST_YEAR} 年以后的四位年份）`);
      await withOrganisation(options.org, async (db, organisation) => {
        const report = await reportTablesDocument(db, organisation, year);
        process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : renderTables(report));
      });
    });
}

/** Tables 三 and 四 as text: tab-separated rows as the national format prints them. */
function renderTables(report: AnnualReport): string {
  const doc = buildReportDocument(report);
  const lines = [`${doc.title}（${report.format === '2021' ? '国办公开办函〔2021〕30号' : '国办公开办函〔2019〕60号'}格式）`, ''];
  for (const section of doc.sections.slice(2, 3)) {
    lines.push(section.title, ...tableMatrix(section.table!).map((row) => row.join('\t').replace(/\t+$/, '')), '');
  }
  // Table 四 printed as the format does is 15 numbers under two header rows; one line per group reads better in a terminal.
  lines.push(doc.sections[3]!.title, ['', ...APPEAL_COLUMNS.map((c) => APPEAL_COLUMN_LABELS[c])].join('\t'));
  for (const group of APPEAL_GROUPS) lines.push([group === 'review' ? APPEAL_GROUP_LABELS[group] : `行政诉讼（${APPEAL_GROUP_LABELS[group]}）`, ...APPEAL_COLUMNS.map((c) => String(report.appeals[group][c] ?? ''))].join('\t'));
  return `${lines.join('\n')}\n`;
}
