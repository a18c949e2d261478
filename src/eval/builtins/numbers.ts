// Registration of every scalar function and constant of the numeric tower, with docs (each stating its exactness
// or rounding guarantee) and examples that run as tests. The mathematics lives in src/numbers (applyFunction).
import { UlpError, typeError } from "../../core/index.js";
import * as N from "../../numbers/index.js";
import { defineBuiltins, defineNamedValues, type Builtin, type CallInfo } from "../registry.js";
import { bool, isNum, describeKind, type Value } from "../value.js";

type Doc = [name: string, area: string, signature: string, doc: string, examples: [string, string][], aliases?: string[]];

const ROOTS = "Roots and powers";
const EXPLOG = "Exponential and logarithm";
const TRIG = "Trigonometric";
const HYP = "Hyperbolic";
const PARTS = "Rounding, parts and complex";
const SPECIAL = "Special functions";
const INTEGER = "Integers";

const CR = "Exact where a closed form exists; otherwise a real whose decimal digits are correctly rounded.";

const DOCS: Doc[] = [
  ["sqrt", ROOTS, "sqrt(x)", `Principal square root: exact radicals (sqrt(8) = 2*sqrt(2)), denested or nested radicals of radicals, sqrt(-x) = i*sqrt(x), complex by the principal branch. ${CR}`, [["sqrt(16)", "4"], ["sqrt(8)", "2*sqrt(2)"], ["sqrt(-4)", "2i"], ["sqrt(3 + 2*sqrt(2))", "1 + sqrt(2)"]]],
  ["cbrt", ROOTS, "cbrt(x)", `Real cube root (cbrt(-8) = -2), exact when a radical form exists. ${CR}`, [["cbrt(-8)", "-2"], ["cbrt(16)", "2*cbrt(2)"]]],
  ["nthroot", ROOTS, "nthroot(x, n)", `Real n-th root for a positive integer n; odd roots of negatives are negative, even roots of negatives are a DomainError. ${CR}`, [["nthroot(32, 5)", "2"], ["nthroot(-27, 3)", "-3"]]],
  ["hypot", ROOTS, "hypot(a, b)", `sqrt(a^2 + b^2) without overflow; exact when the sum of squares is a perfect square or radical. ${CR}`, [["hypot(3, 4)", "5"], ["hypot(1, 1)", "sqrt(2)"]]],
  ["exp", EXPLOG, "exp(x)", `e^x: exp(0) = 1, exp(n) = e^n exactly for integers, exp(i*pi) = -1 exactly. ${CR}`, [["exp(0)", "1"], ["exp(2)", "e^2"]]],
  ["expm1", EXPLOG, "expm1(x)", `e^x - 1, accurate near 0 (no cancellation); expm1(0) = 0. Correctly rounded decimal digits.`, [["expm1(0)", "0"]]],
  ["ln", EXPLOG, "ln(x)", `Natural logarithm, principal branch (ln(-1) = i*pi); ln(1) = 0 and ln(e^k) = k exactly; ln(0) is a DomainError (pole). ${CR}`, [["ln(1)", "0"], ["ln(e)", "1"], ["ln(-1)", "pi*i"]]],
  ["log", EXPLOG, "log(x[, b])", `Natural logarithm, or the logarithm of x in base b (second argument); exact when x is a rational power of b (log(8, 2) = 3). ${CR}`, [["log(8, 2)", "3"], ["log(1000, 10)", "3"], ["log(2, 8)", "1/3"]]],
  ["log1p", EXPLOG, "log1p(x)", `ln(1 + x), accurate near 0; log1p(0) = 0; x = -1 is a pole. Correctly rounded decimal digits.`, [["log1p(0)", "0"]]],
  ["log2", EXPLOG, "log2(x)", `Base-2 logarithm, exact for rational powers of 2 (log2(1/8) = -3). ${CR}`, [["log2(1024)", "10"], ["log2(1/8)", "-3"]], ["lb"]],
  ["log10", EXPLOG, "log10(x)", `Base-10 logarithm, exact for rational powers of 10. ${CR}`, [["log10(1000)", "3"], ["log10(1/100)", "-2"]], ["lg"]],
  ["sin", TRIG, "sin(x)", `Sine (radians): exact at rational multiples of pi with a radical value (sin(pi/6) = 1/2). ${CR}`, [["sin(0)", "0"], ["sin(pi/6)", "1/2"], ["sin(pi/4)", "sqrt(2)/2"]]],
  ["cos", TRIG, "cos(x)", `Cosine (radians): exact at rational multiples of pi with a radical value, nested ones included (cos(pi/5) = (1 + sqrt(5))/4, cos(pi/8) = sqrt(2 + sqrt(2))/2). ${CR}`, [["cos(pi)", "-1"], ["cos(pi/4)", "sqrt(2)/2"], ["cos(pi/8)", "sqrt(2 + sqrt(2))/2"]]],
  ["tan", TRIG, "tan(x)", `Tangent: exact at tabled multiples of pi (tan(pi/3) = sqrt(3)); tan(pi/2) is a DomainError (pole). ${CR}`, [["tan(pi/3)", "sqrt(3)"], ["tan(pi/4)", "1"]]],
  ["sec", TRIG, "sec(x)", `1/cos(x), exact where cos is; poles are DomainErrors. ${CR}`, [["sec(pi/3)", "2"]]],
  ["csc", TRIG, "csc(x)", `1/sin(x), exact where sin is; csc(0) is a DomainError (pole). ${CR}`, [["csc(pi/6)", "2"]]],
  ["cot", TRIG, "cot(x)", `1/tan(x), exact where tan is; cot(0) is a DomainError (pole). ${CR}`, [["cot(pi/4)", "1"]]],
  ["asin", TRIG, "asin(x)", `Principal arcsine; exact at tabled values (asin(1/2) = pi/6); complex outside [-1, 1]. ${CR}`, [["asin(1/2)", "pi/6"], ["asin(1)", "pi/2"]]],
  ["acos", TRIG, "acos(x)", `Principal arccosine in [0, pi]; exact at tabled values; complex outside [-1, 1]. ${CR}`, [["acos(0)", "pi/2"], ["acos(-1)", "pi"]]],
  ["atan", TRIG, "atan(x)", `Principal arctangent in (-pi/2, pi/2); exact at tabled values (atan(1) = pi/4). ${CR}`, [["atan(1)", "pi/4"], ["atan(sqrt(3))", "pi/3"]]],
  ["asec", TRIG, "asec(x)", `acos(1/x). ${CR}`, [["asec(2)", "pi/3"]]],
  ["acsc", TRIG, "acsc(x)", `asin(1/x). ${CR}`, [["acsc(2)", "pi/6"]]],
  ["acot", TRIG, "acot(x)", `atan(1/x), with acot(0) = pi/2. ${CR}`, [["acot(1)", "pi/4"]]],
  ["atan2", TRIG, "atan2(y, x)", `Angle of the point (x, y) in (-pi, pi], y first; exact at tabled angles; atan2(0, 0) is a DomainError. ${CR}`, [["atan2(1, 1)", "pi/4"], ["atan2(0, -1)", "pi"]]],
  ["sinh", HYP, "sinh(x)", `Hyperbolic sine; sinh(0) = 0. ${CR}`, [["sinh(0)", "0"]]],
  ["cosh", HYP, "cosh(x)", `Hyperbolic cosine; cosh(0) = 1. ${CR}`, [["cosh(0)", "1"]]],
  ["tanh", HYP, "tanh(x)", `Hyperbolic tangent; tanh(0) = 0. ${CR}`, [["tanh(0)", "0"]]],
  ["asinh", HYP, "asinh(x)", `Inverse hyperbolic sine; asinh(0) = 0. ${CR}`, [["asinh(0)", "0"]]],
  ["acosh", HYP, "acosh(x)", `Inverse hyperbolic cosine; real for x >= 1 (acosh(1) = 0), principal complex below. ${CR}`, [["acosh(1)", "0"]]],
  ["atanh", HYP, "atanh(x)", `Inverse hyperbolic tangent; poles at +-1 (DomainError), principal complex for |x| > 1. ${CR}`, [["atanh(0)", "0"]]],
  ["abs", PARTS, "abs(x)", `Absolute value or complex modulus, exact for exact values (abs(3 + 4i) = 5).`, [["abs(-7/2)", "7/2"], ["abs(3 + 4i)", "5"]]],
  ["sign", PARTS, "sign(x)", `-1, 0 or 1 (decided exactly, or by refinement for reals); z/|z| for complex z.`, [["sign(-3)", "-1"], ["sign(0)", "0"]]],
  ["arg", PARTS, "arg(z)", `Principal argument in (-pi, pi], exact at tabled angles (arg(i) = pi/2). ${CR}`, [["arg(-1)", "pi"], ["arg(1 + i)", "pi/4"]]],
  ["re", PARTS, "re(z)", `Real part, exact.`, [["re(2 + 3i)", "2"]]],
  ["im", PARTS, "im(z)", `Imaginary part, exact.`, [["im(2 + 3i)", "3"]]],
  ["conj", PARTS, "conj(z)", `Complex conjugate, exact.`, [["conj(2 + 3i)", "2 - 3i"]]],
  ["floor", PARTS, "floor(x)", `Largest integer <= x, exact; decided rigorously for reals (LimitError when x may be an integer and cannot be decided).`, [["floor(-7/2)", "-4"], ["floor(pi)", "3"]]],
  ["ceil", PARTS, "ceil(x)", `Smallest integer >= x, exact (decided rigorously for reals).`, [["ceil(7/2)", "4"]]],
  ["trunc", PARTS, "trunc(x)", `Integer part toward zero, exact (decided rigorously for reals).`, [["trunc(-7/2)", "-3"]]],
  ["round", PARTS, "round(x[, n])", `Nearest integer, or nearest multiple of 10^-n with n decimal places; ties away from zero (round(2.5) = 3, round(-2.5) = -3); exact.`, [["round(2.5)", "3"], ["round(-2.5)", "-3"], ["round(3.14159, 2)", "157/50"], ["round(1234, -2)", "1200"]]],
  ["min", PARTS, "min(x, ...)", `Smallest argument (exact comparison; refined for reals).`, [["min(3, 1/2, 2)", "1/2"], ["min([4, 2, 8])", "2"]]],
  ["max", PARTS, "max(x, ...)", `Largest argument (exact comparison; refined for reals).`, [["max(3, 1/2, 2)", "3"], ["max([[1, 5], [3, 2]])", "5"]]],
  ["mod", INTEGER, "mod(a, b)", `a - b*floor(a/b): floored, with the sign of the divisor; exact; modulo by 0 is a DomainError.`, [["mod(-7, 3)", "2"], ["mod(7, -3)", "-2"]]],
  ["rem", INTEGER, "rem(a, b)", `a - b*trunc(a/b): truncated, with the sign of the dividend; exact; b = 0 is a DomainError.`, [["rem(-7, 3)", "-1"]]],
  ["floordiv", INTEGER, "floordiv(a, b)", `floor(a/b), the same as a // b; exact.`, [["floordiv(7, 2)", "3"]]],
  ["factorial", INTEGER, "factorial(n)", `n! exact for integers n >= 0 (size predicted first: factorial(10^9) is a LimitError at once); gamma(x + 1) for other reals.`, [["factorial(5)", "120"], ["factorial(1/2)", "sqrt(pi)/2"]]],
  ["doublefactorial", INTEGER, "doublefactorial(n)", `n!! = n (n-2) (n-4) ... exact for integers n >= -1.`, [["doublefactorial(7)", "105"]]],
  ["binomial", INTEGER, "binomial(n, k)", `Binomial coefficient, exact for an integer k and an integer or rational n (generalized: n(n-1)...(n-k+1)/k!).`, [["binomial(5, 2)", "10"], ["binomial(-1, 3)", "-1"], ["binomial(1/2, 2)", "-1/8"]], ["nCr"]],
  ["gcd", INTEGER, "gcd(a, ...)", `Greatest common divisor of integers, exact (gcd(0, 0) = 0).`, [["gcd(12, 18)", "6"]]],
  ["lcm", INTEGER, "lcm(a, ...)", `Least common multiple of integers, exact.`, [["lcm(4, 6)", "12"]]],
  ["gamma", SPECIAL, "gamma(x)", `Gamma function: exact at positive integers and half-integers (gamma(1/2) = sqrt(pi)); poles at 0, -1, -2, ... are DomainErrors; complex arguments are not supported. ${CR}`, [["gamma(5)", "24"], ["gamma(1/2)", "sqrt(pi)"]]],
  ["lgamma", SPECIAL, "lgamma(x)", `ln|gamma(x)|; exact 0 at 1 and 2; poles at 0, -1, ...; real arguments only. ${CR}`, [["lgamma(1)", "0"]]],
  ["zeta", SPECIAL, "zeta(s)", `Riemann zeta: exact at even positive integers (zeta(2) = pi^2/6) and non-positive integers (zeta(-1) = -1/12); zeta(1) is a pole; real arguments only. ${CR}`, [["zeta(2)", "pi^2/6"], ["zeta(-1)", "-1/12"]]],
  ["erf", SPECIAL, "erf(x)", `Error function; erf(0) = 0; real arguments only. Correctly rounded decimal digits.`, [["erf(0)", "0"]]],
  ["erfc", SPECIAL, "erfc(x)", `Complementary error function 1 - erf(x), without cancellation; erfc(0) = 1; real arguments only.`, [["erfc(0)", "1"]]],
];

