// Endpoint syntax only, with no gRPC import, so the CLI can reject a bad --cri-endpoint as a usage
// error without loading the client.

/** `unix:///run/x.sock`, `unix:/run/x.sock` or a bare absolute path → the grpc-js target. */
export function criTarget(endpoint: string): string {
  const path = endpoint.startsWith('unix://') ? endpoint.slice('unix://'.length)
    : endpoint.startsWith('unix:') ? endpoint.slice('unix:'.length) : endpoint;
  if (!path.startsWith('/')) {
    throw new Error(`CRI endpoint must be a unix socket path (unix:///run/containerd/containerd.sock), got "${endpoint}"`);
  }
  return `unix://${path}`;
}
