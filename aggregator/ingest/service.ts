// The Ingest/Stream method for grpc-js, wired to the static protobufjs code (no proto-loader).
// Responses are encoded here; requests are decoded here, so a malformed message fails only its stream.
import { kubepulse } from '../../proto/kubepulse/v1/gen/ingest.js';
import type { ServiceDefinition } from '@grpc/grpc-js';
import { WireReader } from './wire-reader.js';

export type AgentMessage = kubepulse.v1.AgentMessage;
export type AggregatorMessage = kubepulse.v1.IAggregatorMessage;

export const ingestService: ServiceDefinition = {
  stream: {
    path: '/kubepulse.v1.Ingest/Stream',
    requestStream: true,
    responseStream: true,
    requestSerialize: (m: kubepulse.v1.IAgentMessage) => Buffer.from(kubepulse.v1.AgentMessage.encode(m).finish()),
    // 64-bit fields decode to numbers or bigints, not Longs (see wire-reader.ts).
    requestDeserialize: (b: Buffer) => kubepulse.v1.AgentMessage.decode(new WireReader(b)),
    responseSerialize: (m: AggregatorMessage) => Buffer.from(kubepulse.v1.AggregatorMessage.encode(m).finish()),
    responseDeserialize: (b: Buffer) => kubepulse.v1.AggregatorMessage.decode(b),
  },
};
