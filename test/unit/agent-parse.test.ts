import t from 'tap';
import { bytesCountLines, bytesHasQuota, bytesLimit, bytesUint, keyedValue, MalformedError, parseCpuacctStat, parsePsi, requiredKey } from '../../agent/cgroup/parse.js';

/** A file's content in a reused buffer, as FileCache hands it to the byte parsers (stale tail included). */
const scratchBuf = Buffer.alloc(4096);
function bytes(text: string): [Buffer, number] {
  scratchBuf.fill(0x37); // '7': stale digits past the length must never be read
  return [scratchBuf, scratchBuf.write(text, 0, 'latin1')];
}
import { parseMountinfo, v1ControllerMounts } from '../../agent/cgroup/mountinfo.js';
import { bootTimeNs, loadavgTotal, maxPid, meminfoBytes, parseBootId, parseNetDev } from '../../agent/node/proc.js';
import { MEMINFO, NET_DEV, v1MemoryStat, v2CpuStat, v2MemoryStat } from '../fixtures/cgroup/tree.js';

t.test('single-value files parse to exact bigints past 2^53 and reject anything else', async (t) => {
  t.equal(bytesUint(...bytes('18446744073709551615\n')), 18446744073709551615n);
  t.equal(bytesUint(...bytes('9007199254740993\n')), 9007199254740993n);
  t.equal(bytesUint(...bytes('42')), 42n, 'no trailing newline');
  for (const bad of ['', '\n', '12a\n', '-5\n', '1 2\n', '1.5\n']) t.throws(() => bytesUint(...bytes(bad)), MalformedError, JSON.stringify(bad));
});

t.test('limits: "max" and anything above 1<<62 are unlimited, as the kubelet decides', async (t) => {
  t.equal(bytesLimit(...bytes('max\n')), undefined);
  t.equal(bytesLimit(...bytes('-1\n')), undefined, 'v1 memsw unset on some kernels');
  t.equal(bytesLimit(...bytes('9223372036854771712\n')), undefined, 'v1 unlimited (PAGE_COUNTER_MAX rounding)');
  t.equal(bytesLimit(...bytes(`${(1n << 62n) + 1n}\n`)), undefined);
  t.equal(bytesLimit(...bytes(`${1n << 62n}\n`)), 1n << 62n, 'exactly 1<<62 is still a limit');
  t.equal(bytesLimit(...bytes('536870912\n')), 536870912n);
  for (const bad of ['maximum\n', 'ma\n', '-2\n', '\n', '']) t.throws(() => bytesLimit(...bytes(bad), 'memory.max'), MalformedError, JSON.stringify(bad));
});

t.test('v1 cpu.cfs_quota_us: -1 is no quota, a positive number is one, anything else malformed', async (t) => {
  t.equal(bytesHasQuota(...bytes('-1\n')), false);
  t.equal(bytesHasQuota(...bytes('100000\n')), true);
  t.equal(bytesHasQuota(...bytes('1000\n')), true);
  for (const bad of ['-\n', 'x\n', '']) t.throws(() => bytesHasQuota(...bytes(bad)), MalformedError, JSON.stringify(bad));
});

t.test('flat-keyed files match whole keys at line starts only', async (t) => {
  const v1 = v1MemoryStat({ usageNs: 0n, usageInBytes: 0n, totalInactiveFile: 457936896n, totalRss: 209465344n });
  t.equal(keyedValue(v1, 'total_inactive_file'), 457936896n);
  t.equal(keyedValue(v1, 'inactive_file'), 1n, 'the local key, not the total_ one');
  t.equal(keyedValue(v1, 'cache'), 9756672n, 'first line');
  t.equal(keyedValue(v1, 'total_unevictable'), 0n, 'last line');
  t.equal(keyedValue(v1, 'rss_huge'), 0n);
  t.equal(keyedValue(v1, 'nonexistent'), undefined);
  const v2 = v2MemoryStat({ anon: 1183744n, file: 4096000n, inactiveFile: 2048000n });
  t.equal(keyedValue(v2, 'anon'), 1183744n, 'anon, not anon_thp or inactive_anon');
  t.equal(keyedValue(v2, 'file'), 4096000n, 'file, not file_mapped');
  t.equal(keyedValue(v2, 'inactive_file'), 2048000n);
  t.equal(requiredKey(v2CpuStat(1234567n), 'usage_usec', 'cpu.stat'), 1234567n);
  t.equal(keyedValue(v2CpuStat(1n), 'core_sched.force_idle_usec'), 0n);
});

