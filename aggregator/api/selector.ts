import type { LabelTerm, PodQuery } from '../store/types.js';

// Label selectors with the full grammar of apimachinery's labels.Parse: =, ==, !=, in, notin,
// exists, !exists, >, <, comma meaning AND, whitespace as a delimiter. The HPA forwards
// scale.status.selector verbatim, so anything kubectl or a controller can write must parse here.

export type LabelOp = 'exists' | '!exists' | '=' | '!=' | 'in' | 'notin' | 'gt' | 'lt';

export interface LabelRequirement {
  key: string;
  op: LabelOp;
  values: string[];
}

export class SelectorError extends Error {
  override readonly name = 'SelectorError';
}

type TokKind = 'id' | '!' | '!=' | '=' | '==' | '>' | '<' | ',' | '(' | ')' | 'in' | 'notin' | 'end';
interface Token { kind: TokKind; text: string; pos: number }

const SPECIAL = new Set(['=', '!', '(', ')', ',', '>', '<']);
const MAX_SELECTOR_LENGTH = 16 * 1024;

function tokenize(input: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i] ?? '';
    if (/\s/.test(c)) { i++; continue; }
    const two = input.slice(i, i + 2);
    if (two === '!=' || two === '==') { out.push({ kind: two, text: two, pos: i }); i += 2; continue; }
    if (SPECIAL.has(c)) { out.push({ kind: c as TokKind, text: c, pos: i }); i++; continue; }
    const start = i;
    while (i < input.length && !SPECIAL.has(input[i] ?? '') && !/\s/.test(input[i] ?? '')) i++;
    const text = input.slice(start, i);
    out.push({ kind: text === 'in' ? 'in' : text === 'notin' ? 'notin' : 'id', text, pos: start });
  }
  out.push({ kind: 'end', text: '', pos: input.length });
  return out;
}

// Kubernetes validation: qualified names for keys, label values for values.
const NAME_RE = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS1123_SUBDOMAIN_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export function validateLabelKey(key: string): void {
  const parts = key.split('/');
  if (parts.length > 2) throw new SelectorError(`invalid label key "${key}": a qualified name must consist of an optional DNS subdomain prefix and a name, separated by one '/'`);
  const [prefix, name] = parts.length === 2 ? [parts[0] ?? '', parts[1] ?? ''] : [undefined, parts[0] ?? ''];
  if (prefix !== undefined) {
    if (prefix.length === 0) throw new SelectorError(`invalid label key "${key}": prefix part must be non-empty`);
    if (prefix.length > 253 || !DNS1123_SUBDOMAIN_RE.test(prefix)) {
      throw new SelectorError(`invalid label key "${key}": prefix part must be a lowercase RFC 1123 subdomain of at most 253 characters`);
    }
  }
  if (name.length === 0) throw new SelectorError(`invalid label key "${key}": name part must be non-empty`);
  if (name.length > 63) throw new SelectorError(`invalid label key "${key}": name part must be no more than 63 characters`);
  if (!NAME_RE.test(name)) {
    throw new SelectorError(`invalid label key "${key}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`);
  }
}

export function validateLabelValue(value: string): void {
  if (value.length > 63) throw new SelectorError(`invalid label value "${value}": must be no more than 63 characters`);
  if (value !== '' && !NAME_RE.test(value)) {
    throw new SelectorError(`invalid label value "${value}": must be empty or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`);
  }
}

const INT_RE = /^[+-]?\d+$/;
const INT64_MAX = (1n << 63n) - 1n;

class Parser {
  private i = 0;
  constructor(private readonly toks: Token[], private readonly src: string) {}

  private peek(): Token { return this.toks[this.i] ?? { kind: 'end', text: '', pos: this.src.length }; }
  private next(): Token { const t = this.peek(); if (t.kind !== 'end') this.i++; return t; }
  private fail(t: Token, expected: string): never {
    const found = t.kind === 'end' ? 'end of string' : `'${t.text}'`;
    throw new SelectorError(`unable to parse requirement: found ${found} at position ${t.pos}, expected: ${expected}`);
  }

