// Exact forms of real numbers that are not rational: finite sums of rational coefficients times monomials, a
// monomial being a product of constants (pi, e, euler, catalan) to integer or half-integer powers and integer
// radicals m^(1/k) (m >= 2 free of k-th powers, one radical per degree k). Radicals a + b*sqrt(d) and rationals are
// the special cases the tower demotes to. All operations are exact; an operation whose result leaves this form
// (1/(1 + pi), e^(1/3)) returns undefined and the tower falls back to a lazy real.
import * as Q from "./rational.js";
import type { Rational } from "./rational.js";
import { extractPower, exactRoot, bitLen } from "./integer.js";

export type ConstName = "pi" | "e" | "euler" | "catalan";
/** The transcendental constants a monomial may hold, in canonical order. */
export const CONST_NAMES: readonly ConstName[] = ["pi", "e", "euler", "catalan"];

export interface Mono {
  /** Constants with non-zero exponents (integers or halves), in CONST_NAMES order. */
  readonly consts: readonly (readonly [ConstName, Rational])[];
  /** Radicals m^(1/k): [k, m] with k >= 2, m >= 2 free of k-th powers (as far as extractPower finds), k ascending. */
  readonly roots: readonly (readonly [number, bigint])[];
  /**
   * Nested radicals A^(j/k) of a positive multi-term form A with integer coefficients of content 1 (0 < j < k),
   * e.g. sqrt(2 + sqrt(2)); sorted by key. Absent when there are none.
   */
  readonly nested?: readonly NestedAtom[];
}

export interface NestedAtom {
  readonly k: number;
  readonly j: number;
  readonly radicand: SymForm;
}

export interface Term {
  readonly coef: Rational;
  readonly mono: Mono;
}

/** The exact form: distinct monomials with non-zero coefficients, sorted (the rational term first); [] is 0. */
export interface SymForm {
  readonly terms: readonly Term[];
}

/** The monomial 1. */
export const EMPTY_MONO: Mono = Object.freeze({ consts: [], roots: [] });
/** Most terms a form may hold; beyond this an operation gives up (returns undefined) rather than grow. */
export const MAX_TERMS = 64;
/** Largest radical degree kept exact; higher roots become lazy reals. */
export const MAX_ROOT_DEGREE = 64;

/** Canonical key of a monomial (equal keys mean equal monomials). */
export function monoKey(m: Mono): string {
  if (isEmpty(m)) return "";
  const base =
    m.consts.map(([c, e]) => `${c}^${Q.toString(e)}`).join("*") + "|" + m.roots.map(([k, r]) => `${k}:${r}`).join(",");
  return m.nested?.length ? `${base}|${m.nested.map(nestedKey).join(",")}` : base;
}

/** Canonical key of a form (equal keys mean equal forms). */
export function formKey(f: SymForm): string {
  return f.terms.map((t) => `${Q.toString(t.coef)}*${monoKey(t.mono)}`).join("+");
}

const nestedKey = (a: NestedAtom) => `${a.k}:${a.j}:(${formKey(a.radicand)})`;

/** The monomial has no factor besides its coefficient. */
export const isEmpty = (m: Mono): boolean => m.consts.length === 0 && m.roots.length === 0 && !m.nested?.length;

/** Normalize a list of terms: merge equal monomials, drop zeros, sort (rational term first, then by key). */
export function makeForm(terms: readonly Term[]): SymForm | undefined {
  const byKey = new Map<string, Term>();
  for (const t of unifySquareRoots(terms)) {
    if (Q.isZero(t.coef)) continue;
    const k = monoKey(t.mono);
    const prev = byKey.get(k);
    byKey.set(k, prev ? { coef: Q.add(prev.coef, t.coef), mono: t.mono } : t);
  }
  const out = [...byKey.entries()].filter(([, t]) => !Q.isZero(t.coef));
  if (out.length > MAX_TERMS) return undefined;
  out.sort((a, b) => (a[0] === b[0] ? 0 : a[0] === "" ? -1 : b[0] === "" ? 1 : a[0] < b[0] ? -1 : 1));
  return { terms: out.map(([, t]) => t) };
}

