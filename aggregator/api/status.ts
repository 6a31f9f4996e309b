// Kubernetes Status objects: every error the API returns is one of these, so kubectl prints
// "Error from server (NotFound): …" and client libraries can read `reason`.

export type StatusReason =
  | 'NotFound' | 'BadRequest' | 'Unauthorized' | 'Forbidden' | 'MethodNotAllowed'
  | 'NotAcceptable' | 'InternalError' | 'ServiceUnavailable';

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  causes?: Array<{ message: string; reason?: string; field?: string }>;
}

export interface Status {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure';
  message: string;
  reason: StatusReason;
  details?: StatusDetails;
  code: number;
}

/** Thrown anywhere in a handler; the server's error handler turns it into a Status response. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(readonly code: number, readonly reason: StatusReason, message: string, readonly details?: StatusDetails) {
    super(message);
  }

  toStatus(): Status {
    return {
      kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure',
      message: this.message, reason: this.reason, ...(this.details ? { details: this.details } : {}), code: this.code,
    };
  }
}

/** `nodes.metrics.k8s.io "n1" not found`, with the details apimachinery's NewNotFound gives. */
export function notFound(resource: string, group: string, name: string): ApiError {
  const qualified = group ? `${resource}.${group}` : resource;
  return new ApiError(404, 'NotFound', `${qualified} "${name}" not found`, { name, ...(group ? { group } : {}), kind: resource });
}

/** A path no route serves, as the generic API server words it. */
export function pathNotFound(): ApiError {
  return new ApiError(404, 'NotFound', 'the server could not find the requested resource', {});
}

export function badRequest(message: string): ApiError {
  return new ApiError(400, 'BadRequest', message);
}

export function watchNotSupported(resource: string, group: string): ApiError {
  return new ApiError(405, 'MethodNotAllowed', `watch is not supported on resources of kind "${resource}.${group}"`);
}

export function methodNotAllowed(method: string): ApiError {
  return new ApiError(405, 'MethodNotAllowed', `the server does not allow this method on the requested resource (${method} is not supported; this API is read-only)`);
}

export function notAcceptable(accept: string): ApiError {
  return new ApiError(406, 'NotAcceptable', `the server was unable to respond with a content type that the client supports (Accept: ${accept}); use application/json, optionally with as=Table;v=v1;g=meta.k8s.io`);
}

export function unauthorized(): ApiError {
  return new ApiError(401, 'Unauthorized', 'Unauthorized');
}

export function internalError(cause: string): ApiError {
  return new ApiError(500, 'InternalError', `Internal error occurred: ${cause}`, { causes: [{ message: cause }] });
}

export function unavailable(message: string): ApiError {
  return new ApiError(503, 'ServiceUnavailable', message);
}
