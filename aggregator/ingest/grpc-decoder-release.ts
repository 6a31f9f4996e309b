// grpc-js (1.14) keeps, per stream, views of the HTTP/2 DATA chunks of the last message it
// framed: `readCompressFlag` is a 1-byte `slice()` of the chunk and `readPartialMessage` the
// list of the message's chunk slices, both replaced only when the stream's next message starts.
// An agent sends one message per 15 s, so every stream pins the ArrayBuffer(s) behind its last
// sample (Node hands HTTP/2 DATA frames to JS as views of the session's read buffer) for 15 s:
// they survive scavenges, reach the old generation, and their backing stores (~4 MB/s at 5,000
// nodes) count as external memory allocated since the last mark-compact, which V8 subtracts
// from the old generation's headroom. That, not the JS heap, started incremental marking
// (reason "task") about every 4 s in the aggregator benchmark.
//
// The framed message is a copy (Buffer.concat), so once a message is complete the decoder no
// longer needs those views: when `write()` returns in the NO_DATA state, the next `write()`
// replaces both fields before reading them. This resets them right away instead. It changes no
// decoded byte; it is applied once, and only if the decoder looks as expected (else it is a no-op
// and `installed` says so).
import { createRequire } from 'node:module';

interface StreamDecoderLike {
  readState: number;
  readCompressFlag: Buffer;
  readPartialMessage: Buffer[];
  write: (this: StreamDecoderLike, data: Buffer) => Buffer[];
}

const NO_DATA = 0;
let state: 'unknown' | 'installed' | 'unavailable' = 'unknown';

/** Installs the release (idempotent). Returns whether grpc-js' decoder was patched. */
export function releaseGrpcDecoderChunks(): boolean {
  if (state !== 'unknown') return state === 'installed';
  state = 'unavailable';
  let proto: StreamDecoderLike | undefined;
  try {
    const require = createRequire(import.meta.url);
    const mod = require('@grpc/grpc-js/build/src/stream-decoder.js') as { StreamDecoder?: { prototype: StreamDecoderLike } };
    proto = mod.StreamDecoder?.prototype;
  } catch {
    return false;
  }
  if (!proto || typeof proto.write !== 'function') return false;
  // The shape this relies on: a fresh decoder is in NO_DATA (0) and has these two fields.
  const probe = new (proto.constructor as new (max: number) => StreamDecoderLike)(-1);
  if (probe.readState !== NO_DATA || !Buffer.isBuffer(probe.readCompressFlag) || !Array.isArray(probe.readPartialMessage)) return false;
  const write = proto.write;
  const empty = Buffer.alloc(1);
  proto.write = function (this: StreamDecoderLike, data: Buffer): Buffer[] {
    const out = write.call(this, data);
    if (this.readState === NO_DATA) {
      this.readCompressFlag = empty;
      if (this.readPartialMessage.length > 0) this.readPartialMessage = [];
    }
    return out;
  };
  state = 'installed';
  return true;
}
