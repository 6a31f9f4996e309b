#!/usr/bin/env node
// Guards the dependency rules of DESIGN.md: no circular imports anywhere, and agent/ and
// aggregator/ never import each other (they meet only on the wire).
import ts from 'typescript';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIRS = ['agent', 'aggregator', 'cli', 'common', 'proto', 'bench'];
const files = DIRS.flatMap((d) => existsSync(join(root, d))
  ? readdirSync(join(root, d), { recursive: true }).map((f) => join(root, d, String(f))).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  : []);

const graph = new Map();
for (const file of files) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const deps = [];
  for (const { fileName } of importedFiles) {
    if (!fileName.startsWith('.')) continue;
    const target = resolve(dirname(file), fileName).replace(/\.js$/, '.ts');
    if (existsSync(target)) deps.push(target);
  }
  graph.set(file, deps);
}

const problems = [];
const top = (f) => relative(root, f).split('/')[0];
for (const [file, deps] of graph) {
  for (const d of deps) {
    const [a, b] = [top(file), top(d)];
    if ((a === 'agent' && b === 'aggregator') || (a === 'aggregator' && b === 'agent')) {
      problems.push(`${relative(root, file)} imports ${relative(root, d)}: agent/ and aggregator/ must not import each other`);
    }
  }
}

// Tarjan-free cycle search: DFS with colours, reporting each back edge's cycle once.
const colour = new Map();
const stack = [];
function visit(f) {
  colour.set(f, 1);
  stack.push(f);
  for (const d of graph.get(f) ?? []) {
    if (colour.get(d) === 1) {
      const cycle = stack.slice(stack.indexOf(d)).concat(d).map((x) => relative(root, x));
      problems.push(`circular import: ${cycle.join(' -> ')}`);
    } else if (!colour.has(d)) visit(d);
  }
  stack.pop();
  colour.set(f, 2);
}
for (const f of graph.keys()) if (!colour.has(f)) visit(f);

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`imports ok: ${graph.size} files, no cycles, agent/aggregator independent`);
