/**
 * `npm run mutate [-- PATH…]`: mutation testing (StrykerJS) of the rule folders, one folder ("unit")
 * at a time, each against only its own pure unit tests (vitest.mutate.config.ts), and a score table at
 * the end. With PATHs, only the units containing them, narrowed to the files under them:
 *   npm run mutate -- src/domains/calendar
 *   npm run mutate -- src/domains/requests/clock
 * `--fresh` ignores the incremental files (.stryker/incremental-*.json) that otherwise let a rerun
 * test only the mutants whose code or tests changed; `--ignore-static` skips static mutants (see below);
 * MUTATE_CONCURRENCY sets the number of Stryker workers (default 2). Not part of `npm test`: a full run takes minutes.
 */
import { Stryker } from '@stryker-mutator/core';
import type { MutantResult, PartialStrykerOptions } from '@stryker-mutator/api/core';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

interface Unit {
  name: string;
  /** Files or folders whose rule files are mutated; a file may carry a line range (`file.ts:1-31`). */
  sources: readonly string[];
  /** The pure unit test files that pin them (globs relative to the project root). */
  tests: readonly string[];
}

const UNITS: readonly Unit[] = [
  {
    name: 'calendar',
    sources: ['src/domains/calendar'],
    tests: ['src/domains/calendar/calendar.test.ts', 'src/domains/calendar/calendar.property.test.ts', 'src/domains/calendar/year-file.test.ts'],
  },
  {
    name: 'requests',
    sources: [
      'src/domains/requests/clock', 'src/domains/requests/outcomes', 'src/domains/requests/fees', 'src/domains/requests/counting',
      'src/domains/requests/registers/appeals-table.ts', 'src/domains/requests/registers/vocabulary.ts',
    ],
    tests: [
      'src/domains/requests/clock/*.test.ts', 'src/domains/requests/outcomes/*.test.ts', 'src/domains/requests/fees/*.test.ts',
      'src/domains/requests/counting/*.test.ts', 'src/domains/requests/registers/appeals-table.test.ts',
      'src/domains/requests/registers/vocabulary.test.ts',
    ],
  },
  {
    name: 'reports-rules',
    sources: ['src/domains/reports/rules'],
    tests: ['src/domains/reports/rules/*.test.ts'],
  },
  {
    name: 'accounts',
    sources: ['src/domains/accounts/policy.ts', 'src/domains/accounts/scope.ts'],
    // scope.ts builds SQL: scope.test.ts compiles it without a database; the scoping and
    // authorization tests run it on SQLite (DIALECTS=sqlite below).
    tests: [
      'src/domains/accounts/policy.test.ts', 'src/domains/accounts/policy-rules.test.ts', 'src/domains/accounts/scope.test.ts',
      'src/domains/accounts/scoping.test.ts', 'src/domains/accounts/authorization.test.ts',
    ],
  },
  {
    name: 'publishing',
    // index-number.ts without nextSerial (lines 32 on), which is SQL and tested on both databases.
    sources: ['src/domains/publishing/deadline.ts', 'src/domains/publishing/index-number.ts:1-31', 'src/domains/publishing/policy.ts', 'src/domains/publishing/privacy'],
    tests: ['src/domains/publishing/rules.test.ts', 'src/domains/publishing/privacy/*.test.ts'],
  },
  {
    name: 'annual-reports',
    sources: ['src/domains/annual-reports/checks.ts', 'src/domains/annual-reports/deadlines.ts', 'src/domains/annual-reports/aggregate.ts'],
    tests: ['src/domains/annual-reports/rules.test.ts'],
  },
];

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, '.stryker');

