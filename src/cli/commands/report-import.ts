/**
 * `gongkai report import --org CODE --year YEAR [--allow-private] FILE|URL`: the published report
 * of a subordinate not on the platform, read by the auditor and recorded as that organisation's
 * imported report of the year (as the supervisor's console page does), under its parent
 * organisation's supervision. A URL is fetched with the same limits and address rules as the
 * server (public addresses only unless GONGKAI_FETCH_ALLOW_PRIVATE=1 or --allow-private).
 *
 * Exit 0 imported; 1 imported, and the report has error findings; 2 refused (bad arguments, no such
 * organisation, unreadable file, not a report, wrong year, URL refused or not fetched).
 */
import type { Command } from 'commander';
import { auditDocument } from '../../domains/audit/index.ts';
import { httpReportFetcher, importSubordinateReport, importTarget, recordImportedReport } from '../../domains/annual-reports/index.ts';
import { systemClock } from '../../domains/shared/clock.ts';
import { isDomainError } from '../../domains/shared/errors.ts';
import { booleanFlag } from '../../web/config.ts';
import { readInputFile, refuse, withOrganisation } from '../organisation-command.ts';
import { reportCommand } from './report-tables.ts';

const isUrl = (source: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(source);

export function registerReportImportCommand(program: Command): void {
  reportCommand(program)
    .command('import')
    .description('导入未在平台编制的下级机关年度报告（文件或网址），经年报审核读取后记为该机关该年度的报告')
    .argument('<source>', '报告文件（TXT、HTML、DOCX、PDF）或 http(s) 网址')
    .option('--org <code>', '下级机构代码，例如 yichuan-jiaoyu')
    .option('--year <year>', '统计年度，例如 2025')
    .option('--allow-private', '允许从内网、本机等非公网地址获取（同 GONGKAI_FETCH_ALLOW_PRIVATE=1）')
    .action(async (source: string, options: { org?: string; year?: string; allowPrivate?: boolean }) => {
      if (!options.year) return refuse('缺少参数：--year');
      await withOrganisation(options.org, async (db, organisation) => {
        if (!organisation.parentId) return refuse(`${organisation.name}没有上级机关，只能导入下级机关的报告`);
        const ctx = { actor: 'system' as const, clock: systemClock, ip: null };
        const targetInput = { supervisorOrganisationId: organisation.parentId, organisation: { id: organisation.id }, year: options.year };
        try {
          let result;
          if (isUrl(source)) {
            const target = await importTarget(db, ctx, targetInput);
            const fromEnv = booleanFlag.safeParse(process.env.GONGKAI_FETCH_ALLOW_PRIVATE ?? 'false');
            if (!fromEnv.success) return refuse(`GONGKAI_FETCH_ALLOW_PRIVATE ${fromEnv.error.issues[0]!.message}`);
            const allowPrivate = options.allowPrivate === true || fromEnv.data;
            const fetched = await httpReportFetcher({ allowPrivate })(source);
            if (fetched.status !== 'fetched') return refuse(`${fetched.status === 'refused' ? '拒绝获取' : '获取失败'}：${fetched.reason}`);
            const audit = await auditDocument(fetched.bytes, fetched.fileName);
            result = { record: await recordImportedReport(db, ctx, target, audit, fetched.url), audit };
          } else {
            const bytes = await readInputFile(source);
            if (!bytes) return;
            result = await importSubordinateReport(db, ctx, { ...targetInput, fileName: source, bytes });
          }
          const { record, audit } = result;
          const errors = record.findings.filter((f) => f.severity === 'error');
          const warnings = record.findings.filter((f) => f.severity === 'warning');
          console.log(`${organisation.name} ${record.year}年度报告已导入（第${record.revision}版，${record.format}年版表格）；审核：${audit.verdict}，错误 ${errors.length} 条，提示 ${warnings.length} 条。`);
          for (const f of errors) console.log(`  [${f.rule}] ${f.message}${f.at ? `（${f.at}）` : ''}`);
          process.exitCode = errors.length > 0 ? 1 : 0;
        } catch (error) {
          // The domain's field problems say what is wrong (scope, year, file); its summary alone does not.
          if (isDomainError(error) && error.kind === 'invalid' && error.fields.length > 0) return refuse(error.fields.map((f) => f.message).join('；'));
          throw error;
        }
      });
    });
}
