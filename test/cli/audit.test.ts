/**
 * `gongkai audit` run as a real child process, as a user would: text output, --json lines, exit
 * statuses 0/1/2, directories, carry-over between consecutive years, every input kind.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnnualReport, Finding } from '../../src/domains/reports/model.ts';
import { pdfTestsRun } from '../../src/domains/audit/extract/testing.ts';
import { runGongkaiSync } from '../support/cli.ts';
import { SEED_PATH, seedForYear, seedText, setRow, toDocx, toGbkHtml, toHtml, toPdf } from './seed-forms.ts';

interface Line {
  file: string;
  report: AnnualReport | null;
  findings: Finding[];
  verdict?: string;
  supplement?: true;
}

const gongkai = (...args: string[]) => runGongkaiSync(args);

function jsonLines(stdout: string): Line[] {
  return stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Line);
}

/** Every number under a part of the report (cells), with its path. */
function cells(node: unknown, path: string, out: [string, unknown][] = []): [string, unknown][] {
  if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) cells(v, `${path}.${k}`, out);
  } else out.push([path, node]);
  return out;
}

const work = mkdtempSync(join(tmpdir(), 'gongkai-audit-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
function put(relative: string, content: string | Uint8Array): string {
  const path = join(work, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const seedWarnings = (findings: Finding[]) => ({
  table4: findings.filter((f) => f.severity === 'warning' && /16/.test(f.message) && /15/.test(f.message)),
  narrative: findings.filter((f) => f.severity === 'warning' && /332/.test(f.message) && /72/.test(f.message)),
});

describe('gongkai audit on the seed', { timeout: 120_000 }, () => {
  it('prints what was read and the findings by severity, exit 0', () => {
    const run = gongkai('audit', 'test/fixtures/seed-2020-shuizhai.txt');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('test/fixtures/seed-2020-shuizhai.txt');
    expect(run.stdout).toMatch(/读取：水寨镇人民政府 · 2020年度 · 2019年版表格 · 文本/);
    expect(run.stdout).toMatch(/警告（\d+）/);
    expect(run.stdout).not.toMatch(/错误（/);
    expect(run.stdout).toContain('结论：通过（各表均已读取并核对，无错误）');
    expect(run.stdout).toContain('共审核 1 个文件：通过 1 个，有错误 0 个，未能核对 0 个，无法读取或识别 0 个。');
  });

  it('--json: one line, the report exactly as the spec says, the two warnings, no error', () => {
    const run = gongkai('audit', '--json', SEED_PATH);
    expect(run.status).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(Object.keys(line!)).toEqual(['file', 'report', 'findings', 'verdict']);
    expect(line!.verdict).toBe('通过');
    expect(line!.file).toBe(SEED_PATH);
    const report = line!.report!;
    expect(report).toMatchObject({ schema: 'gongkai.annual-report/1', format: '2019', year: 2020, agency: '水寨镇人民政府' });
    const tableCells = [...cells(report.applications, 'applications'), ...cells(report.appeals, 'appeals')];
    expect(tableCells.length).toBe(23 * 7 + 15); // format 2019: 23 rows of table 三, 15 cells of table 四
    expect(tableCells.filter(([, v]) => v !== 0)).toEqual([]);
    const findings = line!.findings;
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const warnings = seedWarnings(findings);
    expect(warnings.table4).toHaveLength(1);
    expect(warnings.narrative).toHaveLength(1);
    expect(findings.map((f) => ['error', 'warning', 'info'].indexOf(f.severity))).toEqual(
      findings.map((f) => ['error', 'warning', 'info'].indexOf(f.severity)).sort());
  });
});

describe('exit statuses', { timeout: 120_000 }, () => {
  const broken = put('broken/2020-error.txt', setRow(seedText(), '一、本年新收政府信息公开申请数量', [1]));
  const junk = put('junk/photo.jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6]));
  const notReport = put('junk/notes.txt', '会议纪要\n今天讨论了食堂菜单。');

  it('1 when a file has an error finding (T3-ROW-TOTAL on the edited seed)', () => {
    const run = gongkai('audit', '--json', broken);
    expect(run.status).toBe(1);
    const [line] = jsonLines(run.stdout);
    expect(line!.findings).toContainEqual(expect.objectContaining({
      rule: 'T3-ROW-TOTAL', severity: 'error', at: 'applications.newReceived.total',
    }));
    const text = gongkai('audit', broken);
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/错误（\d+）\n(?:\s+\[T3-[A-Z-]+\].*\n)*\s+\[T3-ROW-TOTAL\].*\n[\s\S]*警告（/);
    expect(text.stdout).toContain('结论：有错误');
  });

  it('2 when a file cannot be read, and 2 wins over 1', () => {
    const alone = gongkai('audit', '--json', junk);
    expect(alone.status).toBe(2);
    expect(jsonLines(alone.stdout)).toEqual([{
      file: junk, report: null, findings: [expect.objectContaining({ rule: 'READ-UNREADABLE', severity: 'error' })], verdict: '无法识别',
    }]);
    const mixed = gongkai('audit', '--json', broken, join(work, 'junk'));
    expect(mixed.status).toBe(2);
    expect(jsonLines(mixed.stdout).map((l) => l.file)).toEqual([broken, notReport, junk]);
  });

  it('2 when a file is text but not a report', () => {
    const run = gongkai('audit', '--json', notReport);
    expect(run.status).toBe(2);
    expect(jsonLines(run.stdout)[0]!.report).toBeNull();
  });

  it('2 with a Chinese message when no path is given or a path does not exist', () => {
    const none = gongkai('audit');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('请指定要审核的报告文件或目录');
    const missing = gongkai('audit', '--json', join(work, 'nope.txt'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('找不到文件或目录');
    expect(jsonLines(missing.stdout)[0]).toMatchObject({ report: null, findings: [{ rule: 'READ-UNREADABLE' }] });
  });
});

describe('directories and carry-over between consecutive years', { timeout: 120_000 }, () => {
  // 2019: 3 applications received, all 3 carried forward; 2020 (the seed) says 0 carried over.
  const year2019 = ['一、本年新收政府信息公开申请数量', '四、结转下年度继续办理'].reduce(
    (text, label) => setRow(text, label, [3, 0, 0, 0, 0, 0, 3]), seedForYear(2019));

  it('warns on the later year, in the same line, when the earlier year comes first', () => {
    put('years/水寨镇/2019年报告.txt', year2019);
    put('years/水寨镇/2020年报告.txt', seedText());
    const run = gongkai('audit', '--json', join(work, 'years'));
    expect(run.status).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines.map((l) => [l.report?.year, l.supplement])).toEqual([[2019, undefined], [2020, undefined]]);
    expect(lines[0]!.findings.filter((f) => f.rule === 'T3-CARRY-OVER')).toEqual([]);
    expect(lines[1]!.findings.filter((f) => f.rule === 'T3-CARRY-OVER')).toEqual([
      expect.objectContaining({ severity: 'warning', at: 'applications.carriedOver.natural' }),
      expect.objectContaining({ severity: 'warning', at: 'applications.carriedOver.total' }),
    ]);
  });

  it('adds a supplementary line for the later year when the earlier year comes later in the walk', () => {
    put('reversed/a-水寨镇.txt', seedText());
    put('reversed/b-水寨镇.txt', year2019);
    const run = gongkai('audit', '--json', join(work, 'reversed'));
    expect(run.status).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatchObject({ file: join(work, 'reversed', 'a-水寨镇.txt'), report: null, supplement: true });
    expect(lines[2]!.findings.map((f) => f.rule)).toEqual(['T3-CARRY-OVER', 'T3-CARRY-OVER']);
    const text = gongkai('audit', join(work, 'reversed'));
    expect(text.stdout).toContain('（补充：与上一年度报告的核对）');
  });
});

describe('every input kind reads as the seed does', { timeout: 120_000 }, () => {
  it('HTML (UTF-8 and GBK), DOCX and PDF copies of the seed give the same report', async () => {
    put('kinds/seed.txt', seedText());
    put('kinds/seed-utf8.html', toHtml(seedText()));
    put('kinds/seed-gbk-no-meta.htm', toGbkHtml(seedText()));
    put('kinds/seed.docx', await toDocx(seedText()));
    // In CI (CI=true) the PDF copy is made even without the font: it fails there, it is not skipped.
    if (pdfTestsRun()) put('kinds/seed.pdf', await toPdf(seedText()));
    else console.warn('\n!!! CJK font missing: the PDF copy of the seed is SKIPPED (apt-get install -y fonts-noto-cjk)\n');
    const run = gongkai('audit', '--json', join(work, 'kinds'));
    const lines = jsonLines(run.stdout);
    const reference = lines.find((l) => l.file.endsWith('seed.txt'))!;
    for (const line of lines) {
      expect.soft(line.report, line.file).toEqual(reference.report);
      expect.soft(line.findings.filter((f) => f.severity === 'error'), line.file).toEqual([]);
    }
    expect(run.status).toBe(0);
  });
});
