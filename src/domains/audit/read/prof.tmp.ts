import fc from 'fast-check';
import { readReportText } from './index.ts';
import { renderText } from './testing/text-renderers.ts';
import { reportArbitrary } from './testing/random-report.ts';
const form = process.argv[2] as 'cellPerLine';
const texts = fc.sample(reportArbitrary({ format: '2021', blanks: false }), { numRuns: 50, seed: 42 }).map((r) => renderText(r, form));
const t0 = performance.now();
for (let i = 0; i < 1000; i++) readReportText(texts[i % texts.length]!);
console.log(form, (1000 / (performance.now() - t0) * 1000).toFixed(0));
