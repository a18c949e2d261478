// Exact integer kernels on bigint: roots, perfect powers, power extraction, factorials, binomials, primality.
// Everything here is exact. Size predictors (digits of n!, of a^n) let callers check limits BEFORE the work;
// loops that may run long take an optional tick callback (the budget's tick).
import * as Q from "./rational.js";

export type Tick = (weight?: number) => void;
const noTick: Tick = () => {};

/** Bits of |n| (0 for 0). */
export function bitLen(n: bigint): number {
  if (n < 0n) n = -n;
  if (n === 0n) return 0;
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

/** floor(n^(1/k)) for n >= 0, k >= 1 (exact, Newton iteration on bigints). */
export function iroot(n: bigint, k: number): bigint {
  if (n < 0n) throw new RangeError("iroot of a negative number");
  if (n < 2n || k === 1) return n;
  const bits = bitLen(n);
  if (k >= bits) return 1n;
  const K = BigInt(k);
  // Start above the root: 2^ceil(bits/k).
  let x = 1n << BigInt(Math.ceil(bits / k));
  for (;;) {
    const y = ((K - 1n) * x + n / x ** (K - 1n)) / K;
    if (y >= x) break;
    x = y;
  }
  while (x ** K > n) x -= 1n;
  while ((x + 1n) ** K <= n) x += 1n;
  return x;
}

export function isqrt(n: bigint): bigint {
  return iroot(n, 2);
}

/** The exact k-th root of n >= 0 when n is a perfect k-th power, else undefined. */
export function exactRoot(n: bigint, k: number): bigint | undefined {
  const r = iroot(n, k);
  return r ** BigInt(k) === n ? r : undefined;
}

/** Trial division bound of extractPower and factorInt's first phase. */
const TRIAL_LIMIT = 10_000;

const SMALL_PRIMES: number[] = (() => {
  const out: number[] = [];
  const sieve = new Uint8Array(TRIAL_LIMIT);
  for (let i = 2; i < TRIAL_LIMIT; i++) {
    if (sieve[i]) continue;
    out.push(i);
    for (let j = i * i; j < TRIAL_LIMIT; j += i) sieve[j] = 1;
  }
  return out;
})();

/**
 * Splits n > 0 as c^k * m where m has no k-th power factor found by trial division by primes < 10^4, and m is
 * not itself a perfect k-th power. m is k-th-power-free whenever its prime factors above 10^4 appear fewer than k
 * times (always true when m < 10^(4(k+1))); otherwise the split is still exact, only not fully reduced.
 */
export function extractPower(n: bigint, k: number): { c: bigint; m: bigint } {
  if (n <= 0n) throw new RangeError("extractPower needs n > 0");
  let c = 1n;
  let m = n;
  const K = BigInt(k);
  for (const p of SMALL_PRIMES) {
    const P = BigInt(p);
    if (P ** K > m) break;
    const pk = P ** K;
    if (m % pk !== 0n) continue;
    // Divide out pk^e by repeated squaring (pk, pk^2, pk^4, ...): O(log e) big divisions, not e of them
    // (sqrt(3^200001) divided by 9 a hundred thousand times).
    const squares: bigint[] = [pk];
    while (m % (squares[squares.length - 1]! ** 2n) === 0n) squares.push(squares[squares.length - 1]! ** 2n);
    for (let j = squares.length - 1; j >= 0; j--) {
      if (m % squares[j]! === 0n) {
        m /= squares[j]!;
        c *= P ** (1n << BigInt(j));
      }
    }
  }
  const r = exactRoot(m, k);
  if (r !== undefined) return { c: c * r, m: 1n };
  return { c, m };
}

/** Is n > 0 a perfect power m^j for some j >= 2 dividing k? Returns the largest such j with m (else j = 1). */
export function perfectPowerDividing(n: bigint, k: number): { m: bigint; j: number } {
  let best = { m: n, j: 1 };
  for (let j = k; j >= 2; j--) {
    if (k % j !== 0) continue;
    const r = exactRoot(n, j);
    if (r !== undefined) {
      best = { m: r, j };
      break;
    }
  }
  return best;
}

/** Predicted decimal digits of |a|^n (a != 0): n * log10|a|, without computing it. */
export function powDigits(a: bigint, n: number): number {
  const b = bitLen(a);
  if (b <= 1) return 1;
  return n * (b - 1) * 0.30103 + 1;
}

/** Decimal digits of n! by Stirling (an upper estimate within 1 digit). */
export function factorialDigits(n: number): number {
  if (n < 2) return 1;
  return (n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n)) / Math.LN10 + 1;
}

