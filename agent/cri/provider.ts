// PodMetadataProvider over CRI: asks the runtime for ready sandboxes and running containers and
// keeps the answer. Two list calls that containerd answers from memory; no stats calls, which are
// what make the runtime expensive (see bench/results/cri.md). Even the list calls cost the agent a
// few ms of CPU for 100 containers (grpc-js, ~70 KB of protobuf), so it does not poll them every
// cycle: the collector reports what it found in the cgroup tree (observe), and the provider asks
// the runtime at once when that disagrees with what it knows; a slow timer is the safety net, and
// asks only ListContainers unless that shows a change.
import type { Logger } from '../../common/logger.js';
import { OnceLogger } from '../../common/logger.js';
import type { ObservedPod, PodMeta, PodMetadataProvider } from '../metadata.js';
import { CriClient, criTarget } from './client.js';
import { detectCriEndpoint, type DetectOptions } from './endpoint.js';
import { joinPods, sameRunningContainers } from './join.js';
import type { runtime } from '../../proto/cri/runtime/v1/gen/api.js';

const SANDBOX_READY = 0;
const RETRY_MS = 2000;
/** A disagreement that survives a refresh is asked about again after 1, 2, 4 … this many cycles. */
const DISAGREEMENT_RETRY_MAX_CYCLES = 32;
const CONTAINER_RUNNING = 1;

export interface CriProviderOptions {
  /** `unix:///path`; absent → auto-detect on every refresh until a runtime answers. */
  endpoint?: string;
  /**
   * How often to check a healthy runtime regardless (default 5 min): ListContainers alone, and a full
   * refresh only when its running containers differ from the known ones (check()). CRI names and
   * labels never change for a sandbox or container id, and every change that matters (a pod or
   * container started, restarted or gone) moves the cgroup tree, which observe() turns into a refresh
   * within one cycle; so this is only a safety net. Without a collector calling observe(), keep it
   * under the interval.
   */
  refreshMs?: number;
  /** How often to try again while no runtime answers (default 30 s, or refreshMs when shorter). */
  retryMs?: number;
  timeoutMs?: number;
  log: Logger;
  detect?: DetectOptions;
}

export class CriMetadataProvider implements PodMetadataProvider {
  private pods: Map<string, PodMeta> | null = null;
  private client: CriClient | null = null;
  private endpoint: string | undefined;
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<boolean> | null = null;
  private closed = false;
  private failing = false;
  private readonly once: OnceLogger;
  private lastObserved: readonly ObservedPod[] | null = null;
  /** Disagreement between the cgroup tree and the runtime's answer at the last refresh. */
  private settledSignature = '';
  /** Cycles (observe calls) since the last refresh, and how many to wait before asking about a settled disagreement again. */
  private sinceRefresh = 0;
  private retryAfter = 1;
  /** The last signature() and what it was computed from: discovery hands back the same array while nothing changed. */
  private sigOf: { found: readonly ObservedPod[]; pods: Map<string, PodMeta> | null; sig: string } | null = null;
  private lastAttemptMs = 0;
  private lastOkMs = 0;
  /** Successful refreshes and failed ones, for the agent's own metrics and for tests. */
  refreshes = 0;
  /** Safety checks (ListContainers alone) that found nothing new, so needed no refresh. */
  checks = 0;
  failures = 0;
  lastError: string | undefined;
  runtimeName: string | undefined;
  runtimeVersion: string | undefined;

  constructor(private readonly options: CriProviderOptions) {
    // A malformed --cri-endpoint is a usage error now, not an unhandled rejection on a timer later.
    if (options.endpoint !== undefined) criTarget(options.endpoint);
    this.endpoint = options.endpoint;
    this.once = new OnceLogger(options.log);
  }

  /** Starts the timer after a first refresh; resolves whether or not a runtime answered. */
  async start(): Promise<void> {
    await this.refresh();
    if (this.closed) return;
    const safetyMs = this.options.refreshMs ?? 300_000;
    const tickMs = Math.min(this.options.retryMs ?? 30_000, safetyMs);
    this.timer = setInterval(() => {
      if (this.failing || this.pods === null) void this.refresh();
      else if (Date.now() - this.lastOkMs >= safetyMs - tickMs / 2) void this.check();
    }, tickMs);
    this.timer.unref();
  }

  current(): ReadonlyMap<string, PodMeta> | null {
    return this.pods;
  }

  /** The endpoint in use (detected or given), if any. */
  get currentEndpoint(): string | undefined {
    return this.endpoint;
  }

  /**
   * What the collector found in the cgroup tree this cycle. A pod or container the runtime has not
   * named yet, or a named one whose cgroup is gone, triggers a refresh before the next cycle. A
   * disagreement that survives a refresh (a terminated pod's leftover cgroup, a layout we cannot
   * map) is remembered and does not trigger again until it changes.
   */
  observe(found: readonly ObservedPod[]): void {
    this.lastObserved = found;
    // While the runtime is down (or absent) cgroup churn must not become a storm of connection
    // attempts: at most one every RETRY_MS, the timer does the rest.
    if ((this.failing || this.pods === null) && Date.now() - this.lastAttemptMs < RETRY_MS) return;
    const sig = this.signature(found);
    if (this.inFlight) return;
    if (sig !== this.settledSignature) {
      void this.refresh();
      return;
    }
    // The same disagreement survived a refresh. A leftover cgroup of a terminated pod stays so, but a
    // container whose cgroup appeared before the runtime called it running (the cycle fell between
    // runc create and start) is running by now, and nothing in the tree will change to say so: ask
    // again after 1, 2, 4 … 32 cycles.
    if (sig !== '' && ++this.sinceRefresh >= this.retryAfter) {
      this.retryAfter = Math.min(this.retryAfter * 2, DISAGREEMENT_RETRY_MAX_CYCLES);
      void this.refresh();
    }
  }