/** Exact forms of a rational and of a constant power (pi, e^2, sqrt(pi)). */
/**
 * Square-root radicals whose radicands differ by a square factor (sqrt(2*p^2) and sqrt(2) when p is a prime beyond
 * trial division) are rewritten over the smaller radicand, so that such terms combine and compare exactly.
 */
function unifySquareRoots(terms: readonly Term[]): readonly Term[] {
  const plain = (t: Term) =>
    t.mono.consts.length === 0 && !t.mono.nested?.length && t.mono.roots.length === 1 && t.mono.roots[0]![0] === 2;
  const rads = [...new Set(terms.filter(plain).map((t) => t.mono.roots[0]![1]))].sort((a, b) => (a < b ? -1 : 1));
  if (rads.length < 2) return terms;
  const target = new Map<bigint, { m: bigint; s: bigint }>();
  for (let i = rads.length - 1; i > 0; i--) {
    for (let j = 0; j < i; j++) {
      const big = rads[i]!;
      const sm = rads[j]!;
      if (big % sm !== 0n) continue;
      const s = exactRoot(big / sm, 2);
      if (s !== undefined) {
        target.set(big, { m: sm, s });
        break;
      }
    }
  }
  if (!target.size) return terms;
  return terms.map((t) => {
    if (!plain(t)) return t;
    const u = target.get(t.mono.roots[0]![1]);
    return u ? { coef: Q.mul(t.coef, Q.fromInt(u.s)), mono: { consts: [], roots: [[2, u.m] as const] } } : t;
  });
}

export function fromRational(q: Rational): SymForm {
  return Q.isZero(q) ? { terms: [] } : { terms: [{ coef: q, mono: EMPTY_MONO }] };
}

export function constForm(name: ConstName, exp: Rational = Q.ONE): SymForm {
  return { terms: [{ coef: Q.ONE, mono: { consts: [[name, exp]], roots: [] } }] };
}

/** q^(1/k) for a rational q >= 0 as a form (exact), or undefined when k is too large. */
export function rootForm(q: Rational, k: number): SymForm | undefined {
  if (Q.isZero(q)) return { terms: [] };
  if (k > MAX_ROOT_DEGREE) return undefined;
  // (n/d)^(1/k) = (n * d^(k-1))^(1/k) / d
  const rad = q.num * q.den ** BigInt(k - 1);
  const r = rootAtom(rad, k);
  return { terms: [{ coef: Q.make(r.coef, q.den), mono: { consts: [], roots: r.roots } }] };
}

/** n^(1/k) for an integer n >= 1 as coef * (radicals), reducing perfect powers (exact). */
function rootAtom(n: bigint, k: number): { coef: bigint; roots: [number, bigint][] } {
  const { c, m } = extractPower(n, k);
  if (m === 1n) return { coef: c, roots: [] };
  // m^(1/k) with m = r^j (j | k) is r^(1/(k/j)).
  for (let j = k; j >= 2; j--) {
    if (k % j !== 0) continue;
    const r = exactRoot(m, j);
    if (r !== undefined) {
      const inner = rootAtom(r, k / j);
      return { coef: c * inner.coef, roots: inner.roots };
    }
  }
  return { coef: c, roots: [[k, m]] };
}

