import t from 'tap';
import { formatBytes, formatCpuNanoCores, formatDecimal, formatGoDuration, parseQuantity } from '../../common/quantity.js';

t.test('CPU nanocores print as apimachinery canonical DecimalSI', async (t) => {
  t.equal(formatCpuNanoCores(143227561n), '143227561n');
  t.equal(formatCpuNanoCores(7338891n), '7338891n');
  t.equal(formatCpuNanoCores(2_000_000_000n), '2');
  t.equal(formatCpuNanoCores(1_500_000_000n), '1500m');
  t.equal(formatCpuNanoCores(250_000_000n), '250m');
  t.equal(formatCpuNanoCores(3_000n), '3u');
  t.equal(formatCpuNanoCores(0n), '0');
  t.equal(formatCpuNanoCores(1_000_000_000_000n), '1k');
});

t.test('memory bytes print as BinarySI, falling back to DecimalSI below 1024', async (t) => {
  t.equal(formatBytes(1264193536n), '1234564Ki');
  t.equal(formatBytes(1610612736n), '1536Mi');
  t.equal(formatBytes(1073741824n), '1Gi');
  t.equal(formatBytes(512n), '512');
  t.equal(formatBytes(1500n), '1500');
  t.equal(formatBytes(0n), '0');
  t.equal(formatBytes((1n << 62n) + 1n), ((1n << 62n) + 1n).toString(), 'values past 2^53 stay exact');
});

t.test('parseQuantity rounds up like apimachinery and round-trips canonical output', async (t) => {
  t.equal(parseQuantity('100m', 3), 100n);
  t.equal(parseQuantity('0.1m', 3), 1n, '0.1m rounds up to 1m');
  t.equal(parseQuantity('1Gi'), 1073741824n);
  t.equal(parseQuantity('1.5Gi'), 1610612736n);
  t.equal(parseQuantity('1e3'), 1000n);
  t.equal(parseQuantity('143227561n', 9), 143227561n);
  t.equal(parseQuantity('-2', 0), -2n);
  for (const s of ['1234564Ki', '1536Mi', '512']) t.equal(formatBytes(parseQuantity(s)), s);
  for (const s of ['143227561n', '1500m', '2']) t.equal(formatCpuNanoCores(parseQuantity(s, 9)), s);
  t.throws(() => parseQuantity('1.2.3'), SyntaxError);
  t.throws(() => parseQuantity('12Q'), SyntaxError);
  t.throws(() => parseQuantity(''), SyntaxError);
  t.equal(formatDecimal(-1500n, -3), '-1500m');
});

t.test('windows print as Go durations', async (t) => {
  t.equal(formatGoDuration(15_000_000_000n), '15s');
  t.equal(formatGoDuration(10_500_000_000n), '10.5s');
  t.equal(formatGoDuration(60_000_000_000n), '1m0s');
  t.equal(formatGoDuration(61_002_000_000n), '1m1.002s');
  t.equal(formatGoDuration(500_000_000n), '500ms');
  t.equal(formatGoDuration(3_600_000_000_000n), '1h0m0s');
  t.equal(formatGoDuration(0n), '0s');
  t.equal(formatGoDuration(1500n), '1.5µs');
});

// The bigint-only implementations the number fast paths must match exactly.
function refDecimal(value: bigint, exp = 0): string {
  if (value === 0n) return '0';
  const neg = value < 0n;
  const v = (neg ? -value : value) * 10n ** BigInt(exp + 9);
  for (const [e, suffix] of [[18, 'E'], [15, 'P'], [12, 'T'], [9, 'G'], [6, 'M'], [3, 'k'], [0, ''], [-3, 'm'], [-6, 'u'], [-9, 'n']] as const) {
    const unit = 10n ** BigInt(e + 9);
    if (v % unit === 0n) return `${neg ? '-' : ''}${v / unit}${suffix}`;
  }
  return `${neg ? '-' : ''}${v}n`;
}
function refBytes(b: bigint): string {
  const abs = b < 0n ? -b : b;
  if (abs < 1024n) return refDecimal(b);
  for (const [shift, suffix] of [[60n, 'Ei'], [50n, 'Pi'], [40n, 'Ti'], [30n, 'Gi'], [20n, 'Mi'], [10n, 'Ki']] as const) {
    if (b % (1n << shift) === 0n) return `${b / (1n << shift)}${suffix}`;
  }
  return b.toString();
}

