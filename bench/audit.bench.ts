/**
 * Audit pipeline benchmark (extract → read → rules), on one core.
 *
 * 1. A corpus of generated reports (default 1,000; BENCH_AUDIT_REPORTS) in every rendered form
 *    (tab, pipe, cellPerLine, markdown, pdfText, runTogether, HTML in UTF-8 and in GBK), written to a
 *    temp directory; every file is read from disk and audited in-process: reports per second per form
 *    and overall, and how many read back exactly (every cell, agency, year, format).
 * 2. Small samples of DOCX and PDF (BENCH_AUDIT_BINARY per kind, default 40; PDF needs the CJK font).
 * 3. Peak memory (RSS high-water mark) of `gongkai audit --json DIR > /dev/null` as a child process
 *    on directories of 1,000 and 10,000 files (BENCH_AUDIT_BIG), to show memory stays flat.
 *
 * Agencies and years are laid out so that consecutive years of one agency meet (carry-over runs).
 * BENCH_AUDIT_KEEP=1 keeps the temp directory.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import iconv from 'iconv-lite';
import { auditDocument } from '../src/domains/audit/index.ts';
import { hasCjkFont } from '../src/domains/audit/extract/testing.ts';
import type { AnnualReport } from '../src/domains/reports/model.ts';
import { REPORT_RENDER_FORMS, REPORT_RENDER_FORM_TRAITS, renderReport } from '../src/domains/reports/render/index.ts';
import type { ReportRenderForm } from '../src/domains/reports/render/index.ts';
import { randomReport, seededRandom } from '../src/domains/reports/testing/index.ts';
import { toDocx, toPdf } from '../test/cli/seed-forms.ts';
import { WEB_FORMS, WEB_FORM_BLANKS_KEPT, renderWebForm, type WebForm } from '../src/domains/audit/read/testing/web-forms.ts';

const REPO_ROOT = join(import.meta.dirname, '..');
const REPORTS = Number(process.env.BENCH_AUDIT_REPORTS ?? 1000);
const BIG = Number(process.env.BENCH_AUDIT_BIG ?? 10_000);
const BINARY_SAMPLE = Number(process.env.BENCH_AUDIT_BINARY ?? 40);
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];

type Variant = ReportRenderForm | 'htmlGbk' | WebForm;
// The shared renderings and the forms real sites serve (issue 10: stray separators, one line, spans, script, PDF fragments).
const VARIANTS: readonly Variant[] = [...REPORT_RENDER_FORMS, 'htmlGbk', ...WEB_FORMS];
const isWebForm = (v: Variant): v is WebForm => (WEB_FORMS as readonly string[]).includes(v);

/** Report number i: agency i / 7, year i % 7 — so each agency has seven consecutive years. */
function reportFor(i: number, blanks: boolean): AnnualReport {
  return randomReport(seededRandom(i + 1), {
    year: YEARS[i % YEARS.length]!,
    agency: `某县第${Math.floor(i / YEARS.length) + 1}乡人民政府`,
    blankRate: blanks ? 0.15 : 0,
  });
}

function variantOf(i: number): Variant {
  return VARIANTS[(i * 5 + Math.floor(i / VARIANTS.length)) % VARIANTS.length]!;
}

