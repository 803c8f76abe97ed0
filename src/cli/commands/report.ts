/**
 * `gongkai report generate --org CODE --year YEAR --format json|html|docx|xlsx [--out FILE]`:
 * the organisation's annual report for a year, counted from its records (the draft is created or
 * its numbers refreshed, as the console's 生成 does), written as a published file. When the
 * year's report is already published or its numbers are locked, the standing revision is written
 * unchanged, and stderr says so.
 *
 * `gongkai report generate-all --org CODE --year YEAR [--json]`: the drafts of CODE and every
 * organisation below it, counted in one batch (a county or a province at once); published and
 * locked reports are left as they are and listed.
 *
 * `gongkai report aggregate --org CODE --year YEAR --json`: the sum of the published reports of
 * every organisation below CODE, checked by the same rules, with the parts and the missing ones.
 *
 * Exit 0 done; 1 the report (or aggregate) has an error finding; 2 bad arguments or no such
 * organisation.
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { pendingMigrations } from '../../db/migrations/index.ts';
import { databaseOptionsFromEnv, openDatabase } from '../../db/open-database.ts';
import type { OpenedDatabase } from '../../db/open-database.ts';
import { findOrganisationByCode, listPublicOrganisations } from '../../domains/accounts/index.ts';
import type { Organisation } from '../../domains/accounts/index.ts';
import type { AnnualReportRecord } from '../../domains/annual-reports/index.ts';
import { aggregateReports, checkAnnualReport, generateAnnualReport, generateAnnualReports, recordSources, renderRevision } from '../../domains/annual-reports/index.ts';
import { revisionsOf } from '../../domains/annual-reports/repository.ts';
import { PUBLISHED_FORMATS, isPublishedFormat } from '../../domains/reports/index.ts';
import { systemClock } from '../../domains/shared/clock.ts';
import { isDomainError } from '../../domains/shared/errors.ts';

class Refusal extends Error {}

function parseYear(value: string | undefined): number {
  if (!value) throw new Refusal('缺少参数：--year');
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 2019 || year > 2100) throw new Refusal(`统计年度“${value}”不正确（应为2019年及以后的四位年份）`);
  return year;
}

/** Opens the database, finds the organisation, runs `work`, closes. Refusals exit 2. */
async function withOrganisation(code: string | undefined, work: (opened: OpenedDatabase, organisation: Organisation) => Promise<number>): Promise<void> {
  let opened: OpenedDatabase | undefined;
  try {
    if (!code) throw new Refusal('缺少参数：--org');
    opened = openDatabase(databaseOptionsFromEnv());
    if ((await pendingMigrations(opened.db)).length > 0) throw new Refusal('数据库尚未迁移，请先运行 gongkai migrate。');
    const organisation = await findOrganisationByCode(opened.db, code);
    if (!organisation) throw new Refusal(`未找到机构代码“${code}”。`);
    process.exitCode = await work(opened, organisation);
  } catch (error) {
    if (error instanceof Refusal || (isDomainError(error) && error.kind !== 'conflict')) {
      console.error(`错误：${error instanceof Refusal ? error.message : error.userMessage}`);
      process.exitCode = 2;
      return;
    }
    throw error;
  } finally {
    await opened?.close();
  }
}

/** Generate the draft; when the year's report can no longer be regenerated, its standing revision. */
async function generateOrStanding(opened: OpenedDatabase, organisation: Organisation, year: number): Promise<{ record: AnnualReportRecord; fresh: boolean }> {
  try {
    return { record: await generateAnnualReport(opened.db, { actor: 'system', clock: systemClock, ip: null }, recordSources, { organisationId: organisation.id, year }), fresh: true };
  } catch (error) {
    if (!isDomainError(error) || (error.code !== 'annual_reports.not_editable' && error.code !== 'annual_reports.locked')) throw error;
    const revisions = await revisionsOf(opened.db, organisation.id, year);
    const record = revisions.find((r) => r.status === 'published') ?? revisions[0]!;
    return { record, fresh: false };
  }
}

