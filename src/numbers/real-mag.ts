// Mag: an upper bound m * 2^e >= 0 for ball radii (Arb's mag_t idea), with m a double in [1/2, 1) (or 0, or
// Infinity) and e an integer, so radii far below 2^-1074 stay representable. Every operation rounds UP: a double
// operation errs by at most 2^-53 relative, and each result is multiplied by (1 + 2^-49), which covers two of them.
export interface Mag {
  readonly m: number;
  readonly e: number;
}

const UP = 1 + 2 ** -49;
export const MAG_ZERO: Mag = Object.freeze({ m: 0, e: 0 });
export const MAG_INF: Mag = Object.freeze({ m: Infinity, e: 0 });

/** Normalize m * 2^e (m >= 0 finite) so that m is in [1/2, 1); exact (only powers of two are applied). */
function norm(m: number, e: number): Mag {
  if (m === 0) return MAG_ZERO;
  if (!Number.isFinite(m) || !Number.isFinite(e)) return MAG_INF;
  let k = Math.floor(Math.log2(m)) + 1; // m / 2^k in [1/2, 1) up to log2 rounding; fix below
  let r = m * 2 ** -k;
  if (!Number.isFinite(r) || r === 0) {
    // extreme m: scale in two steps
    r = m * 2 ** -Math.trunc(k / 2) * 2 ** -(k - Math.trunc(k / 2));
  }
  while (r >= 1) {
    r /= 2;
    k++;
  }
  while (r < 0.5) {
    r *= 2;
    k--;
  }
  return { m: r, e: e + k };
}

export function isZero(a: Mag): boolean {
  return a.m === 0;
}
export function isInf(a: Mag): boolean {
  return a.m === Infinity;
}

/** An upper bound of |x| for a double x. */
export function fromNumber(x: number): Mag {
  return norm(Math.abs(x) * UP, 0);
}

/** 2^e exactly. */
export function pow2(e: number): Mag {
  return { m: 0.5, e: e + 1 };
}

/** Upper bound of a + b. */
export function add(a: Mag, b: Mag): Mag {
  if (a.m === 0) return b;
  if (b.m === 0) return a;
  if (a.m === Infinity || b.m === Infinity) return MAG_INF;
  if (a.e < b.e) [a, b] = [b, a];
  const d = b.e - a.e; // <= 0
  // b < 2^(b.e); when b is negligible, 2^(b.e - a.e) still bounds its contribution (rounded up by UP).
  const s = d < -60 ? a.m + 2 ** -60 : a.m + b.m * 2 ** d;
  return norm(s * UP, a.e);
}

/** Upper bound of a * b. */
export function mul(a: Mag, b: Mag): Mag {
  if (a.m === 0 || b.m === 0) return MAG_ZERO;
  if (a.m === Infinity || b.m === Infinity) return MAG_INF;
  return norm(a.m * b.m * UP, a.e + b.e);
}

/** Upper bound of a / b, for b a LOWER bound of the divisor (b = 0 gives Infinity). */
export function div(a: Mag, b: Mag): Mag {
  if (a.m === 0) return MAG_ZERO;
  if (b.m === 0 || a.m === Infinity) return MAG_INF;
  if (b.m === Infinity) return MAG_ZERO;
  return norm((a.m / b.m) * UP, a.e - b.e);
}

/** Upper bound of a * 2^k. */
export function mul2exp(a: Mag, k: number): Mag {
  if (a.m === 0 || a.m === Infinity) return a;
  return { m: a.m, e: a.e + k };
}

/** The larger of two bounds. */
export function max(a: Mag, b: Mag): Mag {
  return cmp(a, b) >= 0 ? a : b;
}

export function cmp(a: Mag, b: Mag): -1 | 0 | 1 {
  if (a.m === b.m && a.e === b.e) return 0;
  if (a.m === 0) return -1;
  if (b.m === 0) return 1;
  if (a.m === Infinity) return 1;
  if (b.m === Infinity) return -1;
  if (a.e !== b.e) return a.e < b.e ? -1 : 1;
  return a.m < b.m ? -1 : 1;
}

/** log2 of the bound (approximate; -Infinity for 0): for precision bookkeeping only, never for rigor. */
export function log2(a: Mag): number {
  if (a.m === 0) return -Infinity;
  return a.e + Math.log2(a.m);
}

/** Short decimal text of the bound rounded up, e.g. "3e-35" (for error_bound fields). */
export function toText(a: Mag): string {
  if (a.m === 0) return "0";
  if (a.m === Infinity) return "inf";
  const l10 = log2(a) * Math.log10(2);
  let k = Math.floor(l10);
  let lead = Math.ceil(10 ** (l10 - k) * (1 + 1e-12));
  if (lead >= 10) {
    lead = 1;
    k++;
  }
  return `${lead}e${k < 0 ? "-" : "+"}${Math.abs(k)}`;
}
