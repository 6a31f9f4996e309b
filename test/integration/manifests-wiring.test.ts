// Wiring across the rendered objects (real `kubectl kustomize`): selectors match pod labels,
// ports and targetPorts match container ports and flags, the APIServices point at the Service
// and trust the CA that signed its certificate, bindings name existing accounts and roles, the
// DaemonSet's mounts match its flags, the token audience is what the aggregator expects, and
// the agent's arguments parse with the real CLI.
import { X509Certificate } from 'node:crypto';
import t from 'tap';
import { Command } from 'commander';
import { AGENT_AUDIENCE } from '../../aggregator/auth/agent-token.js';
import { DEFAULT_AGENT_SERVICE_ACCOUNTS } from '../../aggregator/auth/agent-factory.js';
import { addAgentFlags } from '../../cli/commands/agent.js';
import { addAggregatorFlags, parseResolutionNs } from '../../cli/commands/aggregator.js';
import { copyManifests, find, flags, mountFor, mustFind, pathInVolume, selectorMatches, type Obj } from './manifests-lib.js';

const NS = 'kubepulse';
const tree = copyManifests();
t.teardown(() => tree.cleanup());
tree.writeKustomization('overlays/hostpid', `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources: [../../base]
components: [../../components/static-certs, ../../components/hostpid]
`);
tree.writeKustomization('overlays/custom-metrics', `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources: [../../base]
components: [../../components/static-certs, ../../components/custom-metrics]
`);

const overlays = { default: tree.render('overlays/default'), ha: tree.render('overlays/ha'), certManager: tree.render('overlays/cert-manager') };

const podSpec = (o: Obj): Obj => o.spec.template.spec;
const only = (o: Obj): Obj => { const cs = podSpec(o).containers as Obj[]; if (cs.length !== 1) throw new Error('one container expected'); return cs[0]; };
const agentOf = (objs: Obj[]): Obj => mustFind(objs, 'DaemonSet', 'kubepulse-agent', NS);
const aggregatorOf = (objs: Obj[]): Obj => mustFind(objs, 'Deployment', 'kubepulse-aggregator', NS);
const port = (hostPort: string): number => Number(hostPort.slice(hostPort.lastIndexOf(':') + 1));
const containerPort = (c: Obj, nameOrNumber: string | number): number | undefined =>
  ((c.ports ?? []) as Obj[]).find((p) => p.name === nameOrNumber || p.containerPort === nameOrNumber)?.containerPort;