t.test('truncated and malformed flat-keyed files are errors, never a guessed number', async (t) => {
  t.throws(() => keyedValue('anon 12\nfile ', 'file'), MalformedError, 'value cut off');
  t.throws(() => keyedValue('anon 12x\n', 'anon'), MalformedError, 'garbage in the value');
  t.throws(() => requiredKey('anon 1\nfi', 'inactive_file', 'memory.stat'), MalformedError, 'key missing from a truncated file');
  t.equal(keyedValue('anon 12', 'anon'), 12n, 'no trailing newline is fine');
});

t.test('PSI files keep totals in microseconds; a missing "full" line reads as zeros', async (t) => {
  const p = parsePsi('some avg10=1.86 avg60=5.59 avg300=4.35 total=36342481\nfull avg10=0.50 avg60=0.00 avg300=0.00 total=99\n');
  t.same(p.some, { avg10: 1.86, avg60: 5.59, avg300: 4.35, totalUs: 36342481n });
  t.same(p.full, { avg10: 0.5, avg60: 0, avg300: 0, totalUs: 99n });
  const old = parsePsi('some avg10=0.00 avg60=0.00 avg300=0.00 total=5\n');
  t.same(old.full, { avg10: 0, avg60: 0, avg300: 0, totalUs: 0n });
  t.throws(() => parsePsi('full avg10=0.00 avg60=0.00 avg300=0.00 total=5\n'), MalformedError, 'no some line');
  t.throws(() => parsePsi('some avg10=0.00 avg60=0.00\n'), MalformedError, 'truncated');
});

t.test('v1 cpuacct.stat converts USER_HZ ticks to nanoseconds', async (t) => {
  t.same(parseCpuacctStat('user 17732\nsystem 5014\n'), { userNs: 177_320_000_000n, systemNs: 50_140_000_000n });
  t.throws(() => parseCpuacctStat('user 1\n'), MalformedError);
});

t.test('cgroup.procs counts one process per line', async (t) => {
  t.equal(bytesCountLines(...bytes('')), 0n);
  t.equal(bytesCountLines(...bytes('42\n')), 1n);
  t.equal(bytesCountLines(...bytes('1\n2\n3\n')), 3n);
  t.equal(bytesCountLines(...bytes('1\n2')), 2n, 'a last line without its newline');
});

t.test('mountinfo finds separate cpu and cpuacct mounts, combined ones, and ignores cgroup2', async (t) => {
  const here = parseMountinfo([
    '31 23 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755',
    '32 31 0:29 / /sys/fs/cgroup/cpu rw,relatime - cgroup cgroup rw,cpu',
    '33 31 0:30 / /sys/fs/cgroup/cpuacct rw,relatime - cgroup cgroup rw,cpuacct',
    '35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory',
    '39 31 0:36 / /sys/fs/cgroup/pids rw,relatime - cgroup cgroup rw,pids',
    '40 31 0:37 / /sys/fs/cgroup/systemd rw,relatime - cgroup cgroup rw,name=systemd',
    '41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw',
  ].join('\n') + '\n');
  t.same(v1ControllerMounts(here), {
    cpu: '/sys/fs/cgroup/cpu', cpuacct: '/sys/fs/cgroup/cpuacct', memory: '/sys/fs/cgroup/memory', pids: '/sys/fs/cgroup/pids',
  });
  const combined = parseMountinfo('25 20 0:22 / /sys/fs/cgroup/cpu,cpuacct rw,nosuid shared:9 - cgroup cgroup rw,cpu,cpuacct\n');
  t.same(v1ControllerMounts(combined), { cpu: '/sys/fs/cgroup/cpu,cpuacct', cpuacct: '/sys/fs/cgroup/cpu,cpuacct' });
  t.equal(parseMountinfo('1 2 0:3 / /a\\040b rw - ext4 /dev/x rw\n')[0].mountPoint, '/a b', 'octal escapes undone');
  t.throws(() => parseMountinfo('garbage line\n'), MalformedError);
});

