// A protobufjs reader for agent messages whose 64-bit varints decode without `Long` objects.
//
// With the `long` package installed, protobufjs decodes every int64/uint64 into a LongBits and a
// Long (two objects), which validation then turned into a bigint through four more bigints. An
// agent sample carries ~700 such fields (30 pods), ~230,000 per second at 5,000 nodes. This
// reader returns a plain number when the value is at most 2^53 (exact), and a bigint otherwise
// (e.g. Unix-nanosecond times), read straight from the varint's bytes. The generated code is
// unchanged: it accepts any Reader instance (`decode(reader)`), and common/u64.ts' `fromWire()`
// turns either representation into a bigint.
import protobuf from 'protobufjs/minimal.js';

const TWO32 = 4294967296;
/** Values below 2^53 are exact as numbers: hi < 2^21. */
const SAFE_HI = 0x200000;

function outOfRange(r: WireReader): RangeError {
  return new RangeError(`index out of range: ${r.pos} + 1 > ${r.len}`);
}

export class WireReader extends protobuf.BufferReader {
  /** lo/hi 32-bit halves of the last varint read by `varint64()`. */
  private hi = 0;

  /** Reads a varint of up to 10 bytes; returns the low 32 bits and leaves the high 32 in `this.hi`. */
  private varint64(): number {
    const buf = this.buf, len = this.len;
    let pos = this.pos, lo = 0, hi: number, b: number;
    // Bytes 1–4: bits 0–27.
    for (let shift = 0; shift < 28; shift += 7) {
      if (pos >= len) throw outOfRange(this);
      b = buf[pos++];
      lo |= (b & 127) << shift;
      if (b < 128) { this.pos = pos; this.hi = 0; return lo >>> 0; }
    }
    // Byte 5: bits 28–34.
    if (pos >= len) throw outOfRange(this);
    b = buf[pos++];
    lo |= (b & 127) << 28;
    hi = (b & 127) >>> 4;
    if (b >= 128) {
      // Bytes 6–10: bits 35–63.
      for (let shift = 3; ; shift += 7) {
        if (shift > 31) throw new Error('invalid varint encoding');
        if (pos >= len) throw outOfRange(this);
        b = buf[pos++];
        hi |= (b & 127) << shift;
        if (b < 128) break;
      }
    }
    this.pos = pos;
    this.hi = hi >>> 0;
    return lo >>> 0;
  }

  private static big(lo: number, hi: number): bigint {
    // hi·2^21 + (lo >>> 11) < 2^53 and so is exact; times 2048 is still exact as a double.
    return BigInt((hi * 0x200000 + (lo >>> 11)) * 2048) + BigInt(lo & 0x7ff);
  }

  override uint64(): Long {
    const lo = this.varint64(), hi = this.hi;
    return (hi < SAFE_HI ? hi * TWO32 + lo : WireReader.big(lo, hi)) as unknown as Long;
  }

  override int64(): Long {
    const lo = this.varint64(), hi = this.hi;
    if (hi < SAFE_HI) return (hi * TWO32 + lo) as unknown as Long;
    return BigInt.asIntN(64, WireReader.big(lo, hi)) as unknown as Long;
  }
}

type Long = ReturnType<protobuf.Reader['uint64']>;