const withSpan = <T>(span: readonly [number, number], f: () => T): T => {
  try {
    return f();
  } catch (e) {
    if (e instanceof UlpError) throw e.at(span);
    if (e instanceof RangeError) throw new UlpError("DomainError", "out-of-domain", e.message, { span });
    throw e;
  }
};

const REDUCERS: ReadonlySet<string> = new Set(["min", "max"]);

function flattenNumbers(name: string, args: readonly Value[], call: CallInfo): N.Num[] {
  const out: N.Num[] = [];
  args.forEach((a, i) => {
    for (const v of a.kind === "tensor" ? a.data : [a]) {
      if (!isNum(v)) throw typeError(`${name} compares numbers, got ${describeKind(v)}`, { span: call.argSpans[i] });
      out.push(v);
    }
  });
  if (out.length === 0) throw typeError(`${name} of an empty vector`, { span: call.span });
  return out;
}

const builtins: Builtin[] = DOCS.map(([name, area, signature, doc, examples, aliases]) => ({
  name,
  ...(aliases ? { aliases } : {}),
  area,
  signature,
  doc,
  examples,
  arity: N.scalarFunctionArity(name)!,
  // min and max reduce: over their arguments and over the elements of vectors and matrices among them.
  scalar: !REDUCERS.has(name),
  impl: (args: readonly Value[], call) =>
    withSpan(call.span, () => N.applyFunction(name, (REDUCERS.has(name) ? flattenNumbers(name, args, call) : args) as N.Num[], call.ctx)),
}));

