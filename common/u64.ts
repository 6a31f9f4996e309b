// protobufjs represents uint64/int64 as `Long` (or a plain number when it fits). Everything in
// kubepulse carries 64-bit counters as bigint, so these two functions are the only crossing
// point between the two representations; neither ever goes through a float.
import Long from 'long';

/** What a decoded 64-bit field holds: protobufjs' number or Long, or a bigint from ingest's WireReader. */
export type WireLong = number | bigint | Long | { low: number; high: number; unsigned?: boolean };

const MASK32 = 0xffffffffn;
const MAX_U64 = (1n << 64n) - 1n;

/** bigint → Long for the protobuf encoder. Values outside uint64 (or int64 when signed) throw. */
export function toWire(value: bigint, signed = false): Long {
  if (signed) {
    if (value < -(1n << 63n) || value >= 1n << 63n) throw new RangeError(`int64 out of range: ${value}`);
  } else if (value < 0n || value > MAX_U64) {
    throw new RangeError(`uint64 out of range: ${value}`);
  }
  const v = BigInt.asUintN(64, value);
  return Long.fromBits(Number(v & MASK32) | 0, Number(v >> 32n) | 0, !signed);
}

/**
 * A decoded protobuf 64-bit value → bigint, exactly. `null`/`undefined` → undefined (field
 * absent); numbers must be safe integers; bigints are taken modulo 2^64 as the field's type says.
 */
export function fromWire(value: WireLong | null | undefined, signed = false): bigint | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`unsafe 64-bit number on the wire: ${value}`);
    return BigInt(value);
  }
  if (typeof value === 'bigint') return signed ? BigInt.asIntN(64, value) : BigInt.asUintN(64, value);
  const bits = (BigInt(value.high >>> 0) << 32n) | BigInt(value.low >>> 0);
  return signed ? BigInt.asIntN(64, bits) : bits;
}

/** fromWire for required fields: absent decodes as protobuf's default, 0. */
export function fromWire0(value: WireLong | null | undefined, signed = false): bigint {
  return fromWire(value, signed) ?? 0n;
}