/** Product of two monomials: a rational factor (from radicals that multiply out) and the new monomial. */
function mulMonoFlat(a: Mono, b: Mono): { coef: Rational; mono: Mono } | undefined {
  if (isEmpty(a)) return { coef: Q.ONE, mono: b };
  if (isEmpty(b)) return { coef: Q.ONE, mono: a };
  const consts = new Map<ConstName, Rational>();
  for (const [c, e] of [...a.consts, ...b.consts]) consts.set(c, Q.add(consts.get(c) ?? Q.ZERO, e));
  let coef = 1n;
  const roots = new Map<number, bigint>();
  const pending: (readonly [number, bigint])[] = [...a.roots, ...b.roots];
  while (pending.length) {
    const [k, m] = pending.pop()!;
    const prev = roots.get(k);
    if (prev === undefined) {
      roots.set(k, m);
      continue;
    }
    roots.delete(k);
    if (bitLen(prev) + bitLen(m) > 4096) return undefined;
    // a common factor g of two square-root radicands is a square factor of the product: pulled out exactly even
    // when g has prime factors beyond trial division (sqrt(2*p^2) * sqrt(2) = 2p)
    const g = k === 2 ? Q.gcd(prev, m) : 1n;
    coef *= g;
    const r = rootAtom((prev / g) * (m / g), k);
    coef *= r.coef;
    pending.push(...r.roots);
  }
  return {
    coef: Q.fromInt(coef),
    mono: {
      consts: CONST_NAMES.filter((c) => consts.has(c) && !Q.isZero(consts.get(c)!)).map((c) => [c, consts.get(c)!]),
      roots: [...roots.entries()].sort((x, y) => x[0] - y[0]),
    },
  };
}

/** Product of two monomials as a form: nested radicals that complete a power (sqrt(A)^2) multiply out as A. */
function mulMono(a: Mono, b: Mono, depth: number): SymForm | undefined {
  const flat = mulMonoFlat(a, b);
  if (!flat) return undefined;
  const na = a.nested ?? [];
  const nb = b.nested ?? [];
  if (!na.length && !nb.length) return { terms: [{ coef: flat.coef, mono: flat.mono }] };
  const byKey = new Map<string, NestedAtom>();
  const extracted: SymForm[] = [];
  // square roots of different radicands merge: sqrt(A)*sqrt(B) = sqrt(A*B), simplified (denested) when possible
  const sq = [...na, ...nb].filter((x) => x.k === 2);
  if (sq.length === 2 && formKey(sq[0]!.radicand) !== formKey(sq[1]!.radicand)) {
    const prod = mulDepth(sq[0]!.radicand, sq[1]!.radicand, depth + 1);
    const root = prod && sqrtForm(prod, depth + 1);
    if (!root) return undefined;
    extracted.push(root);
  }
  for (const x of [...na, ...nb]) {
    if (x.k === 2 && sq.length === 2 && formKey(sq[0]!.radicand) !== formKey(sq[1]!.radicand)) continue;
    const key = `${x.k}:(${formKey(x.radicand)})`;
    const prev = byKey.get(key);
    let j = (prev?.j ?? 0) + x.j;
    if (j >= x.k) {
      extracted.push(x.radicand);
      j -= x.k;
    }
    if (j === 0) byKey.delete(key);
    else byKey.set(key, { k: x.k, j, radicand: x.radicand });
  }
  const nested = [...byKey.values()].sort((x, y) => (nestedKey(x) < nestedKey(y) ? -1 : 1));
  let acc: SymForm | undefined = {
    terms: [{ coef: flat.coef, mono: nested.length ? { ...flat.mono, nested } : flat.mono }],
  };
  for (const r of extracted) acc = acc && mulDepth(acc, r, depth + 1);
  return acc;
}

export function add(a: SymForm, b: SymForm): SymForm | undefined {
  return makeForm([...a.terms, ...b.terms]);
}

export function neg(a: SymForm): SymForm {
  return { terms: a.terms.map((t) => ({ coef: Q.neg(t.coef), mono: t.mono })) };
}

export function sub(a: SymForm, b: SymForm): SymForm | undefined {
  return add(a, neg(b));
}

export function scale(a: SymForm, q: Rational): SymForm {
  if (Q.isZero(q)) return { terms: [] };
  return { terms: a.terms.map((t) => ({ coef: Q.mul(t.coef, q), mono: t.mono })) };
}

/** Exact product of forms (radicals of equal degree merge; undefined past MAX_TERMS). */
export function mul(a: SymForm, b: SymForm): SymForm | undefined {
  return mulDepth(a, b, 0);
}