t.test('/proc parsers: meminfo in bytes, btime, net/dev without lo/veth, loadavg total, pid limits, boot id', async (t) => {
  t.equal(meminfoBytes(MEMINFO, 'MemTotal'), 16314372n * 1024n);
  t.equal(meminfoBytes(MEMINFO, 'SwapTotal'), 2097148n * 1024n);
  t.equal(meminfoBytes(MEMINFO, 'HugePages_Total'), 0n, 'unitless line');
  t.equal(meminfoBytes(MEMINFO, 'Nope'), undefined);
  t.equal(meminfoBytes(MEMINFO, 'Total'), undefined, 'no partial key match');
  t.throws(() => meminfoBytes('MemTotal: lots kB\n', 'MemTotal'), MalformedError);
  t.equal(bootTimeNs('cpu 1 2\nbtime 1763700000\nprocesses 3\n'), 1_763_700_000_000_000_000n);
  t.throws(() => bootTimeNs('cpu 1 2\n'), MalformedError);
  const ifs = parseNetDev(NET_DEV);
  t.same(ifs, [{ name: 'eth0', rxBytes: 896572436n, rxErrors: 3n, txBytes: 2456365n, txErrors: 4n }]);
  t.equal(parseNetDev(NET_DEV, false).length, 3);
  t.throws(() => parseNetDev(NET_DEV.replace('612345', 'x')), MalformedError);
  t.equal(loadavgTotal('0.88 0.52 0.26 5/113 7946\n'), 113n);
  t.throws(() => loadavgTotal('0.88 0.52\n'), MalformedError);
  t.equal(maxPid('4194304\n', '127421\n'), 127421n, 'threads-max lowers pid_max');
  t.equal(maxPid('32768\n', '127421\n'), 32768n);
  t.equal(maxPid('32768\n'), 32768n);
  t.equal(parseBootId('6f1c1a83-0b6f-4b4c-9d8a-2b9e0f1e2d3c\n'), '6f1c1a83-0b6f-4b4c-9d8a-2b9e0f1e2d3c');
});

t.test('byte parsers agree with the text parsers, ignore stale bytes past the length, and reject the same garbage', async (t) => {
  const { bytesScanAt, bytesValueAt, keySet } = await import('../../agent/cgroup/parse.js');
  const buf = Buffer.alloc(8192);
  const load = (s: string): number => buf.write(s, 0, 'latin1');
  const at = new Int32Array(8);
  const value = (n: number, key: string): bigint | undefined => {
    bytesScanAt(buf, n, keySet([key]), at);
    return bytesValueAt(buf, at[0], n, key);
  };
  const v1 = v1MemoryStat({ usageNs: 0n, usageInBytes: 0n, totalInactiveFile: 457936896n, totalRss: 209465344n });
  // Fill the buffer with a longer file first: its tail must never leak into a shorter read.
  load(v1 + 'total_extra 99\n');
  let n = load(v1);
  for (const key of ['total_inactive_file', 'inactive_file', 'cache', 'total_unevictable', 'rss', 'pgmajfault', 'nonexistent']) {
    t.equal(value(n, key), keyedValue(v1, key), key);
  }
  t.equal(value(n, 'total_extra'), undefined, 'stale bytes past the length are not read');
  n = load('usage_usec 18446744073709551615\nuser_usec 5\n');
  t.equal(value(n, 'usage_usec'), 18446744073709551615n, 'long values exact');
  t.equal(value(n, 'system_usec'), undefined, 'absent');
  n = load('9007199254740993\n');
  t.equal(bytesUint(buf, n), 9007199254740993n);
  for (const bad of ['', '\n', '12a\n', '-5\n', '1 2\n']) {
    n = load(bad);
    t.throws(() => bytesUint(buf, n), MalformedError, JSON.stringify(bad));
  }
  n = load('anon 12\nfile ');
  t.throws(() => value(n, 'file'), MalformedError, 'truncated value');
});

