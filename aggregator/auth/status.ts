// Kubernetes `Status` bodies for authentication and authorization failures, in the exact
// wording of apimachinery errors.NewUnauthorized / NewForbidden and the authorizer's reason text.
import type { RequestAttributes } from './types.js';

export interface KubeStatus {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure';
  message: string;
  reason: string;
  details?: { name?: string; group?: string; kind?: string };
  code: number;
}

export function unauthorizedStatus(): KubeStatus {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Unauthorized', reason: 'Unauthorized', code: 401 };
}

export function badRequestStatus(message: string): KubeStatus {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason: 'BadRequest', code: 400 };
}

export function internalErrorStatus(message: string): KubeStatus {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `Internal error occurred: ${message}`, reason: 'InternalError', code: 500 };
}

/** The authorizer's sentence: `User "u" cannot list resource "pods" in API group "g" in the namespace "ns"`. */
export function forbiddenReason(a: RequestAttributes, reason?: string): string {
  let msg: string;
  const user = a.user.username;
  if (!a.resourceRequest) {
    msg = `User ${JSON.stringify(user)} cannot ${a.verb} path ${JSON.stringify(a.path)}`;
  } else {
    const res = a.subresource ? `${a.resource ?? ''}/${a.subresource}` : (a.resource ?? '');
    const scope = a.namespace ? ` in the namespace ${JSON.stringify(a.namespace)}` : ' at the cluster scope';
    msg = `User ${JSON.stringify(user)} cannot ${a.verb} resource ${JSON.stringify(res)} in API group ${JSON.stringify(a.apiGroup ?? '')}${scope}`;
  }
  return reason ? `${msg}: ${reason}` : msg;
}

export function forbiddenStatus(a: RequestAttributes, reason?: string): KubeStatus {
  const why = forbiddenReason(a, reason);
  if (!a.resourceRequest) {
    return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `forbidden: ${why}`, reason: 'Forbidden', details: {}, code: 403 };
  }
  const qualified = a.apiGroup ? `${a.resource ?? ''}.${a.apiGroup}` : (a.resource ?? '');
  const message = a.name ? `${qualified} ${JSON.stringify(a.name)} is forbidden: ${why}` : `${qualified} is forbidden: ${why}`;
  const details: KubeStatus['details'] = { group: a.apiGroup ?? '', kind: a.resource ?? '' };
  if (a.name) details.name = a.name;
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason: 'Forbidden', details, code: 403 };
}