function mulDepth(a: SymForm, b: SymForm, depth: number): SymForm | undefined {
  if (a.terms.length * b.terms.length > MAX_TERMS * 4 || depth > 8) return undefined;
  const out: Term[] = [];
  for (const x of a.terms) {
    for (const y of b.terms) {
      const m = mulMono(x.mono, y.mono, depth);
      if (!m) return undefined;
      const c = Q.mul(x.coef, y.coef);
      for (const t of m.terms) out.push({ coef: Q.mul(c, t.coef), mono: t.mono });
    }
  }
  return makeForm(out);
}

/**
 * Square root of a positive form, exact: rationals and monomials directly, a + b*sqrt(d) denested when
 * a^2 - b^2 d is a rational square (sqrt(3 + 2*sqrt(2)) = 1 + sqrt(2)), otherwise a nested radical.
 */
export function sqrtForm(f: SymForm, depth = 0): SymForm | undefined {
  if (depth > 8) return undefined;
  const q = asRational(f);
  if (q) return rootForm(q, 2);
  if (f.terms.length === 1) return powRational(f, Q.make(1n, 2n));
  const r = asRadical(f);
  if (r) {
    // sqrt(a + b sqrt(d)) = sqrt((a + c)/2) + sign(b) sqrt((a - c)/2) when c = sqrt(a^2 - b^2 d) is rational
    const c2 = Q.sub(Q.mul(r.a, r.a), Q.mul(Q.mul(r.b, r.b), Q.fromInt(r.d)));
    if (Q.sign(c2) >= 0) {
      const cn = exactRoot(c2.num, 2);
      const cd = exactRoot(c2.den, 2);
      if (cn !== undefined && cd !== undefined) {
        const c = Q.make(cn, cd);
        const half = Q.make(1n, 2n);
        const u = rootForm(Q.mul(Q.add(r.a, c), half), 2)!;
        const v = rootForm(Q.mul(Q.sub(r.a, c), half), 2)!;
        const sum = Q.sign(r.b) > 0 ? add(u, v) : sub(u, v);
        if (sum) return sum;
      }
    }
  }
  return nestedRoot(f, 2);
}

/** Nesting depth of a form (0 for forms without nested radicals). */
export function nestingDepth(f: SymForm): number {
  let d = 0;
  for (const t of f.terms) for (const n of t.mono.nested ?? []) d = Math.max(d, 1 + nestingDepth(n.radicand));
  return d;
}

/** Most nesting levels kept exact (sqrt(2 + sqrt(2 + sqrt(2))) has 2); deeper roots become lazy reals. */
export const MAX_NESTING = 3;

/**
 * The k-th root of a positive multi-term form f as a nested radical (exact): f = c*g with c > 0 rational and g
 * with coprime integer coefficients; the result is c^(1/k) * g^(1/k). The caller checks f > 0 and tries
 * denesting first. Undefined when the form would nest too deeply or k is too large.
 */
export function nestedRoot(f: SymForm, k: number): SymForm | undefined {
  if (f.terms.length < 2 || k > MAX_ROOT_DEGREE || nestingDepth(f) >= MAX_NESTING) return undefined;
  // content: c = gcd(numerators) / lcm(denominators), so g = f/c has coprime integer coefficients
  let g = 0n;
  let l = 1n;
  for (const t of f.terms) {
    g = Q.gcd(g, t.coef.num);
    l = (l / Q.gcd(l, t.coef.den)) * t.coef.den;
  }
  const c = Q.make(g < 0n ? -g : g, l);
  const inner = scale(f, Q.inv(c));
  const cr = rootForm(c, k);
  if (!cr) return undefined;
  const atom: SymForm = { terms: [{ coef: Q.ONE, mono: { consts: [], roots: [], nested: [{ k, j: 1, radicand: inner }] } }] };
  return mul(cr, atom);
}