t.test('number fast paths give exactly the bigint results, at and around their boundaries', async (t) => {
  const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
  const vals = new Set<bigint>([0n, 1n, 999n, 1000n, 1001n, 1023n, 1024n, 1025n, SAFE - 1n, SAFE, SAFE + 1n, SAFE + 2n, 1n << 53n, (1n << 60n) * 3n, (1n << 64n) - 1n, 10n ** 15n, 10n ** 16n, 10n ** 18n, 10n ** 21n, 10n ** 27n]);
  for (let k = 0; k <= 27; k++) for (const d of [-1n, 0n, 1n]) vals.add(10n ** BigInt(k) + d);
  for (let k = 0; k <= 64; k++) for (const d of [-1n, 0n, 1n]) vals.add((1n << BigInt(k)) + d);
  // Around the per-exponent limit |value| × 10^(exp+9) ≤ 2^53 − 1.
  for (let s = 0; s <= 16; s++) { const lim = SAFE / 10n ** BigInt(s); for (const d of [-1n, 0n, 1n]) vals.add(lim + d); }
  let x = 0x2545f4914f6cdd1dn;
  for (let i = 0; i < 3000; i++) {
    x = (x * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n);
    const v = x >> BigInt(i % 64);
    vals.add(v); vals.add(v - (v % 1000n)); vals.add(v - (v % 1_000_000n)); vals.add(v - (v % (1n << 20n)));
  }
  let bad = 0, checked = 0;
  for (const v0 of vals) {
    for (const v of [v0, -v0]) {
      for (const exp of [-9, -6, -3, 0, 3, 6]) {
        checked++;
        if (formatDecimal(v, exp) !== refDecimal(v, exp)) { bad++; if (bad < 5) t.fail(`formatDecimal(${v}, ${exp}) = ${formatDecimal(v, exp)}, want ${refDecimal(v, exp)}`); }
      }
      if (formatBytes(v) !== refBytes(v)) { bad++; if (bad < 5) t.fail(`formatBytes(${v})`); }
      if (formatCpuNanoCores(v) !== refDecimal(v, -9)) bad++;
      if (v >= -SAFE && v <= SAFE) {
        if (formatBytes(Number(v)) !== refBytes(v)) { bad++; if (bad < 5) t.fail(`formatBytes(number ${v})`); }
        if (formatCpuNanoCores(Number(v)) !== refDecimal(v, -9)) { bad++; if (bad < 5) t.fail(`formatCpuNanoCores(number ${v})`); }
      }
    }
  }
  t.equal(bad, 0, `${checked} values × exponents`);
  // Boundaries spelled out.
  t.equal(formatCpuNanoCores(9_007_199_254_740_991n), '9007199254740991n');
  t.equal(formatCpuNanoCores(9_007_199_254_740_992n), '9007199254740992n');
  t.equal(formatCpuNanoCores(9_007_199_000_000_000n), '9007199');
  t.equal(formatDecimal(9_007_199n, 0), '9007199');
  t.equal(formatDecimal(9_007_200n, 0), '9007200', 'past 2^53 nanounits: the bigint path');
  t.equal(formatDecimal(10n ** 18n, 0), '1E');
  t.equal(formatDecimal(-(10n ** 15n), -9), '-1M');
  t.equal(formatBytes(2 ** 53), '8Pi');
  t.equal(formatBytes(-2048), '-2Ki');
  t.equal(formatBytes(1023.6), '1Ki');
  t.equal(formatCpuNanoCores(-0.2), '0');
  t.throws(() => formatCpuNanoCores(NaN));
  t.throws(() => formatBytes(Infinity));
});
