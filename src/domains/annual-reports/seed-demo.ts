import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { DemoSeedResult } from '../accounts/index.ts';
import type { Clock } from '../shared/clock.ts';
import { PLACEHOLDER } from './checks.ts';
import { acknowledgeWarning, checkAnnualReportCommand, updateReportSections } from './commands/edit-report.ts';
import { generateAnnualReport } from './commands/generate-report.ts';
import { publishAnnualReport } from './commands/publish-report.ts';
import { recordSources } from './sources.ts';

export const DEMO_REPORT_ORGANISATION = 'yichuan-shuizhai';
export const DEMO_REPORT_YEAR = 2025;

/** What staff would write where the prefilled draft leaves a prompt (demo text, township-sized). */
const FILLED: Record<string, string> = {
  '（一）主动公开。': '（一）主动公开。本年度本机关通过政府信息公开专栏主动公开政府信息，规章、规范性文件及行政许可、行政处罚等情况见下表。',
  '（三）政府信息管理。': '（三）政府信息管理。严格落实信息发布“三审三校”和保密审查制度，公开前逐条审查个人信息和涉密内容。',
  '（四）平台建设。': '（四）平台建设。依托伊川县政府门户网站水寨镇政府信息公开专栏集中发布信息，及时维护栏目内容。',
  '（五）监督保障。': '',
};
const PROBLEMS = [
  '（一）存在的主要问题。一是部分栏目更新不够及时；二是政策解读形式较为单一；三是依申请公开答复文书的规范性有待提高。',
  '（二）改进情况。下一步，将建立栏目更新提醒机制，丰富图解、问答等解读形式，加强承办人员业务培训。',
];

/** Replaces each prefilled prompt of 一 with demo text, keeping the counted sentences. */
function fillOverview(paragraphs: readonly string[]): string[] {
  return paragraphs.map((p) => {
    const start = p.indexOf(PLACEHOLDER);
    if (start < 0) return p;
    const prefix = Object.keys(FILLED).find((head) => p.startsWith(head));
    if (prefix && FILLED[prefix]) return FILLED[prefix];
    const end = p.indexOf(']', start);
    return `${p.slice(0, start)}${p.slice(end + 1)}${prefix === '（五）监督保障。' ? '将政府信息公开工作纳入年度绩效考核。' : ''}`;
  });
}

/**
 * The demo's published report: 水寨镇's 2025 report generated from whatever demo records the other
 * seeders wrote, its text completed as staff would, checked, any remaining warning acknowledged,
 * and published. A report with an error stays a draft (the demo then shows why).
 */
export async function seedAnnualReportsDemo(db: Kysely<Database>, clock: Clock, accounts: DemoSeedResult): Promise<void> {
  const township = accounts.organisations.find((o) => o.code === DEMO_REPORT_ORGANISATION);
  if (!township) return;
  const ctx = { actor: 'system' as const, clock, ip: null };
  let record = await generateAnnualReport(db, ctx, recordSources, { organisationId: township.id, year: DEMO_REPORT_YEAR });
  record = await updateReportSections(db, ctx, {
    reportId: record.id, version: record.version,
    overview: fillOverview(record.sections.overview).join('\n'), problems: PROBLEMS.join('\n'),
  });
  record = await checkAnnualReportCommand(db, ctx, { reportId: record.id, version: record.version });
  if (record.findings.some((f) => f.severity === 'error')) {
    console.warn(`demo: the ${DEMO_REPORT_YEAR} report of ${township.code} has errors; left as a draft`);
    return;
  }
  for (const warning of record.findings.filter((f) => f.severity === 'warning')) {
    record = await acknowledgeWarning(db, ctx, { reportId: record.id, version: record.version, rule: warning.rule, at: warning.at, note: '演示数据：已核实，不影响发布' });
  }
  await publishAnnualReport(db, ctx, { reportId: record.id, version: record.version });
}