  parse(): LabelRequirement[] {
    const reqs: LabelRequirement[] = [];
    if (this.peek().kind === 'end') return reqs;
    for (;;) {
      reqs.push(this.requirement());
      const t = this.next();
      if (t.kind === 'end') return reqs;
      if (t.kind !== ',') this.fail(t, "',' or end of string");
      if (this.peek().kind === 'end') this.fail(this.peek(), 'a requirement after \',\'');
    }
  }

  private requirement(): LabelRequirement {
    let t = this.next();
    if (t.kind === '!') {
      t = this.next();
      if (t.kind !== 'id') this.fail(t, 'a label key after \'!\'');
      validateLabelKey(t.text);
      const after = this.peek();
      if (after.kind !== ',' && after.kind !== 'end') this.fail(after, "',' or end of string after '!key'");
      return { key: t.text, op: '!exists', values: [] };
    }
    if (t.kind !== 'id') this.fail(t, 'a label key or \'!\'');
    const key = t.text;
    validateLabelKey(key);
    // The separator after a bare key belongs to the caller.
    if (this.peek().kind === ',' || this.peek().kind === 'end') return { key, op: 'exists', values: [] };
    const op = this.next();
    switch (op.kind) {
      case '=': case '==': return { key, op: '=', values: [this.exactValue()] };
      case '!=': return { key, op: '!=', values: [this.exactValue()] };
      case '>': case '<': {
        const v = this.next();
        if (v.kind !== 'id') this.fail(v, `an integer value for '${op.text}'`);
        if (!/^\d+$/.test(v.text) || BigInt(v.text) > INT64_MAX) {
          throw new SelectorError(`invalid value "${v.text}" for '${op.text}': must be a non-negative 64-bit integer`);
        }
        return { key, op: op.kind === '>' ? 'gt' : 'lt', values: [v.text] };
      }
      case 'in': case 'notin': return { key, op: op.kind, values: this.valueSet() };
      default: return this.fail(op, "'=', '==', '!=', 'in', 'notin', '>', '<', ',' or end of string");
    }
  }

  private exactValue(): string {
    const t = this.peek();
    // `key=` means "the label is present and empty", as apimachinery allows.
    if (t.kind === ',' || t.kind === 'end') return '';
    if (t.kind !== 'id' && t.kind !== 'in' && t.kind !== 'notin') this.fail(t, 'a label value');
    this.i++;
    validateLabelValue(t.text);
    return t.text;
  }

  private valueSet(): string[] {
    const open = this.next();
    if (open.kind !== '(') this.fail(open, "'('");
    const values: string[] = [];
    // Empty members are legal: `(a,,b)` and `()` both parse, as in apimachinery.
    let expectValue = true;
    for (;;) {
      const t = this.next();
      if (t.kind === ')') {
        if (expectValue) values.push('');
        break;
      }
      if (t.kind === ',') {
        if (expectValue) values.push('');
        expectValue = true;
        continue;
      }
      if ((t.kind === 'id' || t.kind === 'in' || t.kind === 'notin') && expectValue) {
        validateLabelValue(t.text);
        values.push(t.text);
        expectValue = false;
        continue;
      }
      this.fail(t, expectValue ? "a value, ',' or ')'" : "',' or ')'");
    }
    // `()` is the set holding "", as in apimachinery.
    return [...new Set(values)].sort();
  }
}

/** Parses a label selector; the empty string selects everything. Throws SelectorError. */
export function parseLabelSelector(input: string): LabelRequirement[] {
  if (input.length > MAX_SELECTOR_LENGTH) throw new SelectorError(`label selector is longer than ${MAX_SELECTOR_LENGTH} characters`);
  return new Parser(tokenize(input), input).parse();
}

export function matchesLabels(reqs: readonly LabelRequirement[], labels: Readonly<Record<string, string>>): boolean {
  for (const r of reqs) {
    const has = Object.hasOwn(labels, r.key);
    const v = has ? labels[r.key] ?? '' : undefined;
    switch (r.op) {
      case 'exists': if (!has) return false; break;
      case '!exists': if (has) return false; break;
      case '=': case 'in': if (v === undefined || !r.values.includes(v)) return false; break;
      case '!=': case 'notin': if (v !== undefined && r.values.includes(v)) return false; break;
      case 'gt': case 'lt': {
        if (v === undefined || !INT_RE.test(v)) return false;
        const lv = BigInt(v);
        const rv = BigInt(r.values[0] ?? '0');
        if (r.op === 'gt' ? !(lv > rv) : !(lv < rv)) return false;
        break;
      }
    }
  }
  return true;
}