t.test('one-pass key scan agrees with per-key lookup on v1 and v2 memory.stat, and rejects garbage values', async (t) => {
  const { bytesScanAt, bytesValueAt, keySet } = await import('../../agent/cgroup/parse.js');
  const buf = Buffer.alloc(8192);
  const keys = ['total_inactive_file', 'total_rss', 'rss', 'pgfault', 'pgmajfault', 'total_swap', 'swap', 'anon', 'file', 'inactive_file', 'missing'];
  const ks = keySet(keys);
  const at = new Int32Array(keys.length);
  const scan = (n: number): Array<bigint | undefined> => {
    bytesScanAt(buf, n, ks, at);
    return keys.map((k, i) => bytesValueAt(buf, at[i], n, k));
  };
  for (const text of [
    v1MemoryStat({ usageNs: 0n, usageInBytes: 0n, totalInactiveFile: 457936896n, totalRss: 209465344n }),
    v2MemoryStat({ anon: 1183744n, file: 4096000n, inactiveFile: 2048000n }),
  ]) {
    buf.fill(0x41);
    const n = buf.write(text, 0, 'latin1');
    t.same(scan(n), keys.map((k) => keyedValue(text, k)));
  }
  const n = buf.write('anon 1x\n', 0, 'latin1');
  t.throws(() => scan(n), MalformedError);
});

t.test('hinted key scan gives the plain scan\'s offsets over a run of re-reads whose values change width', async (t) => {
  const { bytesScanAt, bytesScanHinted, keySet, scanHint } = await import('../../agent/cgroup/parse.js');
  const keys = ['total_inactive_file', 'total_rss', 'rss', 'pgfault', 'pgmajfault', 'total_swap', 'swap'];
  const ks = keySet(keys);
  const hint = scanHint(ks);
  const want = new Int32Array(keys.length);
  const got = new Int32Array(keys.length);
  const buf = Buffer.alloc(8192);
  let seed = 11;
  const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  // Mostly the same widths (the hint holds), sometimes a value crossing a power of ten (it must not).
  const values = { totalInactiveFile: 457936896n, totalRss: 209465344n, pgfault: 37329n };
  let rescans = 0;
  for (let round = 0; round < 300; round++) {
    if (rnd(5) === 0) values.pgfault *= 10n;
    if (rnd(7) === 0) values.totalRss = BigInt(1 + rnd(1e9));
    values.totalInactiveFile += 1n;
    const text = v1MemoryStat({ usageNs: 0n, usageInBytes: 0n, ...values });
    buf.fill(0x41);
    const n = buf.write(text, 0, 'latin1');
    bytesScanAt(buf, n, ks, want);
    const before = Array.from(hint);
    bytesScanHinted(buf, n, ks, got, hint);
    if (before.some((v, i) => v !== hint[i])) rescans++;
    t.same(Array.from(got), Array.from(want), `round ${round}`);
  }
  t.ok(rescans > 1 && rescans < 200, `scanned again only when a width changed (${rescans} of 300)`);

  // A file without some keys (no swap accounting): absent stays -1, and a shorter file rescans.
  const h2 = scanHint(ks);
  const noSwap = 'rss 5\npgfault 7\npgmajfault 1\ntotal_rss 9\ntotal_inactive_file 3\n';
  const n2 = buf.write(noSwap, 0, 'latin1');
  for (let i = 0; i < 2; i++) {
    bytesScanHinted(buf, n2, ks, got, h2);
    bytesScanAt(buf, n2, ks, want);
    t.same(Array.from(got), Array.from(want), `absent keys, read ${i + 1}`);
  }
  const n3 = buf.write('rss 5\npgfault 7\n', 0, 'latin1');
  bytesScanHinted(buf, n3, ks, got, h2);
  bytesScanAt(buf, n3, ks, want);
  t.same(Array.from(got), Array.from(want), 'a truncated file is scanned, not trusted to the hint');
});