builtins.push(
  {
    name: "isprime",
    area: INTEGER,
    signature: "isprime(n)",
    doc: "true when the integer n is prime: deterministic below 3.3e24 (Miller-Rabin with 13 bases), a strong probable-prime test above.",
    examples: [["isprime(97)", "true"], ["isprime(91)", "false"]],
    arity: [1, 1],
    scalar: true,
    impl: (args, call) => withSpan(call.span, () => bool(N.isPrime(args[0] as N.Num, call.ctx))),
  },
  {
    name: "factorint",
    area: INTEGER,
    signature: "factorint(n)",
    doc: "Prime factorization of an integer n >= 2 as a matrix of [prime, exponent] rows, exact (trial division, then Pollard rho within the time limit).",
    examples: [["factorint(360)", "[[2, 3], [3, 2], [5, 1]]"]],
    arity: [1, 1],
    impl: (args, call) =>
      withSpan(call.span, () => {
        const n = N.toBigInt(args[0] as N.Num, "the argument of factorint");
        if (n < 2n) throw new UlpError("DomainError", "out-of-domain", "factorint needs an integer n >= 2");
        const f = N.factorInt(n, (w) => call.ctx.budget.tick(w));
        return {
          kind: "tensor",
          shape: [f.length, 2],
          data: f.flatMap(([p, e]) => [N.integer(p), N.integer(e)]),
        } satisfies Value;
      }),
  },
);

for (const b of builtins) {
  if (!N.scalarFunctionArity(b.name) && b.name !== "isprime" && b.name !== "factorint") {
    throw new Error(`numbers builtin ${b.name} has no implementation`);
  }
}

defineBuiltins(builtins);

const CONST_DOCS: [string, string][] = [
  ["pi", "The circle constant pi, exact (its decimal digits are computed by MPFR at the precision asked)."],
  ["tau", "2*pi, exact."],
  ["e", "Euler's number e, exact."],
  ["phi", "The golden ratio (1 + sqrt(5))/2, an exact radical."],
  ["i", "The imaginary unit, exact."],
  ["euler", "The Euler-Mascheroni constant (0.5772...), exact symbol."],
  ["catalan", "Catalan's constant (0.9159...), exact symbol."],
  ["inf", "Positive infinity, a non-finite real (IEEE semantics in arithmetic; exact poles stay DomainErrors)."],
  ["nan", "Not a number, a non-finite real."],
];

defineNamedValues(
  CONST_DOCS.map(([name, doc]) => ({ name, area: "Constants", doc, get: () => N.constant(name)! })),
);
