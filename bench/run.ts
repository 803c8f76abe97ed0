/**
 * `npm run bench [-- NAME…]`: runs every `bench/*.bench.ts` (each exports `run(): Promise<void>`
 * that prints its own figures), in name order, or only those named (`audit` for audit.bench.ts).
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface BenchModule {
  run?: () => Promise<void> | void;
}

const dir = import.meta.dirname;
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const all = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
const names = all.map((f) => basename(f, '.bench.ts'));
const unknown = wanted.filter((w) => !names.includes(w));
if (unknown.length > 0) {
  console.error(`未知的基准：${unknown.join(', ')}（可用：${names.join(', ')}）`);
  process.exit(2);
}

let failed = 0;
for (const file of all) {
  const name = basename(file, '.bench.ts');
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n=== bench: ${name} ===`);
  const started = performance.now();
  try {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as BenchModule;
    if (typeof mod.run !== 'function') throw new Error(`${file} exports no run()`);
    await mod.run();
    console.log(`=== ${name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s ===`);
  } catch (error) {
    failed++;
    console.error(`=== ${name}: FAILED ===`);
    console.error(error);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
