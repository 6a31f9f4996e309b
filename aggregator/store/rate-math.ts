// CPU rates as exact integer arithmetic on doubles. `(du * 1e9n) / dt` on bigints allocates several
// heap BigInts per container and dominated listing 150,000 pods; these doubles give the same
// floor quotient bit for bit wherever every intermediate stays below 2^53, and return NaN
// (caller falls back to bigint) everywhere else.

const MAX_DU = 2 ** 52;
/** dt × 1000 must stay exact: about 2.4 h between samples. */
const MAX_DT = 2 ** 43;
/** q1 × 1e9 plus the lower digits stays below 2^53 (9.007e15). */
const MAX_Q1 = 9_000_000;

/** floor(x / d) and its remainder, exact for 0 ≤ x < 2^53 − d, 0 < d. */
let rem = 0;
function divFloor(x: number, d: number): number {
  let q = Math.floor(x / d);
  let r = x - q * d;
  // The rounded quotient can be one off; the remainder is exact, so correct by it.
  if (r < 0) { q--; r += d; } else if (r >= d) { q++; r -= d; }
  rem = r;
  return q;
}

/** floor(du × 1e9 / dt) exactly, or NaN when the inputs are outside the range proven exact. */
export function nanoRate(du: number, dt: number): number {
  if (!(du >= 0 && du <= MAX_DU && dt > 0 && dt <= MAX_DT) || !Number.isInteger(du) || !Number.isInteger(dt)) return NaN;
  // Long division by 1000 at a time: du×1e9/dt = q1·1e9 + q2·1e6 + q3·1e3 + q4 (each remainder < dt).
  const q1 = divFloor(du, dt);
  if (q1 > MAX_Q1) return NaN;
  const q2 = divFloor(rem * 1000, dt);
  const q3 = divFloor(rem * 1000, dt);
  const q4 = divFloor(rem * 1000, dt);
  return q1 * 1e9 + q2 * 1e6 + q3 * 1e3 + q4;
}