/** Product lo * (lo+1) * ... * hi by binary splitting (1 when lo > hi). Exact. */
export function rangeProduct(lo: bigint, hi: bigint, tick: Tick = noTick, step = 1n): bigint {
  if (lo > hi) return 1n;
  const count = (hi - lo) / step + 1n;
  if (count <= 16n) {
    let p = 1n;
    for (let x = lo; x <= hi; x += step) p *= x;
    tick(Number(count));
    return p;
  }
  const half = count / 2n;
  const midHi = lo + (half - 1n) * step;
  return rangeProduct(lo, midHi, tick, step) * rangeProduct(midHi + step, hi, tick, step);
}

/** n! for n >= 0, exact. The caller checks factorialDigits(n) against the digits limit first. */
export function factorial(n: bigint, tick: Tick = noTick): bigint {
  return rangeProduct(2n, n, tick);
}

/** n!! = n (n-2) (n-4) ... for n >= -1 (0!! = (-1)!! = 1), exact. */
export function doubleFactorial(n: bigint, tick: Tick = noTick): bigint {
  if (n <= 0n) return 1n;
  return rangeProduct(n % 2n === 0n ? 2n : 1n, n, tick, 2n);
}

/** Binomial coefficient C(n, k) for integers n, k (generalized to negative n; 0 when k < 0), exact. */
export function binomial(n: bigint, k: bigint, tick: Tick = noTick): bigint {
  if (k < 0n) return 0n;
  if (n < 0n) {
    const v = binomial(-n + k - 1n, k, tick);
    return k % 2n === 0n ? v : -v;
  }
  if (k > n) return 0n;
  if (k > n - k) k = n - k;
  return rangeProduct(n - k + 1n, n, tick) / rangeProduct(1n, k, tick);
}

/**
 * Predicted digits of C(n, k) (n >= k >= 0), an upper estimate: Stirling in the cancellation-free form
 * ln C(n, k) ~ k ln(n/k) + (n-k) log1p(k/(n-k)) - ln(2 pi k (n-k)/n)/2, plus a 2-digit margin.
 */
export function binomialDigits(n: number, k: number): number {
  if (k < 0 || k > n) return 1;
  if (k > n - k) k = n - k;
  if (k === 0) return 1;
  const ln = k * Math.log(n / k) + (n - k) * Math.log1p(k / (n - k)) - 0.5 * Math.log((2 * Math.PI * k * (n - k)) / n);
  return Math.max(1, ln / Math.LN10 + 2);
}

/** gcd(|a|, |b|), exact (Lehmer's algorithm, rational.ts); `tick` runs once per round (the time limit). */
export function gcd(a: bigint, b: bigint, tick: Tick = noTick): bigint {
  return Q.gcd(a, b, tick);
}

export function lcm(a: bigint, b: bigint): bigint {
  if (a === 0n || b === 0n) return 0n;
  const l = (a / gcd(a, b)) * b;
  return l < 0n ? -l : l;
}

