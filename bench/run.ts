// `npm run bench [name…]`: runs every bench/<name>.bench.ts in turn (never two at once: they
// measure CPU on a 2-core machine) and writes each one's report to bench/results/<name>.md.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { machineDescription } from './machine.js';

export interface BenchReport {
  /** Markdown: the method, then a table of figures measured side by side in this run. */
  markdown: string;
  /** The same figures, machine-readable. */
  data: unknown;
}

/**
 * `nodeFlags`: V8 flags the measured process runs with in production (the manifests' NODE_OPTIONS);
 * run.ts re-runs the bench in a child started with them when this process lacks them.
 */
export type BenchModule = { run(): Promise<BenchReport>; nodeFlags?: readonly string[] };

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const wanted = process.argv.slice(2);
const names = readdirSync(here)
  .filter((f) => f.endsWith('.bench.js'))
  .map((f) => f.replace(/\.bench\.js$/, ''))
  .filter((n) => wanted.length === 0 || wanted.includes(n))
  .sort();

mkdirSync(join(repo, 'bench', 'results'), { recursive: true });
const machine = await machineDescription();
for (const name of names) {
  const mod = (await import(pathToFileURL(join(here, `${name}.bench.js`)).href)) as BenchModule;
  const missing = (mod.nodeFlags ?? []).filter((f) => !process.execArgv.includes(f));
  if (missing.length > 0) {
    process.stdout.write(`bench ${name}: running in a child with ${missing.join(' ')} (as deployed)\n`);
    const r = spawnSync(process.execPath, [...process.execArgv, ...missing, fileURLToPath(import.meta.url), name], { stdio: 'inherit' });
    if (r.status !== 0) process.exitCode = r.status ?? 1;
    continue;
  }
  process.stdout.write(`bench ${name}: running\n`);
  const report = await mod.run();
  const when = new Date().toISOString();
  const md = `# Benchmark: ${name}\n\nMeasured ${when} on: ${machine}\n\n${report.markdown.trim()}\n`;
  writeFileSync(join(repo, 'bench', 'results', `${name}.md`), md);
  writeFileSync(join(repo, 'bench', 'results', `${name}.json`), JSON.stringify({ when, machine, data: report.data }, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2) + '\n');
  process.stdout.write(md + '\n');
}