/** Rule files under a source path: TypeScript, not tests, fixtures, test helpers or re-exporting index files. */
function ruleFiles(path: string): string[] {
  if (/:\d+-\d+$/.test(path)) return [path];
  const full = join(ROOT, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [path];
  return readdirSync(full).sort().flatMap((entry) => ruleFiles(join(path, entry)))
    .filter((f) => /\.tsx?$/.test(f) && !/\.(test|fixture)\.tsx?$/.test(f) && !/(^|\/)index\.ts$/.test(f) && !f.includes('/testing'));
}

const norm = (p: string) => relative(ROOT, resolve(p)).replace(/\/$/, '');
const inside = (file: string, dir: string) => file.replace(/:\d+-\d+$/, '') === dir || file.startsWith(`${dir}/`);

function selected(args: readonly string[]): { unit: Unit; files: string[] }[] {
  const all = UNITS.map((unit) => ({ unit, files: unit.sources.flatMap(ruleFiles) }));
  if (args.length === 0) return all;
  const paths = args.map(norm);
  const picked = all
    .map(({ unit, files }) => ({ unit, files: files.filter((f) => paths.some((p) => p === unit.name || inside(f, p))) }))
    .filter(({ files }) => files.length > 0);
  if (picked.length === 0) {
    console.error(`没有可变异的规则文件：${args.join(' ')}（可用：${UNITS.map((u) => `${u.name}（${u.sources.join('、')}）`).join('；')}）`);
    process.exit(2);
  }
  return picked;
}

interface Score {
  unit: string;
  files: number;
  mutants: number;
  killed: number;
  survived: number;
  timeout: number;
  noCoverage: number;
  errors: number;
  score: number;
  seconds: number;
}

function scoreOf(unit: string, files: number, results: readonly MutantResult[], seconds: number): Score {
  const count = (...statuses: MutantResult['status'][]) => results.filter((r) => statuses.includes(r.status)).length;
  const killed = count('Killed');
  const timeout = count('Timeout');
  const survived = count('Survived');
  const noCoverage = count('NoCoverage');
  const detected = killed + timeout;
  const valid = detected + survived + noCoverage;
  return {
    unit, files, mutants: results.length, killed, survived, timeout, noCoverage,
    errors: count('CompileError', 'RuntimeError'),
    score: valid === 0 ? 100 : Math.round((detected / valid) * 1000) / 10,
    seconds: Math.round(seconds),
  };
}

async function mutate(unit: Unit, files: string[], fresh: boolean, ignoreStatic: boolean): Promise<MutantResult[]> {
  // Read by vitest.mutate.config.ts in Stryker's worker processes, which inherit this environment.
  process.env.GONGKAI_MUTATE_TESTS = unit.tests.join(',');
  process.env.DIALECTS = 'sqlite';
  const options: PartialStrykerOptions = {
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner'],
    vitest: { configFile: 'vitest.mutate.config.ts', related: true },
    mutate: files,
    coverageAnalysis: 'perTest',
    // Two Stryker workers by default; MUTATE_CONCURRENCY=1 on a shared or small machine.
    concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 2),
    // Static mutants (in code run when a module loads: schemas, tables, a test file's top-level
    // `builtinCalendar()`) need a fresh environment and every test each; `--ignore-static` leaves them
    // out for a quick pass, and a later run without it tests only them (incremental).
    ignoreStatic,
    incremental: !fresh,
    incrementalFile: join('.stryker', `incremental-${unit.name}.json`),
    tempDirName: '.stryker-tmp',
    ignorePatterns: ['/data', '/test-artifacts', '/coverage', '/.stryker', '/bench'],
    reporters: ['clear-text', 'progress', 'html'],
    htmlReporter: { fileName: join('.stryker', `report-${unit.name}.html`) },
    clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
    thresholds: { high: 90, low: 85, break: null },
    timeoutMS: 10_000,
    cleanTempDir: true,
  };
  return new Stryker(options).runMutationTest();
}

const args = process.argv.slice(2);
const fresh = args.includes('--fresh');
const ignoreStatic = args.includes('--ignore-static');
mkdirSync(OUT, { recursive: true });
const scores: Score[] = [];
for (const { unit, files } of selected(args.filter((a) => !a.startsWith('-')))) {
  console.log(`\n=== mutate: ${unit.name} (${files.length} files; tests: ${unit.tests.join(' ')}) ===`);
  const started = performance.now();
  const results = await mutate(unit, files, fresh, ignoreStatic);
  scores.push(scoreOf(unit.name, files.length, results, (performance.now() - started) / 1000));
}

console.log('\nunit            files mutants killed survived timeout no-cov errors  score   time');
for (const s of scores) {
  console.log(`${s.unit.padEnd(15)} ${String(s.files).padStart(5)} ${String(s.mutants).padStart(7)} ${String(s.killed).padStart(6)} ${String(s.survived).padStart(8)} ${String(s.timeout).padStart(7)} ${String(s.noCoverage).padStart(6)} ${String(s.errors).padStart(6)} ${s.score.toFixed(1).padStart(5)}% ${String(s.seconds).padStart(5)}s`);
}
writeFileSync(join(OUT, 'scores.json'), `${JSON.stringify(scores, null, 2)}\n`);
