import fc from 'fast-check';
import { readReportText } from './index.ts';
import { renderText, TEXT_FORMS } from './testing/text-renderers.ts';
import { reportArbitrary } from './testing/random-report.ts';
function flat(o: unknown, p = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) flat(v, p ? `${p}.${k}` : k, out); else out[p] = o;
  return out;
}
const [r] = fc.sample(reportArbitrary({ format: (process.argv[3] ?? '2021') as '2021', blanks: process.argv[6] === 'b' }), { numRuns: 1, seed: Number(process.argv[4] ?? 1) });
const form = (process.argv[2] ?? 'tab') as (typeof TEXT_FORMS)[number];
const text = renderText(r!, form);
if (process.argv[5] === 'show') console.log(text);
const out = readReportText(text);
const a = flat(r), b = flat(out.report);
const diffs = Object.keys(a).filter((k) => a[k] !== b[k]).map((k) => `${k}: ${a[k]} -> ${b[k]}`);
console.log(diffs.length ? diffs.slice(0, 15).join('\n') : 'EQUAL');
for (const f of out.findings) console.log(f.rule, f.at, f.message.slice(0, 100));
