// meta.k8s.io Table output, what `kubectl get podmetrics` asks for. Columns follow metrics-server:
// Name, one quantity column per resource (sorted: cpu, memory), then Window.
import { formatBytes, formatCpuNanoCores } from '../../common/quantity.js';
import { badRequest } from './status.js';
import type { NodeMetrics, PodMetrics } from './objects.js';
import { parseQuantity } from '../../common/quantity.js';

export type IncludeObject = 'None' | 'Metadata' | 'Object';

export function parseIncludeObject(v: string | undefined): IncludeObject {
  if (v === undefined || v === '' || v === 'Metadata') return 'Metadata';
  if (v === 'None' || v === 'Object') return v;
  throw badRequest(`unrecognized includeObject value: "${v}"`);
}

const COLUMNS = [
  { name: 'Name', type: 'string', format: 'name', description: 'Name of the resource', priority: 0 },
  { name: 'cpu', type: 'string', format: 'quantity', description: 'CPU usage', priority: 0 },
  { name: 'memory', type: 'string', format: 'quantity', description: 'Memory working set', priority: 0 },
  { name: 'Window', type: 'string', format: 'duration', description: 'Window over which the usage was measured', priority: 0 },
];

function rowObject(obj: NodeMetrics | PodMetrics, include: IncludeObject): object | undefined {
  if (include === 'None') return undefined;
  if (include === 'Object') return obj;
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: obj.metadata };
}

/** A pod's cells show the sum over its containers, as metrics-server's table does. */
function podTotals(p: PodMetrics): { cpu: string; memory: string } {
  let cpu = 0n;
  let mem = 0n;
  for (const c of p.containers) {
    cpu += parseQuantity(c.usage.cpu, 9);
    mem += parseQuantity(c.usage.memory);
  }
  return { cpu: formatCpuNanoCores(cpu), memory: formatBytes(mem) };
}

export function table(objects: Array<NodeMetrics | PodMetrics>, include: IncludeObject, tableVersion: 'v1' | 'v1beta1'): object {
  return {
    kind: 'Table',
    apiVersion: `meta.k8s.io/${tableVersion}`,
    metadata: { resourceVersion: '' },
    columnDefinitions: COLUMNS,
    rows: objects.map((o) => {
      const u = o.kind === 'NodeMetrics' ? o.usage : podTotals(o);
      const object = rowObject(o, include);
      return { cells: [o.metadata.name, u.cpu, u.memory, o.window], ...(object ? { object } : {}) };
    }),
  };
}
