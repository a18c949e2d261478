// gmp-wasm loading and thin helpers over its raw MPFR binding (much faster than the high-level wrapper).
// Every mpfr_t allocated here is freed explicitly (or by a FinalizationRegistry for cached values). Precision is
// always an argument; the only process-wide MPFR state touched is the exponent range, widened once in ready().
import gmp from "gmp-wasm";
import type { GMPFunctions, mpfr_ptr, mpfr_rnd_t, mpz_ptr, mpq_ptr } from "gmp-wasm";
import { internalError } from "../core/index.js";
import { exportStackPointer, SP_EXPORT } from "./mpfr-stack.js";
import * as Q from "./rational.js";
import type { Rational } from "./rational.js";

export type Ptr = mpfr_ptr;
export type Rnd = mpfr_rnd_t;
export const RNDN = 0 as Rnd;
export const RNDZ = 1 as Rnd;
export const RNDU = 2 as Rnd;
export const RNDD = 3 as Rnd;
export const RNDA = 4 as Rnd;

let B: GMPFunctions | undefined;
let loading: Promise<void> | undefined;
let scratchZ: mpz_ptr;
let scratchQ: mpq_ptr;
let longPtr: number; // 4 bytes for mpfr_exp_t / long out-parameters (wasm32: long is 32 bits)

/** Bytes of the relocated wasm stack (see mpfr-stack.ts): room for GMP/MPFR temporaries at any precision. */
const STACK_BYTES = 16 << 20;
/**
 * Whether the stack was relocated (false only if the module layout was not the expected one). Kept on globalThis:
 * gmp-wasm caches its instance per process, so a second copy of this module (test isolation) sees the first's.
 */
const RELOCATED = Symbol.for("ulp.gmp-wasm.stack-relocated");
type Flagged = { [RELOCATED]?: boolean };
export let stackRelocated = (globalThis as Flagged)[RELOCATED] === true;

/** gmp.init() with the module's stack pointer exported, so the 64 KiB stack can be moved to a big block. */
async function initWithBigStack(): Promise<Awaited<ReturnType<typeof gmp.init>>> {
  const wa = WebAssembly as { compile: typeof WebAssembly.compile; instantiate: typeof WebAssembly.instantiate };
  const compile = wa.compile;
  const instantiate = wa.instantiate;
  let sp: WebAssembly.Global | undefined;
  wa.compile = (src: BufferSource) =>
    compile(exportStackPointer(src instanceof Uint8Array ? src : new Uint8Array(src as ArrayBuffer)) as BufferSource);
  // gmp-wasm instantiates a compiled Module, which resolves to an Instance
  wa.instantiate = (async (mod: WebAssembly.Module, imports?: WebAssembly.Imports) => {
    const inst = (await instantiate(mod, imports)) as unknown as WebAssembly.Instance;
    const g = inst.exports?.[SP_EXPORT];
    if (g instanceof WebAssembly.Global) sp = g;
    return inst;
  }) as typeof WebAssembly.instantiate;
  try {
    const lib = await gmp.init();
    if (sp) {
      const base = lib.binding.malloc(STACK_BYTES as never) as unknown as number;
      if (base) {
        sp.value = (base + STACK_BYTES - 64) & ~15;
        (globalThis as Flagged)[RELOCATED] = true;
      }
    }
    stackRelocated = (globalThis as Flagged)[RELOCATED] === true;
    return lib;
  } finally {
    wa.compile = compile;
    wa.instantiate = instantiate;
  }
}

/** Load gmp-wasm once (idempotent). Everything else in this module is synchronous and needs it loaded. */
export function ready(): Promise<void> {
  if (B) return Promise.resolve();
  loading ??= initWithBigStack().then((lib) => {
    const b = lib.binding;
    b.mpfr_set_emax(b.mpfr_get_emax_max());
    b.mpfr_set_emin(b.mpfr_get_emin_min());
    scratchZ = b.mpz_t();
    b.mpz_init(scratchZ);
    scratchQ = b.mpq_t();
    b.mpq_init(scratchQ);
    longPtr = b.malloc(8 as never) as unknown as number;
    B = b;
  });
  return loading;
}

/** The raw binding; throws an InternalError when ready() has not completed. */
export function mp(): GMPFunctions {
  if (!B) throw internalError("MPFR is not loaded: await ready() before using reals");
  return B;
}

export function isReady(): boolean {
  return B !== undefined;
}

/** A new MPFR variable of `prec` bits (value NaN). Free it with free(). */
export function alloc(prec: number): Ptr {
  const b = mp();
  const p = b.mpfr_t();
  b.mpfr_init2(p, prec as never);
  return p;
}