function render(report: AnnualReport, variant: Variant): { bytes: Uint8Array; ext: string } {
  if (isWebForm(variant)) return { bytes: Buffer.from(renderWebForm(report, variant), 'utf8'), ext: variant.startsWith('html') ? 'html' : 'txt' };
  if (variant === 'htmlGbk') return { bytes: iconv.encode(renderReport(report, 'html').replace(/charset=["']?utf-8["']?/i, 'charset=gbk'), 'gbk'), ext: 'html' };
  const text = renderReport(report, variant);
  return { bytes: Buffer.from(text, 'utf8'), ext: variant === 'html' ? 'html' : variant === 'markdown' ? 'md' : 'txt' };
}

function blanksKept(variant: Variant): boolean {
  if (isWebForm(variant)) return WEB_FORM_BLANKS_KEPT[variant];
  return variant === 'htmlGbk' || REPORT_RENDER_FORM_TRAITS[variant].blanksKept;
}

interface CorpusFile {
  path: string;
  variant: Variant | 'docx' | 'pdf';
  expected: AnnualReport;
}

function writeCorpus(dir: string, count: number, withExpected: boolean): CorpusFile[] {
  mkdirSync(dir, { recursive: true });
  const files: CorpusFile[] = [];
  for (let i = 0; i < count; i++) {
    const variant = variantOf(i);
    const report = reportFor(i, blanksKept(variant));
    const { bytes, ext } = render(report, variant);
    const path = join(dir, `${String(i).padStart(5, '0')}-${variant}.${ext}`);
    writeFileSync(path, bytes);
    if (withExpected) files.push({ path, variant, expected: report });
  }
  return files;
}

const CORE = ['schema', 'format', 'year', 'agency', 'active', 'applications', 'appeals'] as const;
function readsExactly(got: AnnualReport | null, expected: AnnualReport): boolean {
  if (!got) return false;
  return CORE.every((k) => isDeepStrictEqual(got[k], expected[k]));
}

interface Row {
  label: string;
  files: number;
  seconds: number;
  /** CPU time of this process (user + system): fair on a machine shared with other work. */
  cpuSeconds: number;
  exact: number;
  errors: number;
}

async function auditAll(files: readonly CorpusFile[]): Promise<Map<string, Row>> {
  const rows = new Map<string, Row>();
  for (const file of files) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = await auditDocument(readFileSync(file.path), file.path);
    const used = process.cpuUsage(cpu);
    const seconds = (performance.now() - started) / 1000;
    const row = rows.get(file.variant) ?? { label: file.variant, files: 0, seconds: 0, cpuSeconds: 0, exact: 0, errors: 0 };
    row.files++;
    row.seconds += seconds;
    row.cpuSeconds += (used.user + used.system) / 1e6;
    if (readsExactly(result.report, file.expected)) row.exact++;
    if (result.report === null || result.findings.some((f) => f.severity === 'error')) row.errors++;
    rows.set(file.variant, row);
  }
  return rows;
}

function table(head: readonly string[], body: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

function rowCells(row: Row): string[] {
  return [
    row.label, String(row.files), (row.files / row.cpuSeconds).toFixed(0), (row.files / row.seconds).toFixed(0),
    `${((row.cpuSeconds / row.files) * 1000).toFixed(2)}`, `${row.exact}/${row.files}`, String(row.errors),
  ];
}

const MAXRSS_HOOK = `data:text/javascript,${encodeURIComponent(
  "process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('BENCH_MAXRSS_KB='+u.maxRSS+' BENCH_CPU_US='+(u.userCPUTime+u.systemCPUTime)+'\\n')})",
)}`;

/** Run `gongkai audit --json DIR > /dev/null` as a child; its peak RSS and wall time. */
function cliRun(dir: string): Promise<{ maxRssMb: number; seconds: number; cpuSeconds: number; status: number | null; lines: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', MAXRSS_HOOK, join(REPO_ROOT, 'bin', 'gongkai.js'), 'audit', '--json', '--quiet', dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lines = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 10) lines++;
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      const match = /BENCH_MAXRSS_KB=(\d+) BENCH_CPU_US=(\d+)/.exec(stderr);
      if (!match) return reject(new Error(`no RSS figure from the child: ${stderr.slice(0, 500)}`));
      resolve({ maxRssMb: Number(match[1]) / 1024, cpuSeconds: Number(match[2]) / 1e6, seconds: (performance.now() - started) / 1000, status, lines });
    });
  });
}