/** 1/a exactly: a monomial inverts directly; sums of square-root radicals by conjugates; else undefined. */
export function inv(a: SymForm, depth = 0): SymForm | undefined {
  if (a.terms.length === 0) throw new RangeError("division by zero");
  if (a.terms.length === 1) return invTerm(a.terms[0]!);
  if (depth > 6) return undefined;
  // a = A + B*r for a square root r present (sqrt(m) or a nested sqrt(N)); 1/a = (A - B r) / (A^2 - B^2 r^2).
  let r: { is: (t: Term) => boolean; strip: (m: Mono) => Mono; square: SymForm; form: SymForm } | undefined;
  for (const t of a.terms) {
    const ir = t.mono.roots.find(([k]) => k === 2);
    if (ir) {
      const m = ir[1];
      r = {
        is: (u) => u.mono.roots.some(([k, mm]) => k === 2 && mm === m),
        strip: (mo) => ({ ...mo, roots: mo.roots.filter(([k, mm]) => !(k === 2 && mm === m)) }),
        square: fromRational(Q.fromInt(m)),
        form: rootForm(Q.fromInt(m), 2)!,
      };
      break;
    }
    const nr = t.mono.nested?.find((n) => n.k === 2);
    if (nr) {
      const key = formKey(nr.radicand);
      const match = (n: NestedAtom) => n.k === 2 && formKey(n.radicand) === key;
      r = {
        is: (u) => !!u.mono.nested?.some(match),
        strip: (mo) => ({ ...mo, nested: mo.nested!.filter((n) => !match(n)) }),
        square: nr.radicand,
        form: { terms: [{ coef: Q.ONE, mono: { consts: [], roots: [], nested: [nr] } }] },
      };
      break;
    }
  }
  if (!r) return undefined;
  const A: Term[] = [];
  const B: Term[] = [];
  for (const t of a.terms) {
    if (r.is(t)) B.push({ coef: t.coef, mono: r.strip(t.mono) });
    else A.push(t);
  }
  const fa = makeForm(A);
  const fb = makeForm(B);
  if (!fa || !fb) return undefined;
  const a2 = mul(fa, fa);
  const b2 = mul(fb, fb);
  const b2r = b2 && mul(b2, r.square);
  if (!a2 || !b2r) return undefined;
  const den = sub(a2, b2r);
  if (!den || den.terms.length === 0) return undefined;
  const br = mul(fb, r.form);
  const conj = br && sub(fa, br);
  const dinv = inv(den, depth + 1);
  if (!conj || !dinv) return undefined;
  return mul(conj, dinv);
}

function invTerm(t: Term): SymForm | undefined {
  let coef = Q.inv(t.coef);
  const consts = t.mono.consts.map(([c, e]) => [c, Q.neg(e)] as const);
  // m^(-1/k) = (m^(k-1))^(1/k) / m
  let acc: SymForm = { terms: [{ coef: Q.ONE, mono: { consts, roots: [] } }] };
  for (const [k, m] of t.mono.roots) {
    if (bitLen(m) * (k - 1) > 65536) return undefined;
    coef = Q.div(coef, Q.fromInt(m));
    const r = rootForm(Q.fromInt(m ** BigInt(k - 1)), k);
    if (!r) return undefined;
    const next = mul(acc, r);
    if (!next) return undefined;
    acc = next;
  }
  for (const n of t.mono.nested ?? []) {
    const ai = inv(n.radicand, 1);
    if (!ai) return undefined;
    const atom: SymForm = {
      terms: [{ coef: Q.ONE, mono: { consts: [], roots: [], nested: [{ k: n.k, j: n.k - n.j, radicand: n.radicand }] } }],
    };
    const next = mul(acc, atom);
    const next2 = next && mul(next, ai);
    if (!next2) return undefined;
    acc = next2;
  }
  return scale(acc, coef);
}

/** Exact quotient a/b via inv(b) (undefined when b has no exact inverse in the form). */
export function div(a: SymForm, b: SymForm): SymForm | undefined {
  const bi = inv(b);
  return bi && mul(a, bi);
}