  private signature(found: readonly ObservedPod[]): string {
    const memo = this.sigOf;
    if (memo && memo.found === found && memo.pods === this.pods) return memo.sig;
    const sig = this.computeSignature(found);
    this.sigOf = { found, pods: this.pods, sig };
    return sig;
  }

  private computeSignature(found: readonly ObservedPod[]): string {
    const pods = this.pods;
    if (!pods) return found.length ? 'unknown' : '';
    const odd: string[] = [];
    let seenPods = 0;
    for (const f of found) {
      const m = pods.get(f.uid);
      if (!m) {
        odd.push(`+p${f.uid}`);
        continue;
      }
      seenPods++;
      let matched = 0;
      for (const c of f.containers) {
        if (c.id === m.sandboxId) continue;
        if (m.containers.some((x) => x.id === c.id)) matched++;
        else odd.push(`+c${c.id}`);
      }
      if (matched !== m.containers.length) odd.push(`-c${f.uid}`);
    }
    if (seenPods !== pods.size) {
      const foundUids = new Set(found.map((f) => f.uid));
      for (const uid of pods.keys()) if (!foundUids.has(uid)) odd.push(`-p${uid}`);
    }
    return odd.sort().join(',');
  }

  /** Resolves when no refresh is in flight (one that observe() started, say). */
  async idle(): Promise<void> {
    await this.inFlight;
  }

  /** Asks the runtime now. Concurrent callers share one refresh. Resolves true when it answered. */
  refresh(): Promise<boolean> {
    return this.ask(false);
  }

  /**
   * The safety timer's question: ListContainers alone, and the full refresh only when its running
   * containers differ from the known ones. Every change the refresh could find shows there: a new or
   * gone pod has new or gone containers (names and labels never change for an id), and a pod with no
   * running container has a cgroup that observe() compares anyway. Half the cost of a refresh:
   * ListPodSandbox is the other call, with every pod's labels.
   */
  check(): Promise<boolean> {
    return this.ask(true);
  }

  private ask(checkFirst: boolean): Promise<boolean> {
    this.inFlight ??= this.doRefresh(checkFirst)
      .catch((err: unknown) => {
        this.failures++;
        this.lastError = (err as Error).message;
        this.once.warn('cri-refresh', { err: this.lastError }, 'CRI metadata refresh failed');
        return false;
      })
      .finally(() => { this.inFlight = null; });
    return this.inFlight;
  }

  private async doRefresh(checkFirst: boolean): Promise<boolean> {
    if (this.closed) return false;
    this.lastAttemptMs = Date.now();
    if (!this.client) {
      if (!this.endpoint) {
        const found = await detectCriEndpoint({ timeoutMs: this.options.timeoutMs ?? 1000, ...this.options.detect });
        if (!found) {
          this.failing = true;
          this.once.warn('cri-none', {}, 'no CRI socket found; reporting pods by cgroup uid only (set --cri-endpoint)');
          return false;
        }
        this.endpoint = found.endpoint;
        this.options.log.info({ endpoint: found.endpoint, runtime: found.runtimeName, version: found.runtimeVersion }, 'CRI endpoint detected');
      }
      this.client = new CriClient(this.endpoint, { timeoutMs: this.options.timeoutMs ?? 5000 });
    }
    const client = this.client;
    try {
      if (!this.runtimeName) {
        const v = await client.version();
        this.runtimeName = v.runtimeName;
        this.runtimeVersion = v.runtimeVersion;
      }
      const running = { filter: { state: { state: CONTAINER_RUNNING } } };
      let checked: runtime.v1.ListContainerNames | undefined;
      if (checkFirst && this.pods !== null) {
        checked = await client.listContainerNames(running);
        if (this.closed) return false;
        if (sameRunningContainers(this.pods, checked.containers)) {
          this.checks++;
          this.lastOkMs = Date.now();
          return true;
        }
      }
      // After a check that found a change, its container list is the refresh's: only the sandboxes are asked.
      const [sandboxes, containers] = await Promise.all([
        client.listPodSandboxNames({ filter: { state: { state: SANDBOX_READY } } }),
        checked ?? client.listContainerNames(running),
      ]);
      if (this.closed) return false;
      this.pods = joinPods(sandboxes.items, containers.containers);
      this.refreshes++;
      this.lastOkMs = Date.now();
      this.sinceRefresh = 0;
      if (this.lastObserved) {
        const sig = this.signature(this.lastObserved);
        if (sig !== this.settledSignature) this.retryAfter = 1;
        this.settledSignature = sig;
      }
      this.lastError = undefined;
      if (this.failing) {
        this.failing = false;
        this.once.clear('cri-down');
        this.options.log.info({ endpoint: this.endpoint, pods: this.pods.size }, 'CRI runtime reachable again');
      }
      this.once.clear('cri-none');
      return true;
    } catch (err) {
      this.failures++;
      this.failing = true;
      this.lastError = (err as Error).message;
      this.once.warn('cri-down', { endpoint: this.endpoint, err: this.lastError },
        'CRI runtime unreachable; keeping the last known pod names until it answers');
      // A fresh channel on the next refresh: a runtime that restarted may have a new socket inode.
      client.close();
      if (this.client === client) this.client = null;
      this.runtimeName = undefined;
      // Auto-detected endpoints are detected again: the node may have switched runtimes.
      if (!this.options.endpoint) this.endpoint = undefined;
      return false;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.inFlight?.catch(() => undefined);
    this.client?.close();
    this.client = null;
  }
}
