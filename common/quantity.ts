// Kubernetes Quantity strings in canonical form, as apimachinery's Quantity.String() prints them:
// no precision lost, no fractional digits, the largest suffix that keeps an integer.

const DECIMAL_SUFFIXES: ReadonlyArray<[number, string]> = [
  [18, 'E'], [15, 'P'], [12, 'T'], [9, 'G'], [6, 'M'], [3, 'k'], [0, ''], [-3, 'm'], [-6, 'u'], [-9, 'n'],
];
const BINARY_SUFFIXES: ReadonlyArray<[bigint, string]> = [
  [1n << 60n, 'Ei'], [1n << 50n, 'Pi'], [1n << 40n, 'Ti'], [1n << 30n, 'Gi'], [1n << 20n, 'Mi'], [1n << 10n, 'Ki'],
];

const BINARY_SUFFIXES_NUM: ReadonlyArray<[number, string]> = BINARY_SUFFIXES.map(([u, s]) => [Number(u), s]);

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** 10^0 … 10^15, all exact as doubles. */
const POW10: readonly number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * formatDecimal on doubles, for |value| × 10^nanoShift ≤ 2^53 − 1: every product, remainder and
 * quotient below is then an exact integer (a unit above the value just leaves a remainder), and
 * such a number prints as its plain decimal digits. Returns undefined outside that range.
 */
function formatDecimalNumber(value: number, nanoShift: number): string | undefined {
  if (nanoShift > 15) return undefined;
  const v = Math.abs(value) * POW10[nanoShift];
  if (!(v <= Number.MAX_SAFE_INTEGER)) return undefined;
  const sign = value < 0 ? '-' : '';
  for (const [e, suffix] of DECIMAL_SUFFIXES) {
    if (e + 9 > 15) continue; // units past 10^15 exceed any value here
    const unit = POW10[e + 9];
    if (v % unit === 0) return `${sign}${v / unit}${suffix}`;
  }
  return `${sign}${v}n`;
}

/** A DecimalSI quantity of `value × 10^exp` (exp ≥ -9), e.g. nanocores with exp = -9 → "7338891n". */
export function formatDecimal(value: bigint, exp = 0): string {
  if (value === 0n) return '0';
  // Normalise to nano units, then pick the largest suffix that divides exactly.
  const nanoShift = exp + 9;
  if (nanoShift < 0) throw new RangeError('exponents below 1e-9 are not representable');
  if (value <= MAX_SAFE && value >= -MAX_SAFE) {
    const fast = formatDecimalNumber(Number(value), nanoShift);
    if (fast !== undefined) return fast;
  }
  const neg = value < 0n;
  let v = neg ? -value : value;
  v *= 10n ** BigInt(nanoShift);
  for (const [e, suffix] of DECIMAL_SUFFIXES) {
    const unit = 10n ** BigInt(e + 9);
    if (v % unit === 0n) return `${neg ? '-' : ''}${v / unit}${suffix}`;
  }
  return `${neg ? '-' : ''}${v}n`;
}

/** CPU usage in nanocores → canonical Quantity ("143227561n", "2", "1500m"). */
export function formatCpuNanoCores(nanoCores: bigint | number): string {
  if (typeof nanoCores === 'number') {
    const n = Math.round(nanoCores);
    if (n === 0) return '0';
    return formatDecimalNumber(n, 0) ?? formatDecimal(BigInt(n), -9);
  }
  return formatDecimal(nanoCores, -9);
}