for (const [name, objs] of Object.entries(overlays)) {
  t.test(`${name}: workloads select their own pods and only them`, async (t) => {
    const agent = agentOf(objs);
    const agg = aggregatorOf(objs);
    for (const w of [agent, agg]) {
      t.ok(selectorMatches(w.spec.selector.matchLabels, w.spec.template.metadata.labels), `${w.kind} selector matches its template`);
    }
    t.notOk(selectorMatches(agg.spec.selector.matchLabels, agent.spec.template.metadata.labels), 'aggregator selector excludes agent pods');
    t.notOk(selectorMatches(agent.spec.selector.matchLabels, agg.spec.template.metadata.labels), 'agent selector excludes aggregator pods');
    for (const svc of objs.filter((o) => o.kind === 'Service')) {
      t.ok(selectorMatches(svc.spec.selector, agg.spec.template.metadata.labels), `Service ${svc.metadata.name} selects aggregator pods`);
      t.notOk(selectorMatches(svc.spec.selector, agent.spec.template.metadata.labels), `Service ${svc.metadata.name} does not select agents`);
    }
  });

  t.test(`${name}: Service ports lead to the container ports the aggregator's flags open`, async (t) => {
    const c = only(aggregatorOf(objs));
    const f = flags(c);
    const api = mustFind(objs, 'Service', 'kubepulse-aggregator', NS);
    const https = (api.spec.ports as Obj[]).find((p) => p.port === 443) as Obj;
    t.ok(https, 'API Service listens on 443');
    t.equal(containerPort(c, https.targetPort), Number(f.get('secure-port')), '443 → --secure-port');
    const grpc = mustFind(objs, 'Service', 'kubepulse-aggregator-grpc', NS);
    t.equal(grpc.spec.clusterIP, 'None', 'gRPC Service is headless: its name resolves to every replica');
    t.equal(grpc.spec.publishNotReadyAddresses, true, 'replicas that are not ready yet still get agents');
    const gp = (grpc.spec.ports as Obj[])[0];
    t.equal(containerPort(c, gp.targetPort), port(f.get('grpc-listen') ?? ''), 'headless targetPort → --grpc-listen');
    for (const probe of [c.readinessProbe, c.livenessProbe] as Obj[]) {
      t.equal(containerPort(c, probe.httpGet.port), Number(f.get('secure-port')), `${probe.httpGet.path} probes the HTTPS port`);
      t.equal(probe.httpGet.scheme, 'HTTPS');
    }
    t.same([c.readinessProbe.httpGet.path, c.livenessProbe.httpGet.path], ['/readyz', '/livez']);
    const allow = (f.get('authorization-always-allow-paths') ?? '').split(',');
    for (const p of ['/readyz', '/livez']) t.ok(allow.includes(p), `${p} needs no SubjectAccessReview (the kubelet probes anonymously)`);
  });

  t.test(`${name}: the agent dials the headless Service on its gRPC port`, async (t) => {
    const f = flags(only(agentOf(objs)));
    const grpc = mustFind(objs, 'Service', 'kubepulse-aggregator-grpc', NS);
    const target = f.get('aggregator') ?? '';
    t.equal(target.slice(0, target.lastIndexOf(':')), `${grpc.metadata.name}.${NS}.svc`);
    t.equal(port(target), (grpc.spec.ports as Obj[])[0]?.port);
    t.equal(podSpec(agentOf(objs)).dnsPolicy, 'ClusterFirstWithHostNet', 'a hostNetwork pod resolves Service names only with this policy');
  });

  t.test(`${name}: both APIServices point at the API Service and its port`, async (t) => {
    const apis = objs.filter((o) => o.kind === 'APIService');
    t.same(apis.map((a) => a.metadata.name).sort(), ['v1.metrics.k8s.io', 'v1beta1.metrics.k8s.io']);
    for (const a of apis) {
      t.equal(a.metadata.name, `${a.spec.version}.${a.spec.group}`);
      t.equal(a.spec.group, 'metrics.k8s.io');
      const svc = mustFind(objs, 'Service', a.spec.service.name, a.spec.service.namespace);
      t.ok((svc.spec.ports as Obj[]).some((p) => p.port === (a.spec.service.port ?? 443)), `${a.metadata.name} port exists on the Service`);
      t.notOk(a.spec.insecureSkipTLSVerify, `${a.metadata.name} verifies the serving certificate`);
    }
  });

  t.test(`${name}: every binding names an existing ServiceAccount and role`, async (t) => {
    const builtIn = new Set(['ClusterRole/system:auth-delegator', 'Role/kube-system/extension-apiserver-authentication-reader']);
    for (const b of objs.filter((o) => o.kind === 'RoleBinding' || o.kind === 'ClusterRoleBinding')) {
      const ref = b.roleRef.kind === 'Role' ? `Role/${b.metadata.namespace}/${b.roleRef.name}` : `ClusterRole/${b.roleRef.name}`;
      t.ok(builtIn.has(ref) || find(objs, b.roleRef.kind, b.roleRef.name), `${b.metadata.name} → ${ref}`);
      for (const s of b.subjects as Obj[]) {
        t.equal(s.kind, 'ServiceAccount');
        t.ok(find(objs, 'ServiceAccount', s.name, s.namespace), `${b.metadata.name} subject ${s.namespace}/${s.name} exists`);
      }
    }
    for (const w of [agentOf(objs), aggregatorOf(objs)]) {
      t.ok(find(objs, 'ServiceAccount', podSpec(w).serviceAccountName, NS), `${w.kind} runs as an existing ServiceAccount`);
    }
    const authReader = mustFind(objs, 'RoleBinding', 'kubepulse-aggregator-auth-reader', 'kube-system');
    t.equal(authReader.roleRef.name, 'extension-apiserver-authentication-reader', 'reads the front-proxy CA ConfigMap in kube-system');
    const aggSa = podSpec(aggregatorOf(objs)).serviceAccountName;
    const bound = (role: string): boolean => objs.some((o) => (o.kind === 'ClusterRoleBinding' || o.kind === 'RoleBinding') &&
      o.roleRef.name === role && (o.subjects as Obj[]).some((s) => s.name === aggSa));
    for (const role of ['system:auth-delegator', 'extension-apiserver-authentication-reader']) {
      t.ok(bound(role), `aggregator is bound to ${role}`);
    }
    // The aggregator reads no API objects itself: metrics come from agents, identities from
    // TokenReview/SubjectAccessReview and the auth ConfigMap. Nothing more may be granted.
    const aggBindings = objs.filter((o) => (o.kind === 'ClusterRoleBinding' || o.kind === 'RoleBinding') &&
      (o.subjects as Obj[]).some((s) => s.name === aggSa)).map((o) => o.roleRef.name as string).sort();
    t.same(aggBindings, ['extension-apiserver-authentication-reader', 'system:auth-delegator'], 'the aggregator has exactly the delegated-auth roles');
    const agentSa = podSpec(agentOf(objs)).serviceAccountName;
    t.notOk(objs.some((o) => o.subjects?.some((s: Obj) => s.name === agentSa)), 'the agent has no RBAC at all');
  });

  t.test(`${name}: least privilege: read-only rules, no secrets, readers aggregated to view/edit/admin`, async (t) => {
    for (const r of objs.filter((o) => o.kind === 'ClusterRole' || o.kind === 'Role')) {
      for (const rule of r.rules as Obj[]) {
        t.notOk((rule.verbs as string[]).some((v) => !['get', 'list', 'watch'].includes(v)), `${r.metadata.name}: read verbs only`);
        t.notOk((rule.resources as string[]).some((x) => x === 'secrets' || x === '*' && rule.apiGroups.includes('')), `${r.metadata.name}: no secrets`);
      }
    }
    const reader = mustFind(objs, 'ClusterRole', 'kubepulse:aggregated-metrics-reader');
    for (const r of ['view', 'edit', 'admin']) t.equal(reader.metadata.labels[`rbac.authorization.k8s.io/aggregate-to-${r}`], 'true');
    t.same(reader.rules, [{ apiGroups: ['metrics.k8s.io'], resources: ['pods', 'nodes'], verbs: ['get', 'list'] }]);
  });

  t.test(`${name}: the agent's flags point into mounts of the right kind`, async (t) => {
    const ds = agentOf(objs);
    const c = only(ds);
    const f = flags(c);
    const hostPathOf = (flag: string, value = f.get(flag) ?? ''): string => {
      const m = mountFor(podSpec(ds), c, value);
      if (!m?.volume.hostPath) return `(${flag} ${value} is not under a hostPath mount)`;
      t.equal(m.mount.readOnly, true, `${flag} mount is read-only`);
      return `${m.volume.hostPath.path}/${pathInVolume(m.mount, value)}`.replace(/\/$/, '');
    };
    t.equal(hostPathOf('cgroup-root'), '/sys/fs/cgroup');
    t.equal(hostPathOf('proc-root'), '/proc');
    t.equal(hostPathOf('cri-endpoint', (f.get('cri-endpoint') ?? '').replace(/^unix:\/\//, '')), '/run/containerd/containerd.sock');
    t.equal(hostPathOf('fs-path'), '/var/lib/kubepulse');
    for (const v of podSpec(ds).volumes as Obj[]) {
      if (v.hostPath) t.ok(((c.volumeMounts ?? []) as Obj[]).every((m) => m.name !== v.name || m.readOnly === true), `hostPath ${v.hostPath.path} mounted read-only`);
    }

    const token = mountFor(podSpec(ds), c, f.get('token-file') ?? '');
    const sat = (token?.volume.projected?.sources as Obj[] | undefined)?.find((s) => s.serviceAccountToken)?.serviceAccountToken as Obj | undefined;
    t.ok(sat, '--token-file is a projected ServiceAccount token');
    t.equal(sat?.path, pathInVolume(token?.mount ?? {}, f.get('token-file') ?? ''), 'at the file the flag names');
    t.equal(sat?.audience, AGENT_AUDIENCE, 'audience is the one the aggregator checks');
    t.ok(Number(sat?.expirationSeconds) >= 600 && Number(sat?.expirationSeconds) <= 3600, 'short-lived (10 min to 1 h)');
    t.equal(podSpec(ds).automountServiceAccountToken, false, 'no general-purpose API token in the agent');
    t.ok(DEFAULT_AGENT_SERVICE_ACCOUNTS.includes(`${NS}:${podSpec(ds).serviceAccountName}`), 'the aggregator accepts this ServiceAccount by default');

    const env = (c.env as Obj[]).find((e) => e.name === 'NODE_NAME');
    t.equal(env?.valueFrom?.fieldRef?.fieldPath, 'spec.nodeName', 'node name from the downward API');
    t.equal(f.get('node-name'), '$(NODE_NAME)');

    const ca = mountFor(podSpec(ds), c, f.get('ca-file') ?? '');
    const aggTls = mountFor(podSpec(aggregatorOf(objs)), only(aggregatorOf(objs)), flags(only(aggregatorOf(objs))).get('tls-cert-file') ?? '');
    t.equal(ca?.volume.secret?.secretName, aggTls?.volume.secret?.secretName, 'agent trusts the CA in the aggregator\'s serving Secret');
    t.same(ca?.volume.secret?.items, [{ key: 'ca.crt', path: pathInVolume(ca?.mount ?? {}, f.get('ca-file') ?? '') }], 'and receives only ca.crt, never the key');
  });

  t.test(`${name}: the agent runs on every node, locked down, reachable only on the node's loopback`, async (t) => {
    const ds = agentOf(objs);
    const spec = podSpec(ds);
    const c = only(ds);
    const f = flags(c);
    t.equal(spec.hostNetwork, true);
    t.equal(spec.hostPID, false, 'hostPID is opt-in');
    t.equal(spec.priorityClassName, 'system-node-critical');
    t.same(spec.tolerations, [{ operator: 'Exists' }], 'tolerates every taint');
    t.equal(f.get('listen'), '127.0.0.1:10265');
    t.equal(containerPort(c, 'http'), port(f.get('listen') ?? ''));
    for (const probe of [c.readinessProbe, c.livenessProbe] as Obj[]) {
      t.equal(probe.httpGet.host, '127.0.0.1');
      t.equal(probe.httpGet.port, port(f.get('listen') ?? ''));
    }
    t.equal(c.securityContext.readOnlyRootFilesystem, true);
    t.equal(c.securityContext.allowPrivilegeEscalation, false);
    t.same(c.securityContext.capabilities, { drop: ['ALL'] });
    t.notOk(c.securityContext.privileged);
    t.equal(spec.securityContext.seccompProfile.type, 'RuntimeDefault');
    for (const k of ['requests', 'limits']) t.ok(c.resources[k]?.cpu && c.resources[k]?.memory, `${k} set`);
  });

  t.test(`${name}: the aggregator runs non-root, read-only, without capabilities`, async (t) => {
    const d = aggregatorOf(objs);
    const spec = podSpec(d);
    const c = only(d);
    t.equal(spec.securityContext.runAsNonRoot, true);
    t.ok(spec.securityContext.runAsUser > 0);
    t.equal(spec.priorityClassName, 'system-cluster-critical');
    t.equal(c.securityContext.readOnlyRootFilesystem, true);
    t.same(c.securityContext.capabilities, { drop: ['ALL'] });
    t.equal(c.securityContext.allowPrivilegeEscalation, false);
    t.equal(spec.securityContext.seccompProfile.type, 'RuntimeDefault');
    t.equal(c.image, only(agentOf(objs)).image, 'one image for both');
    const f = flags(c);
    t.equal(f.get('agent-auth'), 'token');
    const cert = mountFor(spec, c, f.get('tls-cert-file') ?? '');
    const key = mountFor(spec, c, f.get('tls-private-key-file') ?? '');
    t.ok(cert?.volume.secret && key?.volume.secret, 'serving cert and key come from a Secret');
  });

  t.test(`${name}: the NetworkPolicy admits exactly the aggregator's two ports`, async (t) => {
    const np = mustFind(objs, 'NetworkPolicy', 'kubepulse-aggregator', NS);
    const agg = aggregatorOf(objs);
    t.ok(selectorMatches(np.spec.podSelector.matchLabels, agg.spec.template.metadata.labels));
    t.notOk(selectorMatches(np.spec.podSelector.matchLabels, agentOf(objs).spec.template.metadata.labels));
    t.same(np.spec.policyTypes, ['Ingress']);
    const allowed = (np.spec.ingress as Obj[]).flatMap((r) => (r.ports as Obj[]).map((p) => p.port)).sort();
    const opened = (only(agg).ports as Obj[]).map((p) => p.containerPort).sort();
    t.same(allowed, opened);
  });
}

t.test('default and ha: the APIServices trust exactly the CA that signed the serving certificate', async (t) => {
  for (const objs of [overlays.default, overlays.ha]) {
    const secretName = mountFor(podSpec(aggregatorOf(objs)), only(aggregatorOf(objs)), '/var/run/kubepulse/tls/tls.crt')?.volume.secret?.secretName;
    const secret = mustFind(objs, 'Secret', secretName, NS);
    t.equal(secret.type, 'kubernetes.io/tls');
    const b64 = (s: string): string => Buffer.from(s.replace(/\s/g, ''), 'base64').toString('utf8');
    t.equal(b64(secret.data['ca.crt']), tree.certs.ca);
    const ca = new X509Certificate(tree.certs.ca);
    const leaf = new X509Certificate(b64(secret.data['tls.crt']));
    t.ok(leaf.verify(ca.publicKey), 'tls.crt is signed by ca.crt');
    for (const a of objs.filter((o) => o.kind === 'APIService')) {
      t.equal(b64(a.spec.caBundle), tree.certs.ca, `${a.metadata.name} caBundle is the CA`);
      // kube-aggregator verifies with ServerName <service>.<namespace>.svc.
      t.ok(leaf.checkHost(`${a.spec.service.name}.${a.spec.service.namespace}.svc`), 'certificate valid for the name the kube-apiserver checks');
    }
    const target = flags(only(agentOf(objs))).get('aggregator') ?? '';
    t.ok(leaf.checkHost(target.slice(0, target.lastIndexOf(':'))), 'certificate valid for the name the agents dial');
  }
});

t.test('cert-manager: CA injection names the Certificate whose Secret the pods mount, for the same names', async (t) => {
  const objs = overlays.certManager;
  const cert = mustFind(objs, 'Certificate', 'kubepulse-aggregator-tls', NS);
  for (const a of objs.filter((o) => o.kind === 'APIService')) {
    t.equal(a.metadata.annotations?.['cert-manager.io/inject-ca-from'], `${NS}/${cert.metadata.name}`);
    t.ok((cert.spec.dnsNames as string[]).includes(`${a.spec.service.name}.${a.spec.service.namespace}.svc`));
  }
  const agentCa = (podSpec(agentOf(objs)).volumes as Obj[]).find((v) => v.name === 'aggregator-ca');
  t.equal(agentCa?.secret?.secretName, cert.spec.secretName);
  const target = flags(only(agentOf(objs))).get('aggregator') ?? '';
  t.ok((cert.spec.dnsNames as string[]).includes(target.slice(0, target.lastIndexOf(':'))));
  t.notOk(find(objs, 'Secret', 'kubepulse-aggregator-tls', NS), 'no static Secret competes with cert-manager\'s');
});

t.test('replicas: one in the default overlay, two on different nodes with a disruption budget in ha', async (t) => {
  t.equal(aggregatorOf(overlays.default).spec.replicas, 1);
  t.notOk(find(overlays.default, 'PodDisruptionBudget', 'kubepulse-aggregator', NS), 'no PDB for a single replica (it would block drains)');
  for (const objs of [overlays.ha, overlays.certManager]) {
    const d = aggregatorOf(objs);
    t.equal(d.spec.replicas, 2);
    const terms = podSpec(d).affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution as Obj[];
    t.equal(terms[0]?.topologyKey, 'kubernetes.io/hostname');
    t.ok(selectorMatches(terms[0]?.labelSelector.matchLabels, d.spec.template.metadata.labels), 'anti-affinity against its own replicas');
    const pdb = mustFind(objs, 'PodDisruptionBudget', 'kubepulse-aggregator', NS);
    t.ok(selectorMatches(pdb.spec.selector.matchLabels, d.spec.template.metadata.labels));
    t.ok(pdb.spec.minAvailable >= 1 && pdb.spec.minAvailable < d.spec.replicas, 'PDB leaves room for one voluntary disruption');
  }
});

t.test('hostPID opt-in flips only hostPID', async (t) => {
  const base = agentOf(overlays.default);
  const withPid = agentOf(tree.render('overlays/hostpid'));
  t.equal(withPid.spec.template.spec.hostPID, true);
  withPid.spec.template.spec.hostPID = false;
  t.same(withPid, base);
});

t.test('custom-metrics opt-in turns PSI on in the agents (hybrid nodes too) and changes nothing else in the DaemonSet', async (t) => {
  const base = agentOf(overlays.default);
  const withCm = agentOf(tree.render('overlays/custom-metrics'));
  const args = only(withCm).args as string[];
  t.equal(args.at(-1), '--psi=on');
  const cmd = addAgentFlags(new Command('agent')).exitOverride().allowExcessArguments(false).action(() => undefined);
  cmd.parse(args.slice(1), { from: 'user' });
  t.equal(cmd.opts().psi, 'on', 'the real CLI reads it');
  args.pop();
  t.same(withCm, base);
});

t.test('the DaemonSet\'s agent arguments parse with the real `kubepulse agent` flags', async (t) => {
  for (const objs of Object.values(overlays)) {
    const cmd = addAgentFlags(new Command('agent')).exitOverride().allowExcessArguments(false).action(() => undefined);
    const args = (only(agentOf(objs)).args as string[]).slice(1);
    t.equal((only(agentOf(objs)).args as string[])[0], 'agent');
    t.doesNotThrow(() => cmd.parse(args, { from: 'user' }), args.join(' '));
    t.equal(cmd.opts().listen, '127.0.0.1:10265');
  }
  const bad = addAgentFlags(new Command('agent')).exitOverride().configureOutput({ writeErr: () => undefined }).action(() => undefined);
  t.throws(() => bad.parse(['--cgroup-rot=/x'], { from: 'user' }), 'a misspelt flag is refused, so the check above can fail');
});

t.test('the Deployment\'s aggregator arguments parse with the real `kubepulse aggregator` flags', async (t) => {
  for (const objs of Object.values(overlays)) {
    const c = only(aggregatorOf(objs));
    t.equal((c.args as string[])[0], 'aggregator');
    const cmd = addAggregatorFlags(new Command('aggregator')).exitOverride().allowExcessArguments(false).action(() => undefined);
    t.doesNotThrow(() => cmd.parse((c.args as string[]).slice(1), { from: 'user' }));
    const o = cmd.opts();
    t.equal(o.agentAuth, 'token');
    t.equal(parseResolutionNs(String(o.metricResolution)), 15_000_000_000n, 'resolution 15s, as metrics-server ships');
  }
  const bad = addAggregatorFlags(new Command('aggregator')).exitOverride().configureOutput({ writeErr: () => undefined }).action(() => undefined);
  t.throws(() => bad.parse(['--agent-auth=tokens'], { from: 'user' }), 'a bad value is refused, so the check above can fail');
});