function modPow(b: bigint, e: bigint, m: bigint, tick: Tick = noTick): bigint {
  let r = 1n;
  b %= m;
  const weight = Math.max(1, Math.ceil((bitLen(m) / 2048) ** 2));
  while (e > 0n) {
    tick(weight);
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
}

const MR_BASES = [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n, 41n];

/** Below this, Miller-Rabin with the 13 bases is deterministic; it is itself the first strong pseudoprime to them. */
const MR_DETERMINISTIC_BELOW = 3317044064679887385961981n;

/**
 * Primality: deterministic (Miller-Rabin with the first 13 prime bases) for n < 3317044064679887385961981; at and
 * above it those bases plus a strong Lucas test (Baillie-PSW: no composite is known to pass; documented as such).
 */
export function isPrime(n: bigint, tick: Tick = noTick): boolean {
  if (n < 2n) return false;
  for (const p of SMALL_PRIMES.slice(0, 50)) {
    const P = BigInt(p);
    if (n === P) return true;
    if (n % P === 0n) return false;
  }
  let d = n - 1n;
  let s = 0;
  while ((d & 1n) === 0n) {
    d >>= 1n;
    s++;
  }
  outer: for (const a of MR_BASES) {
    let x = modPow(a, d, n, tick);
    if (x === 1n || x === n - 1n) continue;
    for (let i = 1; i < s; i++) {
      tick();
      x = (x * x) % n;
      if (x === n - 1n) continue outer;
    }
    return false;
  }
  return n < MR_DETERMINISTIC_BELOW || strongLucas(n, tick);
}

/** Jacobi symbol (a/n) for odd n > 0. */
function jacobi(a: bigint, n: bigint): number {
  a = ((a % n) + n) % n;
  let t = 1;
  while (a !== 0n) {
    while ((a & 1n) === 0n) {
      a >>= 1n;
      const r = n % 8n;
      if (r === 3n || r === 5n) t = -t;
    }
    [a, n] = [n, a];
    if (a % 4n === 3n && n % 4n === 3n) t = -t;
    a %= n;
  }
  return n === 1n ? t : 0;
}

/** Strong Lucas probable-prime test with Selfridge's parameters (method A), for odd n not a perfect square. */
function strongLucas(n: bigint, tick: Tick): boolean {
  const r = isqrt(n);
  if (r * r === n) return false;
  let D = 5n;
  for (;;) {
    const j = jacobi(D, n);
    if (j === -1) break;
    if (j === 0 && (D < 0n ? -D : D) !== n) return false;
    D = D > 0n ? -(D + 2n) : -(D - 2n);
  }
  const P = 1n;
  const Q = (1n - D) / 4n;
  const mod = (x: bigint) => ((x % n) + n) % n;
  const half = (x: bigint) => {
    x = mod(x);
    return (x & 1n) === 1n ? (x + n) >> 1n : x >> 1n;
  };
  let d = n + 1n;
  let s = 0;
  while ((d & 1n) === 0n) {
    d >>= 1n;
    s++;
  }
  let U = 1n;
  let V = P;
  let Qk = mod(Q);
  for (const bit of d.toString(2).slice(1)) {
    tick();
    U = mod(U * V);
    V = mod(V * V - 2n * Qk);
    Qk = mod(Qk * Qk);
    if (bit === "1") {
      [U, V] = [half(P * U + V), half(D * U + P * V)];
      Qk = mod(Qk * Q);
    }
  }
  if (U === 0n || V === 0n) return true;
  for (let i = 1; i < s; i++) {
    V = mod(V * V - 2n * Qk);
    if (V === 0n) return true;
    Qk = mod(Qk * Qk);
  }
  return false;
}

/**
 * Prime factorization of n >= 2 as [prime, exponent] pairs, ascending: trial division then Pollard's rho (Brent).
 * Exact; `tick` bounds the work (the budget's deadline turns a hopeless factorization into a LimitError).
 */
export function factorInt(n: bigint, tick: Tick = noTick): [bigint, number][] {
  const out = new Map<bigint, number>();
  const add = (p: bigint, e = 1) => out.set(p, (out.get(p) ?? 0) + e);
  for (const p of SMALL_PRIMES) {
    const P = BigInt(p);
    if (P * P > n) break;
    while (n % P === 0n) {
      n /= P;
      add(P);
    }
  }
  const stack = n > 1n ? [n] : [];
  while (stack.length) {
    const m = stack.pop()!;
    if (m === 1n) continue;
    if (isPrime(m, tick)) {
      add(m);
      continue;
    }
    const r = exactRoot(m, 2);
    if (r !== undefined) {
      stack.push(r, r);
      continue;
    }
    const f = rho(m, tick);
    stack.push(f, m / f);
  }
  return [...out.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

function rho(n: bigint, tick: Tick): bigint {
  if (n % 2n === 0n) return 2n;
  for (let c = 1n; ; c++) {
    let y = 2n;
    let x = 2n;
    let g = 1n;
    let q = 1n;
    let r = 1;
    const f = (v: bigint) => (v * v + c) % n;
    let ys = y;
    do {
      x = y;
      for (let i = 0; i < r; i++) y = f(y);
      let k = 0;
      while (k < r && g === 1n) {
        ys = y;
        const lim = Math.min(128, r - k);
        for (let i = 0; i < lim; i++) {
          y = f(y);
          q = (q * (x > y ? x - y : y - x)) % n;
        }
        tick(lim);
        g = gcd(q, n);
        k += 128;
      }
      r *= 2;
    } while (g === 1n);
    if (g === n) {
      do {
        ys = f(ys);
        g = gcd(x > ys ? x - ys : ys - x, n);
      } while (g === 1n);
    }
    if (g !== n) return g;
  }
}
