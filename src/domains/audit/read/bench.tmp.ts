import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { readReportText } from './index.ts';
import { renderText, TEXT_FORMS } from './testing/text-renderers.ts';
import { reportArbitrary } from './testing/random-report.ts';
const seed = readFileSync('test/fixtures/seed-2020-shuizhai.txt', 'utf8');
const byForm = new Map<string, string[]>();
for (const format of ['2019', '2021'] as const) {
  const reports = fc.sample(reportArbitrary({ format, blanks: true }), { numRuns: 60, seed: 42 });
  for (const form of TEXT_FORMS) for (const r of reports) {
    const list = byForm.get(form) ?? [];
    list.push(renderText(r, form));
    byForm.set(form, list);
  }
}
byForm.set('seed', [seed]);
function rate(texts: string[], n: number): string {
  for (let i = 0; i < 100; i++) readReportText(texts[i % texts.length]!);
  const c0 = process.cpuUsage();
  let bytes = 0;
  for (let i = 0; i < n; i++) { const t = texts[i % texts.length]!; bytes += t.length; readReportText(t); }
  const c = process.cpuUsage(c0);
  const s = (c.user + c.system) / 1e6;
  return `${(n / s).toFixed(0)}/s CPU, ${(bytes * 3 / n / 1024).toFixed(1)}KB avg (utf8≈), ${(bytes * 3 / s / 1024 / 1024).toFixed(1)} MB/s`;
}
for (const [form, texts] of byForm) console.log(form.padEnd(12), rate(texts, 1000));
