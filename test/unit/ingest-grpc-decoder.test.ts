import t from 'tap';
import { createRequire } from 'node:module';
import { releaseGrpcDecoderChunks } from '../../aggregator/ingest/grpc-decoder-release.js';

interface Decoder { readCompressFlag: Buffer; readPartialMessage: Buffer[]; write(data: Buffer): Buffer[] }
const require = createRequire(import.meta.url);
const { StreamDecoder } = require('@grpc/grpc-js/build/src/stream-decoder.js') as { StreamDecoder: new (max: number) => Decoder };

function frame(payload: Buffer): Buffer {
  const h = Buffer.alloc(5);
  h.writeUInt32BE(payload.length, 1);
  return Buffer.concat([h, payload]);
}

t.test('installed on this grpc-js; messages frame the same at every split; no chunk is kept after a message', async (t) => {
  t.equal(releaseGrpcDecoderChunks(), true, 'grpc-js stream decoder has the expected shape');
  t.equal(releaseGrpcDecoderChunks(), true, 'idempotent');
  const payloads = [Buffer.alloc(0), Buffer.from('a'), Buffer.alloc(3000, 7), Buffer.from(Array.from({ length: 20_000 }, (_, i) => i & 255))];
  const wire = Buffer.concat(payloads.map(frame));
  for (const step of [1, 2, 5, 6, 7, 100, 4096, 16_384, wire.length]) {
    const d = new StreamDecoder(-1);
    const got: Buffer[] = [];
    for (let i = 0; i < wire.length; i += step) {
      // Each chunk is a view of its own large ArrayBuffer, as HTTP/2 DATA frames are.
      const backing = Buffer.alloc(64 * 1024);
      const part = wire.subarray(i, i + step);
      part.copy(backing, 100);
      const chunk = backing.subarray(100, 100 + part.length);
      got.push(...d.write(chunk));
      const complete = got.reduce((n, m) => n + m.length, 0) === wire.subarray(0, i + part.length).length;
      if (complete) {
        t.not(d.readCompressFlag.buffer, backing.buffer, `step ${step}: the flag view is released`);
        t.equal(d.readPartialMessage.length, 0, `step ${step}: the message chunks are released`);
      }
    }
    t.same(got.map((m) => m.subarray(5)), payloads, `step ${step}`);
  }
});
