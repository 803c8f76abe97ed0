/**
 * Nothing in the calendar, the clock, fees or outcomes may depend on the machine's time zone.
 * Setting process.env.TZ in-process is unreliable, so this checks the sources instead: no local-time
 * Date accessors, no parsing of date strings by Date, no "now". (The CLI tests also run the command
 * under several TZ values as child processes and compare the output.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const roots = ['src/domains/calendar', 'src/domains/requests', 'src/cli/commands/calendar.ts', 'src/cli/commands/fee.ts'];
const FORBIDDEN = [
  /\.get(FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds|TimezoneOffset)\(/,
  /\.set(FullYear|Month|Date|Hours|Minutes|Seconds|Milliseconds)\(/,
  /\.toLocale\w*\(/,
  /\.toDateString\(|\.toTimeString\(/,
  /Date\.now\(|Date\.parse\(/,
  /new Date\(\s*\)/,
  /new Date\(\s*['"`]/,
  /new Date\(\s*\w+\s*,/, // local-time constructor new Date(y, m, d)
];

function files(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

describe('no local-time APIs', () => {
  const sources = roots.flatMap(files).filter((f) => f.endsWith('.ts') && !f.endsWith('no-local-time.test.ts'));
  it.each(sources)('%s', (file) => {
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const re of FORBIDDEN) expect(text, `${file} uses ${re}`).not.toMatch(re);
  });
});