export function registerReportCommands(program: Command): void {
  const report = program.commands.find((c) => c.name() === 'report') ?? program.command('report').description('政府信息公开工作年度报告');

  report
    .command('generate')
    .description('根据平台记录生成机构某年度的政府信息公开工作年度报告')
    .option('--org <code>', '机构代码，例如 yichuan-shuizhai')
    .option('--year <year>', '统计年度，例如 2025')
    .option('--format <format>', `输出格式：${PUBLISHED_FORMATS.join('|')}`, 'json')
    .option('--out <file>', '输出文件（缺省输出到标准输出）')
    .action(async (options: { org?: string; year?: string; format: string; out?: string }) => {
      await withOrganisation(options.org, async (opened, organisation) => {
        const year = parseYear(options.year);
        if (!isPublishedFormat(options.format)) throw new Refusal(`不支持的格式“${options.format}”（可选：${PUBLISHED_FORMATS.join('、')}）`);
        const { record, fresh } = await generateOrStanding(opened, organisation, year);
        const bytes = await renderRevision(record, options.format);
        if (options.out) await writeFile(options.out, bytes);
        else await new Promise<void>((resolve, reject) => process.stdout.write(bytes, (e) => (e ? reject(e) : resolve())));
        const findings = checkAnnualReport(record.report, record.sections);
        const errors = findings.filter((f) => f.severity === 'error');
        const warnings = findings.filter((f) => f.severity === 'warning');
        const how = fresh ? '已根据平台记录生成' : `本年度报告${record.status === 'published' ? '已发布' : '数据已锁定'}，输出第${record.revision}版（未重新生成）`;
        console.error(`${organisation.name} ${year}年度报告（${record.format}年版表格）：${how}${options.out ? `，已写入 ${options.out}` : ''}；校验：错误 ${errors.length} 条，提示 ${warnings.length} 条。`);
        for (const f of errors) console.error(`  [${f.rule}] ${f.message}${f.at ? `（${f.at}）` : ''}`);
        return errors.length > 0 ? 1 : 0;
      });
    });

  report
    .command('generate-all')
    .description('一次生成机构及其全部下级机关某年度的年度报告草稿（已发布、已锁定的不变）')
    .option('--org <code>', '机构代码，例如 yichuan')
    .option('--year <year>', '统计年度，例如 2025')
    .option('--json', '以 JSON 输出')
    .action(async (options: { org?: string; year?: string; json?: boolean }) => {
      await withOrganisation(options.org, async (opened, organisation) => {
        const year = parseYear(options.year);
        const within = (await listPublicOrganisations(opened.db)).filter((o) => o.path.startsWith(organisation.path));
        const byId = new Map(within.map((o) => [o.id, o]));
        const result = await generateAnnualReports(opened.db, { actor: 'system', clock: systemClock, ip: null }, recordSources, { organisationIds: within.map((o) => o.id), year });
        const generated = result.generated.map((record) => {
          const findings = checkAnnualReport(record.report, record.sections);
          return {
            code: byId.get(record.organisationId)!.code, name: byId.get(record.organisationId)!.name, reportId: record.id, revision: record.revision,
            errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length,
          };
        });
        const skipped = result.skipped.map((s) => ({ code: byId.get(s.organisationId)!.code, name: byId.get(s.organisationId)!.name, reportId: s.reportId, reason: s.reason }));
        if (options.json) {
          console.log(JSON.stringify({ organisation: { code: organisation.code, name: organisation.name }, year, generated, skipped }));
        } else {
          console.log(`${organisation.name} 及下级机关 ${year}年度：生成 ${generated.length} 份报告草稿，${skipped.length} 份已发布或已锁定未重新生成。`);
          for (const g of generated.filter((x) => x.errors > 0)) console.log(`  ${g.name}：错误 ${g.errors} 条，提示 ${g.warnings} 条`);
          for (const s of skipped) console.log(`  ${s.name}：${s.reason === 'published' ? '已发布' : '数据已锁定'}，未重新生成`);
        }
        return generated.some((g) => g.errors > 0) ? 1 : 0;
      });
    });

  report
    .command('aggregate')
    .description('汇总下级机关已发布的年度报告，并按同样规则校验')
    .option('--org <code>', '上级机构代码，例如 yichuan')
    .option('--year <year>', '统计年度，例如 2025')
    .option('--json', '以 JSON 输出')
    .option('--include-drafts', '尚未发布的机关计入其最新草稿')
    .action(async (options: { org?: string; year?: string; json?: boolean; includeDrafts?: boolean }) => {
      await withOrganisation(options.org, async (opened, organisation) => {
        const year = parseYear(options.year);
        const result = await aggregateReports(opened.db, 'system', organisation.id, year, { includeUnpublished: options.includeDrafts === true });
        const org = (o: Organisation) => ({ code: o.code, name: o.name });
        if (options.json) {
          console.log(JSON.stringify({
            organisation: org(result.organisation), year, report: result.report, findings: result.findings,
            parts: result.parts.map((p) => ({ ...org(p.organisation), reportId: p.reportId, status: p.status })),
            missing: result.missing.map(org),
          }));
        } else {
          console.log(`${result.report.agency} ${year}年度：汇总 ${result.parts.length} 个机关的报告，缺 ${result.missing.length} 个。`);
          for (const f of result.findings) console.log(`  [${f.rule}] ${f.message}${f.at ? `（${f.at}）` : ''}`);
          if (result.missing.length > 0) console.log(`  未汇总：${result.missing.map((o) => o.name).join('、')}`);
        }
        return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
      });
    });
}