/** a^n for an integer n (exact), by repeated squaring; undefined when the form grows past MAX_TERMS. */
export function powInt(a: SymForm, n: bigint): SymForm | undefined {
  if (n < 0n) {
    const ai = inv(a);
    return ai && powInt(ai, -n);
  }
  let result: SymForm | undefined = fromRational(Q.ONE);
  let base: SymForm | undefined = a;
  while (n > 0n) {
    if (n & 1n) result = result && base && mul(result, base);
    n >>= 1n;
    if (n > 0n) base = base && mul(base, base);
    if (!result || !base) return undefined;
  }
  return result;
}

/**
 * a^(p/q) for a single positive term (exact): the coefficient's root is extracted, constant exponents scale (and
 * must stay integers or halves), radicals deepen. Undefined when the result leaves the form.
 */
export function powRational(a: SymForm, e: Rational): SymForm | undefined {
  if (e.den === 1n) return powInt(a, e.num);
  if (a.terms.length !== 1) return undefined;
  const t = a.terms[0]!;
  if (t.mono.nested?.length) return undefined;
  if (Q.sign(t.coef) < 0) return undefined;
  const q = Number(e.den);
  if (q > MAX_ROOT_DEGREE) return undefined;
  const p = e.num;
  // coef^(p/q)
  let acc: SymForm | undefined = rootForm(Q.powInt(t.coef, p < 0n ? -p : p), q);
  if (acc && p < 0n) acc = inv(acc);
  const consts: [ConstName, Rational][] = [];
  for (const [c, ex] of t.mono.consts) {
    const ne = Q.mul(ex, e);
    if (ne.den > 2n) return undefined;
    consts.push([c, ne]);
  }
  if (acc && consts.length) acc = mul(acc, { terms: [{ coef: Q.ONE, mono: { consts, roots: [] } }] });
  for (const [k, m] of t.mono.roots) {
    // (m^(1/k))^(p/q) = (m^|p|)^(1/(kq)), inverted when p < 0
    const deg = k * q;
    if (deg > MAX_ROOT_DEGREE || bitLen(m) * Number(p < 0n ? -p : p) > 65536) return undefined;
    let r = rootForm(Q.fromInt(m ** (p < 0n ? -p : p)), deg);
    if (r && p < 0n) r = inv(r);
    acc = acc && r && mul(acc, r);
  }
  return acc;
}

/** True for the form 0 (canonical: a non-empty form is non-zero except for rare radical identities across degrees). */
export function isZero(a: SymForm): boolean {
  return a.terms.length === 0;
}

/** The rational value when the form is rational (no monomials), else undefined. */
export function asRational(a: SymForm): Rational | undefined {
  if (a.terms.length === 0) return Q.ZERO;
  if (a.terms.length === 1 && isEmpty(a.terms[0]!.mono)) return a.terms[0]!.coef;
  return undefined;
}

/** a + b*sqrt(d) when the form has that shape (d the square-root radicand), else undefined. */
export function asRadical(a: SymForm): { a: Rational; b: Rational; d: bigint } | undefined {
  let ra: Rational = Q.ZERO;
  let rb: Rational | undefined;
  let d = 0n;
  for (const t of a.terms) {
    if (isEmpty(t.mono)) ra = t.coef;
    else if (
      t.mono.consts.length === 0 &&
      !t.mono.nested?.length &&
      t.mono.roots.length === 1 &&
      t.mono.roots[0]![0] === 2 &&
      rb === undefined
    ) {
      rb = t.coef;
      d = t.mono.roots[0]![1];
    } else return undefined;
  }
  return rb === undefined ? undefined : { a: ra, b: rb, d };
}

/** Structural equality of canonical forms (exact). */
export function equal(a: SymForm, b: SymForm): boolean {
  if (a.terms.length !== b.terms.length) return false;
  return a.terms.every((t, i) => Q.eq(t.coef, b.terms[i]!.coef) && monoKey(t.mono) === monoKey(b.terms[i]!.mono));
}

/** Largest numerator/denominator digit count of the coefficients (for size checks). */
export function coefDigits(a: SymForm): number {
  let d = 1;
  for (const t of a.terms) d = Math.max(d, Q.digitEstimate(t.coef));
  return d;
}