export function free(p: Ptr): void {
  const b = mp();
  b.mpfr_clear(p);
  b.mpfr_t_free(p);
}

/** Frees the held pointer when the owner is garbage collected (for cached balls). */
export const finalizer = new FinalizationRegistry<{ ptr: Ptr | 0 }>((box) => {
  if (box.ptr !== 0 && B) free(box.ptr);
  box.ptr = 0;
});

export const prec = (x: Ptr): number => mp().mpfr_get_prec(x) as number;
export const isNan = (x: Ptr): boolean => mp().mpfr_nan_p(x) !== 0;
export const isInf = (x: Ptr): boolean => mp().mpfr_inf_p(x) !== 0;
export const isZero = (x: Ptr): boolean => mp().mpfr_zero_p(x) !== 0;
export const isNumber = (x: Ptr): boolean => mp().mpfr_number_p(x) !== 0;
export const sgn = (x: Ptr): number => mp().mpfr_sgn(x) as number;
/** Exponent e with x = m * 2^e, m in [1/2, 1); only for regular (finite nonzero) x. */
export const exponent = (x: Ptr): number => mp().mpfr_get_exp(x) as number;

/** Set x (at its own precision) to q rounded in direction rnd; returns MPFR's ternary value (0 = exact). */
export function setRational(x: Ptr, q: Rational, rnd: Rnd): number {
  const b = mp();
  if (q.den === 1n) {
    if (q.num >= -0x7fffffffn && q.num <= 0x7fffffffn) return b.mpfr_set_si(x, Number(q.num) as never, rnd);
    b.mpz_set_string(scratchZ, q.num.toString(16), 16);
    return b.mpfr_set_z(x, scratchZ, rnd);
  }
  b.mpq_set_string(scratchQ, `${q.num.toString(16)}/${q.den.toString(16)}`, 16);
  return b.mpfr_set_q(x, scratchQ, rnd);
}

/** The exact value of a finite x as a Rational. */
export function toRational(x: Ptr): Rational {
  const b = mp();
  if (isZero(x)) return Q.ZERO;
  if (!isNumber(x)) throw internalError("toRational of a non-finite MPFR value");
  const e = b.mpfr_get_z_2exp(scratchZ, x) as number;
  const hex = b.mpz_to_string(scratchZ, 16);
  const m = hex.startsWith("-") ? -BigInt("0x" + hex.slice(1)) : BigInt("0x" + hex);
  return e >= 0 ? Q.make(m << BigInt(e)) : Q.make(m, 1n << BigInt(-e));
}

/**
 * Decimal digits of x correctly rounded (direction rnd; RNDN is ties-to-even) to n significant digits:
 * x ~ sign * 0.DIGITS * 10^exp10. Only for finite x; zero gives digits "0" and exp10 1.
 */
export function toDecimalDigits(x: Ptr, n: number, rnd: Rnd = RNDN): { neg: boolean; digits: string; exp10: number } {
  const b = mp();
  if (isZero(x)) return { neg: sgn(x) < 0, digits: "0", exp10: 1 };
  const strPtr = b.mpfr_get_str(0 as never, longPtr as never, 10, Math.max(1, n) as never, x, rnd) as unknown as number;
  const mem = b.mem;
  const end = mem.indexOf(0, strPtr);
  let s = "";
  // Decode ASCII in chunks (String.fromCharCode on a huge spread would overflow the stack).
  for (let i = strPtr; i < end; i += 8192) s += String.fromCharCode(...mem.subarray(i, Math.min(end, i + 8192)));
  const exp10 = b.memView.getInt32(longPtr, true);
  b.mpfr_free_str(strPtr as never);
  const neg = s.startsWith("-");
  return { neg, digits: neg ? s.slice(1) : s, exp10 };
}

/** |x| as m * 2^e with m in [1/2, 1], rounded in direction rnd (use RNDU for an upper bound of |x|). */
export function absTo2exp(x: Ptr, rnd: Rnd): { m: number; e: number } {
  const b = mp();
  const d = b.mpfr_get_d_2exp(longPtr as never, x, rnd === RNDU ? (sgn(x) < 0 ? RNDD : RNDU) : sgn(x) < 0 ? RNDU : RNDD);
  return { m: Math.abs(d as number), e: b.memView.getInt32(longPtr, true) };
}

/** Set x to m * 2^e exactly (m a double; x must have at least 53 bits). */
export function set2exp(x: Ptr, m: number, e: number): void {
  const b = mp();
  b.mpfr_set_d(x, m as never, RNDN);
  b.mpfr_mul_2si(x, x, e as never, RNDN);
}
