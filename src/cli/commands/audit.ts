/**
 * `gongkai audit [--json] FILE|DIR…`: read published annual reports (text, HTML, DOCX, PDF) and
 * report what was read and what is wrong.
 *
 * - Files are processed one at a time; directories are walked recursively in name order (natural
 *   numeric order, hidden files skipped), one directory listing in memory at a time.
 * - Reports of the same agency in consecutive years are compared (上年结转 = 上年结转下年度). Only
 *   small carry records of earlier files are kept. The findings belong to the later year's file and
 *   are printed with it when the earlier year was seen first (the usual case: file names that carry
 *   the year sort by it). Otherwise they come at the end: in `--json` as a supplementary line for
 *   that file, `{"file", "report": null, "findings", "supplement": true}`; in text under 补充.
 * - Exit status (../shared/spec/annual-report-json.md): 0 when every file was recognised and has no
 *   error finding; 1 when some file has an error finding; 2 when some file could not be read or
 *   recognised as a report (2 wins over 1). Bad arguments: a Chinese message and 2. A table that
 *   could not be read or checked in full is an error finding (AUDIT-UNCHECKED, verdict 未能核对),
 *   so such a file exits 1, never 0: the spec's three statuses, no fourth.
 * - Each file's verdict (通过 / 有错误 / 未能核对 / 无法识别) is printed as 结论 and, in `--json`,
 *   as the `verdict` field.
 * - Progress goes to stderr: a live counter when stderr is a terminal (and is not where the text
 *   report goes), a line every 1,000 files otherwise; `--quiet` turns it off.
 */
import { opendir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { AuditResult } from '../../domains/audit/index.ts';
import { auditDocument, CarryOverLedger, READ_UNREADABLE, SOURCE_KIND_LABELS, sortFindings, verdictOf } from '../../domains/audit/index.ts';
import type { Verdict } from '../../domains/audit/index.ts';
import { MAX_INPUT_BYTES } from '../../domains/audit/extract/index.ts';
import type { Finding, Severity } from '../../domains/reports/model.ts';

interface AuditOptions {
  json?: boolean;
  quiet?: boolean;
}

const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const SEVERITY_COLORS: Record<Severity, string> = { error: '31', warning: '33', info: '36' };
const PROGRESS_EVERY = 1000;
const VERDICT_TEXT: Record<Verdict, string> = {
  通过: '通过（各表均已读取并核对，无错误）',
  有错误: '有错误',
  未能核对: '未能核对（有表格未能完整读取，见 AUDIT-UNCHECKED）',
  无法识别: '无法读取或识别',
};
const VERDICT_COLORS: Record<Verdict, string> = { 通过: '32', 有错误: '31', 未能核对: '33', 无法识别: '31' };

const naturalOrder = new Intl.Collator('zh', { numeric: true }).compare;

/** Files under the given paths, in order; a path that does not exist is yielded as missing. */
async function* walkInputs(paths: readonly string[]): AsyncGenerator<{ path: string; missing?: true }> {
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) yield { path, missing: true };
    else if (info.isDirectory()) yield* walkDirectory(path);
    else yield { path };
  }
}

async function* walkDirectory(dir: string): AsyncGenerator<{ path: string }> {
  const entries: { name: string; directory: boolean }[] = [];
  for await (const entry of await opendir(dir)) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) entries.push({ name: entry.name, directory: true });
    else if (entry.isFile()) entries.push({ name: entry.name, directory: false });
    else if (entry.isSymbolicLink()) {
      // Linked files are read; linked directories are not followed (no cycles).
      const target = await stat(join(dir, entry.name)).catch(() => null);
      if (target?.isFile()) entries.push({ name: entry.name, directory: false });
    }
  }
  entries.sort((a, b) => naturalOrder(a.name, b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.directory) yield* walkDirectory(path);
    else yield { path };
  }
}

function unreadableResult(message: string): AuditResult {
  return {
    report: null,
    findings: [{ rule: READ_UNREADABLE, severity: 'error', at: null, message }],
    unread: [],
    source: { kind: 'binary', encoding: null },
    verdict: '无法识别',
  };
}