export async function run(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'gongkai-bench-audit-'));
  try {
    // 1. the mixed corpus, in-process
    let t = performance.now();
    const corpus = writeCorpus(join(root, 'corpus'), REPORTS, true);
    console.log(`corpus: ${corpus.length} reports in ${VARIANTS.length} forms written in ${((performance.now() - t) / 1000).toFixed(1)} s (${root})`);
    await auditAll(corpus.slice(0, Math.min(50, corpus.length))); // warm-up: module loading, JIT
    t = performance.now();
    const rows = await auditAll(corpus);
    const wall = (performance.now() - t) / 1000;
    const sorted = VARIANTS.map((v) => rows.get(v)).filter((r): r is Row => r !== undefined);
    const total: Row = sorted.reduce((a, r) => ({ ...a, files: a.files + r.files, cpuSeconds: a.cpuSeconds + r.cpuSeconds, exact: a.exact + r.exact, errors: a.errors + r.errors }),
      { label: 'ALL', files: 0, seconds: wall, cpuSeconds: 0, exact: 0, errors: 0 });

    // 2. DOCX and PDF samples
    const binary: CorpusFile[] = [];
    mkdirSync(join(root, 'binary'), { recursive: true });
    for (let i = 0; i < BINARY_SAMPLE; i++) {
      const report = reportFor(100_000 + i, true);
      const tab = renderReport(report, 'tab');
      const docx = join(root, 'binary', `${i}.docx`);
      writeFileSync(docx, await toDocx(tab));
      binary.push({ path: docx, variant: 'docx', expected: report });
      if (hasCjkFont()) {
        const pdf = join(root, 'binary', `${i}.pdf`);
        const unblank = reportFor(100_000 + i, false);
        writeFileSync(pdf, await toPdf(renderReport(unblank, 'tab')));
        binary.push({ path: pdf, variant: 'pdf', expected: unblank });
      }
    }
    if (!hasCjkFont()) console.log('!!! CJK font missing: PDF sample skipped (apt-get install -y fonts-noto-cjk)');
    const binaryRows = await auditAll(binary);

    console.log('\nIn-process audit, one core (read file + extract + read + checkReport + checkNarrative):');
    console.log(table(['form', 'files', 'reports/cpu-s', 'reports/s wall', 'cpu ms/report', 'exact', 'error/unread'],
      [...sorted.map(rowCells), rowCells(total), ...[...binaryRows.values()].map(rowCells)]));
    // process.cpuUsage() also counts V8's helper threads (concurrent GC, compilation), which run on
    // the other core when there is one; pinned to one core (`taskset -c 0`), wall time is the
    // honest one-core figure, since everything then shares that core.
    const pinned = availableParallelism() === 1;
    const wallRate = total.files / total.seconds;
    const rate = pinned ? wallRate : total.files / total.cpuSeconds;
    const [load1] = loadavg();
    console.log(`\nThroughput: ${rate.toFixed(0)} reports/s on one core (${pinned ? 'pinned to one core, wall time' : 'CPU time of all threads; pin with `taskset -c 0` for the one-core figure'}; wall ${wallRate.toFixed(0)}/s, load average ${load1!.toFixed(1)} on ${availableParallelism()} cores) — target ≥ 500: ${rate >= 500 ? 'MET' : 'NOT MET'}`);

    // 3. memory of the CLI on 1,000 and 10,000 files
    t = performance.now();
    const bigDir = join(root, 'big');
    writeCorpus(bigDir, BIG, false);
    const smallDir = join(root, 'small');
    mkdirSync(smallDir);
    for (const name of readdirSync(bigDir).sort().slice(0, 1000)) copyFileSync(join(bigDir, name), join(smallDir, name));
    console.log(`\nCLI corpus: ${BIG} files written in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const runs: string[][] = [];
    const figures: number[] = [];
    for (const [label, dir, count] of [['1,000 files', smallDir, Math.min(1000, BIG)], [`${BIG.toLocaleString('en')} files`, bigDir, BIG]] as const) {
      const r = await cliRun(dir);
      figures.push(r.maxRssMb);
      runs.push([label, `${r.maxRssMb.toFixed(0)} MB`, `${r.seconds.toFixed(1)} s`, `${r.cpuSeconds.toFixed(1)} s`, (count / r.cpuSeconds).toFixed(0), String(r.lines), String(r.status)]);
    }
    console.log('\n`gongkai audit --json DIR > /dev/null` as a child process (includes start-up):');
    console.log(table(['directory', 'peak RSS', 'wall', 'CPU', 'files/cpu-s', 'lines out', 'exit'], runs));
    const growth = figures.length === 2 ? figures[1]! - figures[0]! : 0;
    console.log(`\nMemory growth from 1,000 to ${BIG.toLocaleString('en')} files: ${growth.toFixed(0)} MB (${growth < 50 ? 'flat' : 'NOT flat'})`);
  } finally {
    if (process.env.BENCH_AUDIT_KEEP) console.log(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}