/** Bytes as a BinarySI Quantity: "1234564Ki", "512", "1536Mi". */
export function formatBytes(bytes: bigint | number): string {
  if (typeof bytes === 'number') bytes = Math.round(bytes);
  // Safe integers: remainders and quotients by powers of two are exact as doubles.
  const n = typeof bytes === 'number' ? bytes : bytes <= MAX_SAFE && bytes >= -MAX_SAFE ? Number(bytes) : undefined;
  if (n !== undefined && Number.isSafeInteger(n)) {
    const abs = Math.abs(n);
    if (abs < 1024) return n === 0 ? '0' : (formatDecimalNumber(n, 9) as string);
    for (const [unit, suffix] of BINARY_SUFFIXES_NUM) {
      if (n % unit === 0) return `${n / unit}${suffix}`;
    }
    return `${n}`;
  }
  const b = typeof bytes === 'bigint' ? bytes : BigInt(bytes);
  const abs = b < 0n ? -b : b;
  if (abs < 1024n) return formatDecimal(b);
  for (const [unit, suffix] of BINARY_SUFFIXES) {
    if (b % unit === 0n) return `${b / unit}${suffix}`;
  }
  return b.toString();
}
const SUFFIX_SCALE: Record<string, { base: bigint; num: bigint; den: bigint }> = {
  n: { base: 10n, num: 1n, den: 1_000_000_000n }, u: { base: 10n, num: 1n, den: 1_000_000n },
  m: { base: 10n, num: 1n, den: 1000n }, '': { base: 10n, num: 1n, den: 1n },
  k: { base: 10n, num: 1000n, den: 1n }, M: { base: 10n, num: 10n ** 6n, den: 1n },
  G: { base: 10n, num: 10n ** 9n, den: 1n }, T: { base: 10n, num: 10n ** 12n, den: 1n },
  P: { base: 10n, num: 10n ** 15n, den: 1n }, E: { base: 10n, num: 10n ** 18n, den: 1n },
  Ki: { base: 2n, num: 1n << 10n, den: 1n }, Mi: { base: 2n, num: 1n << 20n, den: 1n },
  Gi: { base: 2n, num: 1n << 30n, den: 1n }, Ti: { base: 2n, num: 1n << 40n, den: 1n },
  Pi: { base: 2n, num: 1n << 50n, den: 1n }, Ei: { base: 2n, num: 1n << 60n, den: 1n },
};
const QUANTITY_RE = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:([eE][+-]?\d+)|(n|u|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?)$/;

/**
 * Parses a Quantity into a value scaled by 10^scale, rounded up like apimachinery does
 * (parseQuantity("100m", 3) → 100n milli; parseQuantity("1Gi") → 1073741824n).
 */
export function parseQuantity(text: string, scale = 0): bigint {
  const m = QUANTITY_RE.exec(text.trim());
  if (!m) throw new SyntaxError(`invalid quantity ${JSON.stringify(text)}`);
  const [, sign, num = '0', expPart, suffix = ''] = m;
  const [intPart = '0', fracPart = ''] = num.split('.');
  let numer = BigInt((intPart || '0') + fracPart);
  let denom = 10n ** BigInt(fracPart.length);
  if (expPart) {
    const e = Number(expPart.slice(1));
    if (e >= 0) numer *= 10n ** BigInt(e); else denom *= 10n ** BigInt(-e);
  } else {
    const s = SUFFIX_SCALE[suffix];
    if (!s) throw new SyntaxError(`invalid quantity suffix in ${JSON.stringify(text)}`);
    numer *= s.num; denom *= s.den;
  }
  numer *= 10n ** BigInt(scale);
  let q = numer / denom;
  if (numer % denom !== 0n) q += 1n;
  return sign === '-' ? -q : q;
}

/** Go's time.Duration.String() for a duration in nanoseconds ("15s", "10.5s", "1m0s", "500ms"). */
export function formatGoDuration(nanos: bigint | number): string {
  let ns = typeof nanos === 'bigint' ? nanos : BigInt(Math.round(nanos));
  if (ns === 0n) return '0s';
  const neg = ns < 0n;
  if (neg) ns = -ns;
  const sign = neg ? '-' : '';
  const frac = (v: bigint, unit: bigint): string => {
    const whole = v / unit;
    const rest = v % unit;
    if (rest === 0n) return whole.toString();
    const digits = unit.toString().length - 1;
    return `${whole}.${rest.toString().padStart(digits, '0').replace(/0+$/, '')}`;
  };
  if (ns < 1000n) return `${sign}${ns}ns`;
  if (ns < 1_000_000n) return `${sign}${frac(ns, 1000n)}µs`;
  if (ns < 1_000_000_000n) return `${sign}${frac(ns, 1_000_000n)}ms`;
  const h = ns / 3_600_000_000_000n;
  const m = (ns / 60_000_000_000n) % 60n;
  const s = frac(ns % 60_000_000_000n, 1_000_000_000n);
  if (h > 0n) return `${sign}${h}h${m}m${s}s`;
  if (m > 0n) return `${sign}${m}m${s}s`;
  return `${sign}${s}s`;
}
