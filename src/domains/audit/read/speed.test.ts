import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPORT_RENDER_FORMS, renderReport } from '../../reports/render/index.ts';
import { reportArbitrary } from '../../reports/testing/index.ts';
import { readReportText } from './index.ts';

/**
 * The reader must keep up with bulk audits: at least 500 reports per second on one core. Measured
 * in CPU time of this process, so other work on a shared machine does not make the test flaky.
 */
describe('speed', () => {
  const corpus = [
    readFileSync(new URL('../../../../test/fixtures/seed-2020-shuizhai.txt', import.meta.url), 'utf8'),
    ...readdirSync(new URL('./fixtures/', import.meta.url)).map((f) => readFileSync(new URL(`./fixtures/${f}`, import.meta.url), 'utf8')),
    ...(['2019', '2021'] as const).flatMap((format) => fc.sample(reportArbitrary({ format, blankRate: 0.3 }), { numRuns: 12, seed: 7 })
      .flatMap((report) => REPORT_RENDER_FORMS.filter((form) => form !== 'html').map((form) => renderReport(report, form)))),
  ];

  it('reads at least 500 reports per second', () => {
    for (const text of corpus) readReportText(text);
    const reads = 1000;
    const start = process.cpuUsage();
    for (let i = 0; i < reads; i++) readReportText(corpus[i % corpus.length]!);
    const used = process.cpuUsage(start);
    const seconds = (used.user + used.system) / 1e6;
    expect(reads / seconds).toBeGreaterThan(500);
  });
});
