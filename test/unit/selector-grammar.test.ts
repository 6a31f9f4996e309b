import t from 'tap';
import {
  matchesFields, matchesLabels, parseFieldSelector, parseLabelSelector, SelectorError,
} from '../../aggregator/api/selector.js';

const sel = (s: string, labels: Record<string, string>): boolean => matchesLabels(parseLabelSelector(s), labels);

t.test('every operator of the label grammar selects what apimachinery selects', async (t) => {
  const web = { app: 'web', tier: 'frontend', 'pod-template-hash': 'abc', replicas: '3' };
  const db = { app: 'db', tier: 'backend' };
  const cases: Array<[string, boolean, boolean]> = [
    ['', true, true],
    ['app=web', true, false],
    ['app==web', true, false],
    ['app!=web', false, true],
    ['app in (web,db)', true, true],
    ['app in (web)', true, false],
    ['app notin (web)', false, true],
    ['missing notin (x)', true, true],
    ['missing!=x', true, true],
    ['pod-template-hash', true, false],
    ['!pod-template-hash', false, true],
    ['replicas>2', true, false],
    ['replicas<3', false, false],
    ['replicas<4', true, false],
    ['app=web,tier=frontend', true, false],
    ['app=web, tier=backend', false, false],
    ['  app  in  ( web , db )  ,  tier notin (x)', true, true],
    ['app=web,pod-template-hash in (abc)', true, false],
  ];
  for (const [s, w, d] of cases) {
    t.equal(sel(s, web), w, `${JSON.stringify(s)} on web`);
    t.equal(sel(s, db), d, `${JSON.stringify(s)} on db`);
  }
});

t.test('empty values parse as apimachinery allows and match empty labels only', async (t) => {
  t.same(parseLabelSelector('a in (x,,y)')[0]?.values, ['', 'x', 'y']);
  t.same(parseLabelSelector('a in ()')[0]?.values, ['']);
  t.same(parseLabelSelector('a=')[0], { key: 'a', op: '=', values: [''] });
  t.equal(sel('a=', { a: '' }), true);
  t.equal(sel('a=', { a: 'x' }), false);
  t.equal(sel('a=', {}), false);
});

t.test('prefixed keys and keyword-like values are accepted', async (t) => {
  t.equal(sel('app.kubernetes.io/name=in', { 'app.kubernetes.io/name': 'in' }), true);
  t.equal(sel('example.com/tier in (notin,in)', { 'example.com/tier': 'notin' }), true);
});

t.test('> and < compare as integers and never match non-integer labels', async (t) => {
  t.equal(sel('n>9', { n: '10' }), true, 'numeric, not lexical');
  t.equal(sel('n>9', { n: 'ten' }), false);
  t.equal(sel('n<9', {}), false);
  t.equal(sel('n>9223372036854775806', { n: '9223372036854775807' }), true, 'beyond 2^53 stays exact');
});

t.test('malformed selectors fail with a message that says where and what was expected', async (t) => {
  const bad: Array<[string, RegExp]> = [
    ['app in web', /expected: '\('/],
    ['app in (web', /end of string/],
    ['app=web tier=x', /expected: ',' or end of string/],
    ['app=web,', /a requirement after ','/],
    [',app', /a label key/],
    ['app>x', /non-negative 64-bit integer/],
    ['app>-1', /non-negative 64-bit integer/],
    ['app<', /an integer value/],
    ['!app=web', /after '!key'/],
    ['a b', /expected: '='/],
    ['-bad=x', /invalid label key "-bad"/],
    ['Upper.Case/x=y', /prefix part must be a lowercase RFC 1123 subdomain/],
    ['a/b/c=x', /optional DNS subdomain prefix/],
    [`${'k'.repeat(64)}=x`, /no more than 63 characters/],
    [`k=${'v'.repeat(64)}`, /no more than 63 characters/],
    ['k=bad value!', /expected: ',' or end of string|invalid label value/],
    ['k=a*b', /invalid label value "a\*b"/],
    ['k in (a b)', /',' or '\)'/],
    ['(', /a label key/],
  ];
  for (const [s, re] of bad) {
    t.throws(() => parseLabelSelector(s), { name: 'SelectorError', message: re }, JSON.stringify(s));
  }
  t.throws(() => parseLabelSelector('a='.padEnd(20_000, 'x')), SelectorError, 'oversized input refused');
});

t.test('field selectors support =, ==, != and the \\, \\= \\\\ escapes', async (t) => {
  const fields = ['metadata.name', 'metadata.namespace'];
  t.same(parseFieldSelector('metadata.name=a', fields), [{ field: 'metadata.name', op: '=', value: 'a' }]);
  t.same(parseFieldSelector('metadata.name==a', fields), [{ field: 'metadata.name', op: '=', value: 'a' }]);
  t.same(parseFieldSelector('metadata.namespace!=kube-system,metadata.name=x', fields), [
    { field: 'metadata.namespace', op: '!=', value: 'kube-system' },
    { field: 'metadata.name', op: '=', value: 'x' },
  ]);
  t.same(parseFieldSelector('metadata.name=a\\,b\\=c\\\\d', fields)[0]?.value, 'a,b=c\\d');
  t.same(parseFieldSelector('metadata.name=', fields)[0]?.value, '');
  const r = parseFieldSelector('metadata.namespace!=kube-system', fields);
  t.equal(matchesFields(r, { 'metadata.namespace': 'default' }), true);
  t.equal(matchesFields(r, { 'metadata.namespace': 'kube-system' }), false);
});

t.test('bad field selectors are refused with the supported fields named', async (t) => {
  const fields = ['metadata.name'];
  t.throws(() => parseFieldSelector('spec.nodeName=n1', fields), /field label not supported: spec.nodeName \(supported: metadata.name\)/);
  t.throws(() => parseFieldSelector('metadata.name', fields), /can't understand 'metadata.name'/);
  t.throws(() => parseFieldSelector('metadata.name=a\\x', fields), /invalid escape sequence/);
  t.throws(() => parseFieldSelector('metadata.name=a=b', fields), /unescaped '='/);
});