/**
 * The label part of a store query for a parsed selector (what the API handler passes): `=` and
 * `in` requirements become `labelTerms`, which the store answers from its label index; the other
 * requirements (if any) become the `labels` predicate. Together they select exactly what
 * `matchesLabels(reqs, …)` does.
 */
export function labelQuery(reqs: readonly LabelRequirement[]): Pick<PodQuery, 'labels' | 'labelTerms'> {
  const labelTerms: LabelTerm[] = [];
  const rest: LabelRequirement[] = [];
  for (const r of reqs) {
    if (r.op === '=' || r.op === 'in') labelTerms.push({ key: r.key, values: r.values });
    else rest.push(r);
  }
  return {
    ...(labelTerms.length > 0 ? { labelTerms } : {}),
    ...(rest.length > 0 ? { labels: (l: Readonly<Record<string, string>>) => matchesLabels(rest, l) } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Field selectors (apimachinery fields.ParseSelector): `=`, `==`, `!=`, comma-AND, with `\,`,
// `\=` and `\\` escapes in values.

export interface FieldRequirement {
  field: string;
  op: '=' | '!=';
  value: string;
}

function splitUnescaped(s: string, sep: string): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    if (c === '\\' && i + 1 < s.length) { cur += c + (s[i + 1] ?? ''); i++; continue; }
    if (c === sep) { parts.push(cur); cur = ''; continue; }
    cur += c;
  }
  parts.push(cur);
  return parts;
}

function unescapeFieldValue(v: string): string {
  let out = '';
  for (let i = 0; i < v.length; i++) {
    const c = v[i] ?? '';
    if (c !== '\\') {
      if (c === ',' || c === '=') throw new SelectorError(`invalid field selector value "${v}": unescaped '${c}'`);
      out += c;
      continue;
    }
    const n = v[i + 1];
    if (n === '\\' || n === ',' || n === '=') { out += n; i++; continue; }
    throw new SelectorError(`invalid field selector value "${v}": invalid escape sequence at position ${i}`);
  }
  return out;
}

/** Index of the first operator character outside an escape, or -1. */
function findOperator(term: string): { at: number; op: '=' | '!='; len: number } | undefined {
  for (let i = 0; i < term.length; i++) {
    const c = term[i];
    if (c === '\\') { i++; continue; }
    if (c === '!' && term[i + 1] === '=') return { at: i, op: '!=', len: 2 };
    if (c === '=') return { at: i, op: '=', len: term[i + 1] === '=' ? 2 : 1 };
  }
  return undefined;
}

export function parseFieldSelector(input: string, supported: readonly string[]): FieldRequirement[] {
  if (input.length > MAX_SELECTOR_LENGTH) throw new SelectorError(`field selector is longer than ${MAX_SELECTOR_LENGTH} characters`);
  if (input.trim() === '') return [];
  const reqs: FieldRequirement[] = [];
  for (const raw of splitUnescaped(input, ',')) {
    const term = raw.trim();
    const op = findOperator(term);
    if (!op) throw new SelectorError(`invalid selector: '${input}'; can't understand '${term}'`);
    const field = term.slice(0, op.at).trim();
    if (!supported.includes(field)) {
      throw new SelectorError(`field label not supported: ${field === '' ? '(empty)' : field} (supported: ${supported.join(', ')})`);
    }
    reqs.push({ field, op: op.op, value: unescapeFieldValue(term.slice(op.at + op.len)) });
  }
  return reqs;
}

export function matchesFields(reqs: readonly FieldRequirement[], fields: Readonly<Record<string, string>>): boolean {
  return reqs.every((r) => ((fields[r.field] ?? '') === r.value) === (r.op === '='));
}
