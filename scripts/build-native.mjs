#!/usr/bin/env node
// Compiles the agent's one Node-API addon (agent/cgroup/reader.c) to dist/agent/cgroup/reader.node
// with the C compiler ($CC, else cc) against the Node-API headers from the node-api-headers package.
// No node-gyp: one C file, no dependencies, and Node-API needs no per-Node-version build.
//
// Without a compiler the agent still works (it reads through fs.readSync, and logs so): the build
// warns and goes on, unless KUBEPULSE_NATIVE=required (CI and the image build), where it fails.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'agent/cgroup/reader.c');
const out = join(root, 'dist/agent/cgroup/reader.node');
const required = process.env.KUBEPULSE_NATIVE === 'required';

function giveUp(why) {
  if (required) {
    console.error(`build-native: ${why} (KUBEPULSE_NATIVE=required)`);
    process.exit(1);
  }
  console.error(`build-native: ${why}; the agent will read cgroup files through fs.readSync (slower, same results)`);
  process.exit(0);
}

let include;
try {
  include = createRequire(import.meta.url)('node-api-headers').include_dir;
} catch {
  giveUp('node-api-headers is not installed (npm ci installs it)');
}

const cc = process.env.CC || 'cc';
// A stale addon from an earlier build must not outlive a failed one.
rmSync(out, { force: true });
mkdirSync(dirname(out), { recursive: true });
const args = ['-std=c11', '-O2', '-fPIC', '-shared', '-fvisibility=hidden', '-Wall', '-Wextra', '-Werror', '-D_GNU_SOURCE', '-I', include, '-o', out, source];
const r = spawnSync(cc, args, { stdio: ['ignore', 'inherit', 'inherit'] });
if (r.error) giveUp(`no C compiler (${cc}: ${r.error.code ?? r.error.message})`);
if (r.status !== 0) giveUp(`${cc} failed with exit code ${r.status}`);
