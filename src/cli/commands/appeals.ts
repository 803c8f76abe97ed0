import { readInputFile, refuse } from '../organisation-command.ts';
import type { Command } from 'commander';
import { pendingMigrations } from '../../db/migrations/index.ts';
import { databaseOptionsFromEnv, openDatabase } from '../../db/open-database.ts';
import type { OpenedDatabase } from '../../db/open-database.ts';
import { findOrganisationByCode } from '../../domains/accounts/index.ts';
import { APPEAL_IMPORT_HEADERS, importAppeals, ImportRefused } from '../../domains/requests/registers/index.ts';
import { systemClock } from '../../domains/shared/clock.ts';
import { isDomainError } from '../../domains/shared/errors.ts';

/**
 * `gongkai appeals import FILE --org CODE`: brings an agency's 行政复议、行政诉讼台账 (CSV, XLSX or
 * JSON Lines) into its register. Exit 0 imported (or nothing to change), 2 refused (every bad line
 * printed, nothing written) or bad arguments, 1 unexpected failure.
 */
export function registerAppealsCommands(program: Command): void {
  const appeals = program.command('appeals').description('行政复议、行政诉讼登记');
  appeals
    .command('import')
    .description(`导入行政复议、行政诉讼台账（CSV、XLSX 或 JSON Lines），列：${APPEAL_IMPORT_HEADERS.join('、')}`)
    .argument('<file>', '台账文件')
    .option('--org <code>', '机构代码，例如 yichuan-shuizhai')
    .action(async (file: string, options: { org?: string }) => {
      if (!options.org) return refuse('缺少参数：--org');
      const bytes = await readInputFile(file);
      if (!bytes) return;
      let opened: OpenedDatabase;
      try {
        opened = openDatabase(databaseOptionsFromEnv());
      } catch (error) {
        return refuse((error as Error).message);
      }
      try {
        if ((await pendingMigrations(opened.db)).length > 0) return refuse('数据库尚未迁移，请先运行 gongkai migrate。');
        const organisation = await findOrganisationByCode(opened.db, options.org);
        if (!organisation) return refuse(`未找到机构代码“${options.org}”。`);
        const summary = await importAppeals(opened.db, { actor: 'system', clock: systemClock, ip: null }, { organisationId: organisation.id, fileName: file, bytes });
        console.log(`${organisation.name}：读取 ${summary.rows} 行，新增 ${summary.inserted} 件，更新 ${summary.updated} 件，未变 ${summary.unchanged} 件。`);
      } catch (error) {
        if (error instanceof ImportRefused) {
          for (const problem of error.problems) console.error(problem.line > 0 ? `第${problem.line}行：${problem.message}` : problem.message);
          return refuse(`台账有 ${error.problems.length} 处错误，整个文件未导入。`);
        }
        if (isDomainError(error) && error.kind !== 'conflict') return refuse(error.userMessage);
        throw error;
      } finally {
        await opened.close();
      }
    });
}