t.test('lineEnd finds the same newline as a byte loop, aligned or not, and never looks past the length', async (t) => {
  const { lineEnd } = await import('../../agent/cgroup/parse.js');
  const backing = Buffer.alloc(4096 + 8);
  let seed = 7;
  const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  let checked = 0;
  // Offsets 0..3 into one allocation: the word path (aligned) and the byte path (not) both run.
  for (const offset of [0, 1, 2, 3]) {
    const buf = backing.subarray(offset, offset + 4096);
    for (let round = 0; round < 200; round++) {
      const len = rnd(300);
      // Newlines and bytes one bit away from one (0x0b, 0x08, 0x8a) that a wrong mask would confuse.
      for (let i = 0; i < len; i++) buf[i] = [10, 11, 8, 0x8a, 48 + rnd(10), 32][rnd(10) < 1 ? rnd(4) : 4 + rnd(2)];
      // Stale newlines past the length must not be found.
      buf.fill(10, len, len + 16);
      for (let pos = 0; pos <= len; pos++) {
        let want = pos;
        while (want < len && buf[want] !== 10) want++;
        if (lineEnd(buf, pos, len) !== want) {
          t.fail(`offset ${offset} len ${len} pos ${pos}: got ${lineEnd(buf, pos, len)}, want ${want}`);
          return;
        }
        checked++;
      }
    }
  }
  t.ok(checked > 10_000, `${checked} positions agree`);
});

t.test('bytesPsi reads pressure files exactly as parsePsi does, and fails the same way', async (t) => {
  const { bytesPsi } = await import('../../agent/cgroup/parse.js');
  const buf = Buffer.alloc(512);
  const load = (text: string): number => {
    // Stale bytes past the length must never be read: fill them with a plausible line.
    buf.fill('some avg10=9.99 avg60=9.99 avg300=9.99 total=9\n');
    return buf.write(text, 0, 'latin1');
  };
  const good = [
    'some avg10=1.86 avg60=5.59 avg300=4.35 total=36342481\nfull avg10=0.50 avg60=0.00 avg300=0.00 total=99\n',
    'some avg10=64.99 avg60=17.80 avg300=4.01 total=12334833\nfull avg10=64.93 avg60=17.77 avg300=4.00 total=12319830\n',
    'some avg10=100.00 avg60=0.1 avg300=3 total=123456789012345678\n',
    'some avg10=0.00 avg60=0.00 avg300=0.00 total=5\n',
    'some avg10=0.00 avg60=0.00 avg300=0.00 total=5',
    '\nsome avg10=0.07 avg60=0.33 avg300=0.30 total=1\n\nfull avg10=0.01 avg60=0.02 avg300=0.03 total=2\n',
  ];
  for (const text of good) t.same(bytesPsi(buf, load(text), 'cpu.pressure'), parsePsi(text, 'cpu.pressure'), JSON.stringify(text));
  // Every avg a kernel can print (two decimals, 0.00–100.00) gives the same double as Number().
  for (let i = 0; i <= 10000; i++) {
    const a = `${Math.floor(i / 100)}.${String(i % 100).padStart(2, '0')}`;
    const text = `some avg10=${a} avg60=${a} avg300=${a} total=1\n`;
    if (bytesPsi(buf, load(text)).some.avg10 !== Number(a)) t.fail(a);
  }
  const bad = [
    'full avg10=0.00 avg60=0.00 avg300=0.00 total=5\n',
    'some avg10=0.00 avg60=0.00\n',
    'some avg10=0. avg60=0.00 avg300=0.00 total=5\n',
    'some avg10=0.00 avg60=0.00 avg300=0.00 total=\n',
    'some avg10=0.00 avg60=0.00 avg300=0.00 total=5\r\n',
    'sore avg10=0.00 avg60=0.00 avg300=0.00 total=5\n',
    '',
  ];
  for (const text of bad) {
    let want = '';
    try { parsePsi(text, 'io.pressure'); } catch (e) { want = (e as Error).message; }
    t.ok(want, `parsePsi rejects ${JSON.stringify(text)}`);
    t.throws(() => bytesPsi(buf, load(text), 'io.pressure'), { name: 'MalformedError', message: want }, JSON.stringify(text));
  }
});
