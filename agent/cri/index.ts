// The CRI side of the agent: a runtime.v1 client, socket detection and the metadata provider.
export { CriClient, criTarget, cri } from './client.js';
export { detectCriEndpoint, KNOWN_CRI_SOCKETS, type DetectedEndpoint, type DetectOptions } from './endpoint.js';
export { CriMetadataProvider, type CriProviderOptions } from './provider.js';
export { joinPods } from './join.js';
export { podLabelsFromSandbox } from './labels.js';
