// V8 settings the agent applies to itself before its first cycle. The young-generation size cannot be
// changed once the heap exists, so it stays in NODE_OPTIONS (manifests: --max-semi-space-size=1); the
// flag here is one NODE_OPTIONS does not accept, so the process sets it.
import { setFlagsFromString } from 'node:v8';

/**
 * Allocation-site pretenuring off. Nearly all of the agent's allocation happens inside a collection
 * cycle, so every scavenge runs mid-cycle, while that cycle's readings are alive: V8 then judges
 * their allocation sites long-lived and allocates every later reading straight into the old
 * generation. There ~100 KiB of readings per cycle die and pile up (a mark-compact took the old
 * generation from 40 to 10 MiB) at the price of concurrent marking and sweeping on other threads:
 * ~0.3–0.5 ms of CPU per cycle outside the cycle itself with 150 cgroups, and a few MiB of RSS
 * (bench/results/cri.md). Without it the readings die young, in the scavenges they already pay for.
 */
export const AGENT_V8_FLAGS: readonly string[] = ['--no-allocation-site-pretenuring'];

let applied = false;

/** Idempotent; call before the first collection cycle. */
export function applyAgentV8Flags(): void {
  if (applied) return;
  applied = true;
  for (const f of AGENT_V8_FLAGS) setFlagsFromString(f);
}
