#!/usr/bin/env node
// Runs the compiled test suite with tap and prints one "N passed, N failed" line at the end.
// Unit tests run two files at a time; integration and e2e files run one at a time because they
// burn CPU, create cgroups and run containerd, and their CPU comparisons must not share the cores.
//
//   node scripts/run-tests.mjs                     # everything
//   node scripts/run-tests.mjs test/unit/foo.test.ts test/integration   # chosen files or folders
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const GROUPS = [
  { dir: 'test/unit', jobs: 2, timeout: 120 },
  { dir: 'test/integration', jobs: 1, timeout: 600 },
  { dir: 'test/e2e', jobs: 1, timeout: 600 },
];

function testFiles(path) {
  const abs = join(root, 'dist', path.replace(/\.ts$/, '.js'));
  if (!existsSync(abs)) return [];
  if (statSync(abs).isFile()) return [abs];
  return readdirSync(abs, { recursive: true })
    .map((f) => join(abs, String(f)))
    .filter((f) => f.endsWith('.test.js'))
    .sort();
}

const wanted = process.argv.slice(2);
const runs = GROUPS.map((g) => ({
  ...g,
  files: wanted.length === 0 ? testFiles(g.dir) : wanted.filter((w) => w.startsWith(g.dir)).flatMap(testFiles),
})).filter((g) => g.files.length > 0);

let passed = 0, failed = 0, skipped = 0, runnerFailed = false;
for (const g of runs) {
  const args = ['--disable-coverage', '--reporter=tap', `--jobs=${g.jobs}`, `--timeout=${g.timeout}`,
    ...g.files.map((f) => relative(root, f))];
  const code = await new Promise((resolve) => {
    const child = spawn(join(root, 'node_modules', '.bin', 'tap'), args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let buf = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      buf += chunk.toString();
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        // A named test is a subtest one level inside its file: four spaces of indent.
        const m = /^ {4}(not )?ok \d+ - .*?(# (SKIP|TODO)\b.*)?$/.exec(line);
        if (!m) continue;
        if (m[3]) skipped++;
        else if (m[1]) failed++;
        else passed++;
      }
    });
    child.on('close', (c) => resolve(c ?? 1));
  });
  // A file that crashed before its first test shows up only as the runner's exit code.
  if (code !== 0) runnerFailed = true;
}
if (runnerFailed && failed === 0) failed = 1;
process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
