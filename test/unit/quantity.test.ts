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
