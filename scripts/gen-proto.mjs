#!/usr/bin/env node
// Generates static protobufjs code (ESM JS + .d.ts) for every .proto the project owns.
// `--check` regenerates into a temporary folder and fails when the committed code differs,
// so CI catches a .proto edited without regenerating.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Each target: the .proto sources and the generated module (relative to the repo root).
export const TARGETS = [
  { sources: ['proto/kubepulse/v1/ingest.proto'], out: 'proto/kubepulse/v1/gen/ingest.js' },
  { sources: ['proto/cri/runtime/v1/api.proto'], out: 'proto/cri/runtime/v1/gen/api.js', optional: true },
];

const check = process.argv.includes('--check');
const pbjs = join(root, 'node_modules', '.bin', 'pbjs');
const tmp = check ? mkdtempSync(join(tmpdir(), 'kp-gen-')) : null;
let stale = [];
for (const t of TARGETS) {
  if (t.optional && !t.sources.every((s) => existsSync(join(root, s)))) continue;
  const out = tmp ? join(tmp, t.out) : join(root, t.out);
  mkdirSync(dirname(out), { recursive: true });
  execFileSync(pbjs, ['-t', 'static-module', '-w', 'esm', '--es6', '-d', '--no-beautify', '--no-verify', '--no-delimited', '-o', out, ...t.sources.map((s) => join(root, s))], { cwd: root, stdio: 'inherit' });
  if (tmp) {
    for (const f of [t.out, t.out.replace(/\.js$/, '.d.ts')]) {
      const committed = existsSync(join(root, f)) ? readFileSync(join(root, f), 'utf8') : '';
      if (committed !== readFileSync(join(tmp, f), 'utf8')) stale.push(f);
    }
  }
}
if (tmp) rmSync(tmp, { recursive: true, force: true });
if (stale.length) {
  console.error(`generated code is out of date: ${stale.join(', ')}\nrun: npm run gen`);
  process.exit(1);
}