async function auditPath(path: string): Promise<AuditResult> {
  try {
    const info = await stat(path);
    if (info.size > MAX_INPUT_BYTES) return unreadableResult(`文件过大（${info.size} 字节），不像年度报告，未读取`);
    return await auditDocument(await readFile(path), path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return unreadableResult(code === 'EACCES' ? '没有读取此文件的权限' : `无法读取文件（${code ?? String(error)}）`);
  }
}

/** 2: not read or not a report; 1: an error finding; 0: clean. */
export function fileStatus(report: unknown, findings: readonly Finding[]): 0 | 1 | 2 {
  if (report === null) return 2;
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

class Output {
  private readonly color: boolean;
  constructor(private readonly json: boolean) {
    this.color = !json && process.stdout.isTTY === true && !process.env.NO_COLOR;
  }

  async line(text: string): Promise<void> {
    if (!process.stdout.write(`${text}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }

  paint(code: string, text: string): string {
    return this.color ? `\u001b[${code}m${text}\u001b[0m` : text;
  }

  async result(file: string, result: AuditResult): Promise<void> {
    if (this.json) {
      await this.line(JSON.stringify({ file, report: result.report, findings: result.findings, verdict: result.verdict }));
      return;
    }
    const { report, source } = result;
    const kind = SOURCE_KIND_LABELS[source.kind] + (source.encoding && source.encoding !== 'UTF-8' ? `，${source.encoding}` : '');
    const lines = [this.paint('1', file)];
    if (report) {
      lines.push(`  读取：${report.agency ?? '（机关名称不明）'} · ${report.year === null ? '年度不明' : `${report.year}年度`} · ${report.format}年版表格 · ${kind}`);
    } else if (result.findings.some((f) => f.rule === READ_UNREADABLE)) {
      lines.push('  读取：无法读取');
    } else {
      lines.push(`  读取：${kind}，未能识别为政府信息公开工作年度报告`);
    }
    lines.push(...this.findingLines(result.findings));
    lines.push(`  结论：${this.paint(VERDICT_COLORS[result.verdict], VERDICT_TEXT[result.verdict])}`, '');
    await this.line(lines.join('\n'));
  }

  findingLines(findings: readonly Finding[]): string[] {
    if (findings.length === 0) return ['  未发现问题'];
    const lines: string[] = [];
    for (const severity of ['error', 'warning', 'info'] as const) {
      const group = findings.filter((f) => f.severity === severity);
      if (group.length === 0) continue;
      lines.push(`  ${this.paint(SEVERITY_COLORS[severity], `${SEVERITY_LABELS[severity]}（${group.length}）`)}`);
      for (const f of group) lines.push(`    [${f.rule}] ${f.message}${f.at ? `（${f.at}）` : ''}`);
    }
    return lines;
  }

  async supplement(file: string, findings: Finding[]): Promise<void> {
    if (this.json) {
      await this.line(JSON.stringify({ file, report: null, findings, supplement: true }));
      return;
    }
    await this.line([`${this.paint('1', file)}（补充：与上一年度报告的核对）`, ...this.findingLines(findings), ''].join('\n'));
  }
}

class Progress {
  private count = 0;
  private last = 0;
  private readonly live: boolean;
  constructor(private readonly enabled: boolean, textToTerminal: boolean) {
    this.live = enabled && process.stderr.isTTY === true && !textToTerminal;
  }

  tick(): void {
    this.count++;
    if (!this.enabled) return;
    if (this.live) {
      const now = Date.now();
      if (now - this.last < 200) return;
      this.last = now;
      process.stderr.write(`\r已审核 ${this.count} 个文件…`);
    } else if (this.count % PROGRESS_EVERY === 0) {
      process.stderr.write(`已审核 ${this.count} 个文件…\n`);
    }
  }

  done(): void {
    if (this.live && this.last > 0) process.stderr.write('\r\u001b[K');
  }
}

/** Run the audit; returns the exit status. */
export async function runAudit(paths: readonly string[], options: AuditOptions): Promise<0 | 1 | 2> {
  const json = options.json === true;
  const out = new Output(json);
  const progress = new Progress(options.quiet !== true, !json && process.stdout.isTTY === true);
  const ledger = new CarryOverLedger();
  const late: { file: string; findings: Finding[] }[] = [];
  const counts = { files: 0, clean: 0, errors: 0, unchecked: 0, unreadable: 0 };
  let status: 0 | 1 | 2 = 0;
  const note = (s: 0 | 1 | 2): void => {
    status = Math.max(status, s) as 0 | 1 | 2;
  };

  for await (const input of walkInputs(paths)) {
    let result: AuditResult;
    if (input.missing) {
      process.stderr.write(`错误：找不到文件或目录：${input.path}\n`);
      result = unreadableResult('找不到此文件或目录');
    } else {
      result = await auditPath(input.path);
      if (result.report) {
        const carry = ledger.add(input.path, result.report, result.unread);
        if (carry.own.length > 0) {
          const findings = sortFindings([...result.findings, ...carry.own]);
          result = { ...result, findings, verdict: verdictOf(result.report, findings) };
        }
        if (carry.late) late.push(carry.late);
      }
    }
    const s = fileStatus(result.report, result.findings);
    note(s);
    counts.files++;
    if (result.verdict === '通过') counts.clean++;
    else if (result.verdict === '有错误') counts.errors++;
    else if (result.verdict === '未能核对') counts.unchecked++;
    else counts.unreadable++;
    await out.result(input.path, result);
    progress.tick();
  }
  progress.done();
  for (const entry of late) {
    if (entry.findings.some((f) => f.severity === 'error')) note(1);
    await out.supplement(entry.file, sortFindings(entry.findings));
  }
  if (!json) {
    await out.line(`共审核 ${counts.files} 个文件：通过 ${counts.clean} 个，有错误 ${counts.errors} 个，未能核对 ${counts.unchecked} 个，无法读取或识别 ${counts.unreadable} 个。`);
  }
  return status;
}

export function registerAuditCommand(program: Command): void {
  program
    .command('audit')
    .description('审核政府信息公开工作年度报告（文本、HTML、DOCX、PDF；目录递归读取）')
    .argument('[paths...]', '报告文件或目录')
    .option('--json', '每个文件输出一行 JSON（gongkai.annual-report/1 与发现的问题）')
    .option('-q, --quiet', '不在标准错误输出进度')
    .addHelpText('after', '\n退出状态：0 全部通过；1 有文件存在错误或有表格未能核对；2 有文件无法读取或不是年度报告（2 优先）。')
    .action(async (paths: string[], options: AuditOptions) => {
      if (paths.length === 0) {
        process.stderr.write('错误：请指定要审核的报告文件或目录。用法：gongkai audit [--json] 文件|目录…\n');
        process.exitCode = 2;
        return;
      }
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw error;
      });
      process.exitCode = await runAudit(paths, options);
    });
}
