import { readFileSync } from 'node:fs';
import { readReportText } from './index.ts';
const r = readReportText(readFileSync(process.argv[2]!, 'utf8'));
console.log(JSON.stringify(r.report));
console.log(r.findings);
if (process.argv[3]) console.log(r.narrative);
