// Renders every overlay with the real `kubectl kustomize` and validates every object offline
// against the Kubernetes OpenAPI schemas (kubernetes-models) plus a strict unknown-field check
// (the field lists of @kubernetes/client-node's models), as `kubectl apply --validate=strict`
// would on a cluster.
import t from 'tap';
import { copyManifests, schemaErrors, unknownFields, type Obj } from './manifests-lib.js';

const tree = copyManifests();
t.teardown(() => tree.cleanup());

// All opt-in components together, so they are validated too.
tree.writeKustomization('overlays/all-options', `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources: [../../base]
components:
  - ../../components/static-certs
  - ../../components/ha
  - ../../components/hostpid
  - ../../components/custom-metrics
`);

const CERT_MANAGER = 'cert-manager.io/v1';

for (const overlay of ['base', 'overlays/default', 'overlays/ha', 'overlays/cert-manager', 'overlays/all-options']) {
  t.test(`${overlay}: every object passes the Kubernetes schema and has no unknown fields`, async (t) => {
    const objs = tree.render(overlay);
    t.ok(objs.length >= 12, `${objs.length} objects rendered`);
    for (const o of objs) {
      const id = `${o.kind} ${o.metadata?.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata?.name}`;
      if (o.apiVersion === CERT_MANAGER) continue; // checked below: not a Kubernetes schema
      t.same(await schemaErrors(o), [], `${id}: schema`);
      t.same(unknownFields(o), [], `${id}: known fields only`);
    }
  });
}

t.test('cert-manager objects name issuers and secrets that exist in the same render', async (t) => {
  const objs = tree.render('overlays/cert-manager');
  const cm = objs.filter((o) => o.apiVersion === CERT_MANAGER);
  t.same(cm.map((o) => o.kind).sort(), ['Certificate', 'Certificate', 'Issuer', 'Issuer']);
  const issuers = new Set(cm.filter((o) => o.kind === 'Issuer').map((o) => o.metadata.name));
  const certs = cm.filter((o) => o.kind === 'Certificate');
  for (const c of certs) {
    t.equal(c.metadata.namespace, 'kubepulse');
    t.ok(issuers.has(c.spec.issuerRef.name), `${c.metadata.name} issuer ${c.spec.issuerRef.name} exists`);
    t.equal(c.spec.issuerRef.kind, 'Issuer');
  }
  const caIssuer = cm.find((o) => o.kind === 'Issuer' && o.spec.ca) as Obj;
  t.ok(certs.some((c) => c.spec.isCA === true && c.spec.secretName === caIssuer.spec.ca.secretName),
    'the CA issuer signs with the secret of the CA certificate');
});

t.test('the validators catch broken objects (so the checks above can fail)', async (t) => {
  const [ds] = tree.render('overlays/default').filter((o) => o.kind === 'DaemonSet') as [Obj];
  const container = (o: Obj): Obj => o.spec.template.spec.containers[0];

  const misspelt = structuredClone(ds);
  container(misspelt).securityContext.readOnlyRootFileSystem = true;
  t.match(unknownFields(misspelt), [/containers\[0\]\.securityContext\.readOnlyRootFileSystem$/]);

  const wrongType = structuredClone(ds);
  container(wrongType).ports[0].containerPort = 'http';
  t.match((await schemaErrors(wrongType)).join('\n'), /containerPort must be integer/);

  const missing = structuredClone(ds);
  delete container(missing).name;
  t.match((await schemaErrors(missing)).join('\n'), /containers\/0 must have required property '?name'?/);

  const badEnum = structuredClone(ds);
  container(badEnum).imagePullPolicy = 'Sometimes';
  t.match((await schemaErrors(badEnum)).join('\n'), /allowed values/);

  // Removing kustomize's line breaks must not make real garbage pass the "byte" format.
  const api = tree.render('overlays/default').find((o) => o.kind === 'APIService') as Obj;
  t.same(await schemaErrors(api), [], 'wrapped base64 caBundle is accepted');
  api.spec.caBundle = 'not base64!';
  t.match((await schemaErrors(api)).join('\n'), /caBundle must match format "byte"/);

  t.match(await schemaErrors({ apiVersion: 'example.com/v1', kind: 'Widget' }), [/no Kubernetes schema/]);
});
