import t from 'tap';
import { kubepulse } from '../../proto/kubepulse/v1/gen/ingest.js';
import { toWire } from '../../common/u64.js';
import { DEFAULT_LIMITS } from '../../aggregator/ingest/limits.js';
import { validateHello, validateSample } from '../../aggregator/ingest/validate.js';
import { isDns1123Label, isDns1123Subdomain, isLabelKey, isLabelValue } from '../../aggregator/ingest/names.js';

const S = 1_000_000_000n;
const NOW = 1_800_000_000n * S;
const L = DEFAULT_LIMITS;

function podMsg(over: Partial<kubepulse.v1.IPodSample> = {}, t = NOW): kubepulse.v1.IPodSample {
  return {
    uid: 'u-1', name: 'web-1', namespace: 'default', labels: { app: 'web' },
    containers: [{ name: 'app', id: 'abc', cpu: { timeUnixNano: toWire(t, true), usageNs: toWire((1n << 62n) + 1n) }, memory: { timeUnixNano: toWire(t, true), workingSetBytes: toWire(5n) } }],
    ...over,
  };
}

function sampleMsg(pods: kubepulse.v1.IPodSample[], t = NOW): kubepulse.v1.INodeSample {
  // Through the real encoder and decoder, as ingest sees it.
  const bytes = kubepulse.v1.NodeSample.encode({
    sequence: toWire(1n), collectedUnixNano: toWire(t, true),
    node: { cpu: { timeUnixNano: toWire(t, true), usageNs: toWire(10n) }, memory: { timeUnixNano: toWire(t, true), workingSetBytes: toWire(1n) }, cpuCapacityMillis: toWire(2000n) },
    pods,
  }).finish();
  return kubepulse.v1.NodeSample.decode(bytes);
}

t.test('Kubernetes name rules', async (t) => {
  t.ok(isDns1123Subdomain('node-1.example.com'));
  t.notOk(isDns1123Subdomain('Node_1'));
  t.notOk(isDns1123Subdomain('a'.repeat(254)));
  t.ok(isDns1123Label('kube-system'));
  t.notOk(isDns1123Label('a.b'));
  t.notOk(isDns1123Label('a'.repeat(64)));
  t.ok(isLabelKey('app.kubernetes.io/name'));
  t.ok(isLabelKey('pod-template-hash'));
  t.notOk(isLabelKey('bad key'));
  t.notOk(isLabelKey('UPPER.example/x'), 'prefix must be a DNS subdomain');
  t.notOk(isLabelKey(`x/${'a'.repeat(64)}`));
  t.ok(isLabelValue(''));
  t.notOk(isLabelValue('-leading'));
  t.notOk(isLabelValue('a'.repeat(64)));
});

t.test('a valid sample converts exactly, 64-bit values included', async (t) => {
  const v = validateSample(sampleMsg([podMsg()]), NOW, L);
  t.equal(v.podsRejected, 0);
  t.equal(v.sample.pods[0].containers[0].cpu!.usageNs, (1n << 62n) + 1n);
  t.equal(v.sample.node.cpuCapacityMillis, 2000n);
});

t.test('a bad pod is rejected with a warning naming it; the rest of the sample is kept', async (t) => {
  const bad = [
    podMsg({ uid: 'u-2', name: 'Bad_Name' }),
    podMsg({ uid: 'u-3', namespace: 'a.b' }),
    podMsg({ uid: 'u-4', labels: { 'bad key': 'x' } }),
    podMsg({ uid: 'u-5', labels: Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${i}`, 'v'])) }),
    podMsg({ uid: 'u-6', containers: Array.from({ length: 65 }, (_, i) => ({ name: `c${i}` })) }),
    podMsg({ uid: 'u-7', containers: [{ name: 'app' }, { name: 'app' }] }),
    podMsg({ uid: 'u-8', cpu: { timeUnixNano: toWire(NOW + 3600n * S, true), usageNs: toWire(1n) } }),
    podMsg({ uid: 'u-9', cpu: { timeUnixNano: toWire(NOW - 3600n * S, true), usageNs: toWire(1n) } }),
    podMsg({ uid: 'u-10', cpu: { timeUnixNano: toWire(-5n, true), usageNs: toWire(1n) } }),
    podMsg({ uid: 'u-11', memory: { timeUnixNano: toWire(NOW, true), psi: { some: { avg10: Number.NaN } } } }),
    podMsg({ uid: 'u-12', ioPsi: { full: { avg60: -1 } } }),
    podMsg({ uid: 'u-1' }),
    podMsg({ uid: '' }),
    podMsg({ uid: 'u-13', network: { timeUnixNano: toWire(NOW, true), interfaces: [{ name: 'a', rxBytes: toWire((1n << 64n) - 1n) }, { name: 'b', rxBytes: toWire(1n) }] } }),
  ];
  const v = validateSample(sampleMsg([podMsg(), ...bad]), NOW, L);
  t.equal(v.sample.pods.length, 1, 'only the good pod is kept');
  t.equal(v.podsRejected, bad.length);
  const w = v.warnings.join('\n');
  for (const re of [/Bad_Name/, /namespace is not a DNS-1123 label/, /label key "bad key"/, /65 labels, limit 64/, /65 containers, limit 64/, /duplicate container names/,
    /in the future/, /3600s old/, /missing or negative/, /PSI average NaN/, /PSI average -1/, /uid u-1 appears twice/, /pod uid "" is not valid/, /overflow uint64/]) {
    t.match(w, re);
  }
});

t.test('more pods than the limit: the excess is rejected, counted and reported', async (t) => {
  const pods = Array.from({ length: 5 }, (_, i) => podMsg({ uid: `u${i}`, name: `p${i}` }));
  const v = validateSample(sampleMsg(pods), NOW, { ...L, maxPods: 3 });
  t.equal(v.sample.pods.length, 3);
  t.equal(v.podsRejected, 2);
  t.match(v.warnings[0], /5 pods, limit 3/);
});

t.test('an unusable node block rejects the whole sample', async (t) => {
  t.throws(() => validateSample(sampleMsg([], NOW + 3600n * S), NOW, L), /in the future/);
  t.throws(() => validateSample({ sequence: 1 }, NOW, L), /no node block/);
});

t.test('hello: node name, boot id and labels are checked', async (t) => {
  t.same(validateHello({ nodeName: 'n1', bootId: 'b', nodeLabels: { 'kubernetes.io/os': 'linux' } }, L), { nodeName: 'n1', hello: { bootId: 'b', labels: { 'kubernetes.io/os': 'linux' } } });
  t.throws(() => validateHello({ nodeName: 'N1', bootId: 'b' }, L), /not a valid Kubernetes node name/);
  t.throws(() => validateHello({ nodeName: 'n1', bootId: '' }, L), /boot_id/);
  t.throws(() => validateHello({ nodeName: 'n1', bootId: 'b', nodeLabels: { 'x y': '1' } }, L), /label key/);
});
