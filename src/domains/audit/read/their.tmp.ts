import { readReportText } from './index.ts';
import { renderReport, REPORT_RENDER_FORMS, REPORT_RENDER_FORM_TRAITS } from '../../reports/render/index.ts';
import { randomReport, seededRandom } from '../../reports/testing/index.ts';
function flat(o: unknown, p = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) flat(v, p ? `${p}.${k}` : k, out); else out[p] = o;
  return out;
}
let bad = 0;
for (const form of REPORT_RENDER_FORMS) {
  if (form === 'html') continue;
  for (const format of ['2019', '2021'] as const) {
    let ok = 0, n = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const blank = REPORT_RENDER_FORM_TRAITS[form].blanksKept ? 0.3 : 0;
      const r = randomReport(seededRandom(seed), { format, blankRate: blank });
      const text = renderReport(r, form);
      const out = readReportText(text);
      const a = flat(r), b = flat(out.report);
      const diffs = Object.keys(a).filter((k) => a[k] !== b[k]);
      n++;
      if (diffs.length === 0) ok++;
      else if (bad++ < 6) { console.log(form, format, seed, diffs.slice(0, 5).map((k) => `${k}: ${a[k]} -> ${b[k]}`)); console.log(out.findings.slice(0, 4)); }
    }
    console.log(form, format, `${ok}/${n}`);
  }
}
