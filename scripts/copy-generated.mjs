#!/usr/bin/env node
// tsc does not emit the generated protobuf .js modules; copy them next to the compiled code.
import { cpSync, readdirSync, statSync, mkdirSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.includes(`${'/gen/'}`) && p.endsWith('.js')) {
      const dest = join(root, 'dist', relative(root, p));
      mkdirSync(dirname(dest), { recursive: true });
      cpSync(p, dest);
    }
  }
}
walk(join(root, 'proto'));
