/**
 * 按网址导入: the supervisor's list of `ORGCODE URL` lines; each line is checked (organisation in
 * scope), fetched through the injected ReportFetcher, read by the auditor and recorded — one at a
 * time, so one server's slowness costs only its own time limit. Every line gets its own result;
 * a line that fails writes nothing and does not stop the others.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { CommandContext } from '../../accounts/index.ts';
import { auditDocument } from '../../audit/index.ts';
import type { Finding } from '../../reports/index.ts';
import { isDomainError } from '../../shared/errors.ts';
import { invalidInput } from '../errors.ts';
import { importTarget, importYearProblem, recordImportedReport } from './import-subordinate.ts';
import type { ReportFetcher } from './report-fetcher.ts';
import { parseUrlList } from './url-list.ts';
import { todayInShanghai } from '../../calendar/index.ts';

export const URL_IMPORT_OUTCOMES = ['imported', 'refused', 'failed'] as const;
export type UrlImportOutcome = (typeof URL_IMPORT_OUTCOMES)[number];
export const URL_IMPORT_OUTCOME_LABELS: Record<UrlImportOutcome, string> = { imported: '已导入', refused: '已拒绝', failed: '失败' };

export interface UrlImportResult {
  line: number;
  /** The line as given (or its code and URL). */
  orgCode: string;
  url: string;
  outcome: UrlImportOutcome;
  /** Why refused or failed; for an import, a summary of the findings. */
  message: string;
  reportId?: string;
  organisationName?: string;
  findings?: Finding[];
}

export interface UrlImportInput {
  supervisorOrganisationId: string;
  year: unknown;
  /** `ORGCODE URL` lines. */
  list: string;
}

function problemText(error: unknown): string | undefined {
  if (!isDomainError(error) || error.kind !== 'invalid') return undefined;
  return error.fields.map((f) => f.message).join('；') || error.userMessage;
}

export async function importReportsFromUrls(db: Kysely<Database>, ctx: CommandContext, input: UrlImportInput, fetcher: ReportFetcher): Promise<UrlImportResult[]> {
  const year = importYearProblem(input.year, todayInShanghai(ctx.clock));
  if ('problem' in year) throw invalidInput([{ field: 'year', message: year.problem }], 'bad import year');
  const { lines, problems } = parseUrlList(input.list);
  if (lines.length === 0 && problems.length === 0) throw invalidInput([{ field: 'list', message: '请填写要导入的网址，每行“机构代码 网址”' }], 'empty list');
  const tooMany = problems.find((p) => p.text === '');
  if (tooMany) throw invalidInput([{ field: 'list', message: tooMany.message }], 'too many urls');

  const results: UrlImportResult[] = problems.map((p) => ({ line: p.line, orgCode: p.text, url: '', outcome: 'refused', message: p.message }));
  for (const { line, orgCode, url } of lines) {
    const base = { line, orgCode, url };
    let target;
    try {
      target = await importTarget(db, ctx, { supervisorOrganisationId: input.supervisorOrganisationId, organisation: { code: orgCode }, year: year.year });
    } catch (error) {
      const message = problemText(error);
      if (message === undefined) throw error;
      results.push({ ...base, outcome: 'refused', message });
      continue;
    }
    const fetched = await fetcher(url);
    if (fetched.status !== 'fetched') {
      results.push({ ...base, outcome: fetched.status, message: fetched.reason, organisationName: target.organisation.name });
      continue;
    }
    try {
      const audit = await auditDocument(fetched.bytes, fetched.fileName);
      const record = await recordImportedReport(db, ctx, target, audit, fetched.url);
      // The record's findings: the auditor's and the import's own (IMPORT-AGENCY).
      const errors = record.findings.filter((f) => f.severity === 'error').length;
      const warnings = record.findings.filter((f) => f.severity === 'warning').length;
      results.push({
        ...base, outcome: 'imported', reportId: record.id, organisationName: target.organisation.name, findings: record.findings,
        message: `已导入为第${record.revision}版（${audit.verdict}；错误${errors}条，提示${warnings}条）`,
      });
    } catch (error) {
      const message = problemText(error);
      if (message === undefined) throw error;
      results.push({ ...base, outcome: 'failed', message, organisationName: target.organisation.name });
    }
  }
  return results.sort((a, b) => a.line - b.line);
}
