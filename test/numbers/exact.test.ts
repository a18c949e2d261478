// Exact special values of the tower: arithmetic, radicals, roots, logs, trig, gamma, zeta, complex branches.
import { describe, it, expect } from "vitest";
import * as N from "../../src/numbers/index.js";
import { exact, num, errorOf, ctxOf } from "./helpers.js";

const cases: [string, string][] = [
  ["0.1 + 0.2", "3/10"],
  ["1/3 + 1/6", "1/2"],
  ["2^200", "1606938044258990275541962092341162602522202993782792835301376"],
  ["factorial(20)", "2432902008176640000"],
  ["sqrt(16)", "4"],
  ["sqrt(8)", "2*sqrt(2)"],
  ["sqrt(-1)", "i"],
  ["sqrt(-8)", "2*sqrt(2)*i"],
  ["sqrt(1/2)", "sqrt(2)/2"],
  ["1/sqrt(2)", "sqrt(2)/2"],
  ["1/(1 + sqrt(2))", "-1 + sqrt(2)"],
  ["(1 + sqrt(5))/2", "(1 + sqrt(5))/2"],
  ["phi^2 - phi", "1"],
  ["sqrt(2)*sqrt(3)", "sqrt(6)"],
  ["sqrt(2)*sqrt(6)", "2*sqrt(3)"],
  ["sqrt(3 + 2*sqrt(2))", "1 + sqrt(2)"],
  ["sqrt(5 + 2*sqrt(6))", "sqrt(2) + sqrt(3)"],
  ["cbrt(-8)", "-2"],
  ["cbrt(16)", "2*cbrt(2)"],
  ["8^(1/3)", "2"],
  ["4^(1/2)", "2"],
  ["2^(1/2)", "sqrt(2)"],
  ["2^(3/2)", "2*sqrt(2)"],
  ["(4/9)^(-1/2)", "3/2"],
  ["(-8)^(1/3)", "1 + sqrt(3)*i"],
  ["0^0", "1"],
  ["nthroot(5, 3)", "cbrt(5)"],
  ["nthroot(32, 5)", "2"],
  ["nthroot(-32, 5)", "-2"],
  ["nthroot(16, 8)", "sqrt(2)"],
  ["ln(1)", "0"],
  ["exp(0)", "1"],
  ["ln(e)", "1"],
  ["ln(e^3)", "3"],
  ["exp(2)", "e^2"],
  ["log(8, 2)", "3"],
  ["log(2, 8)", "1/3"],
  ["log(1/8, 2)", "-3"],
  ["log2(1024)", "10"],
  ["log10(1/1000)", "-3"],
  ["log(27, 9)", "3/2"],
  ["ln(-1)", "pi*i"],
  ["exp(pi*i)", "-1"],
  ["exp(pi*i/2)", "i"],
  ["sin(0)", "0"],
  ["sin(pi/6)", "1/2"],
  ["cos(pi/4)", "sqrt(2)/2"],
  ["tan(pi/3)", "sqrt(3)"],
  ["sin(-pi/3)", "-sqrt(3)/2"],
  ["cos(2*pi/3)", "-1/2"],
  ["cos(pi/5)", "(1 + sqrt(5))/4"],
  ["sin(pi/12)", "(-sqrt(2) + sqrt(6))/4"],
  ["cos(7*pi)", "-1"],
  ["sin(13*pi/6)", "1/2"],
  ["tan(3*pi/4)", "-1"],
  ["sec(pi/3)", "2"],
  ["cot(pi/6)", "sqrt(3)"],
  ["asin(1/2)", "pi/6"],
  ["asin(-1)", "-pi/2"],
  ["acos(-1/2)", "2*pi/3"],
  ["acos(sqrt(2)/2)", "pi/4"],
  ["atan(1)", "pi/4"],
  ["atan(-sqrt(3))", "-pi/3"],
  ["atan2(1, -1)", "3*pi/4"],
  ["atan2(-1, -1)", "-3*pi/4"],
  ["atan2(0, -2)", "pi"],
  ["atan2(-2, 0)", "-pi/2"],
  ["arg(i)", "pi/2"],
  ["arg(-1)", "pi"],
  ["abs(3 + 4i)", "5"],
  ["abs(1 + i)", "sqrt(2)"],
  ["abs(-7/2)", "7/2"],
  ["hypot(3, 4)", "5"],
  ["hypot(1, 2)", "sqrt(5)"],
  ["gamma(5)", "24"],
  ["gamma(1/2)", "sqrt(pi)"],
  ["gamma(5/2)", "3*sqrt(pi)/4"],
  ["gamma(-1/2)", "-2*sqrt(pi)"],
  ["factorial(1/2)", "sqrt(pi)/2"],
  ["lgamma(2)", "0"],
  ["zeta(2)", "pi^2/6"],
  ["zeta(4)", "pi^4/90"],
  ["zeta(0)", "-1/2"],
  ["zeta(-1)", "-1/12"],
  ["zeta(-2)", "0"],
  ["zeta(-3)", "1/120"],
  ["doublefactorial(7)", "105"],
  ["doublefactorial(8)", "384"],
  ["doublefactorial(-1)", "1"],
  ["binomial(10, 3)", "120"],
  ["binomial(-2, 3)", "-4"],
  ["gcd(12, 18, 27)", "3"],
  ["lcm(4, 6, 10)", "60"],
  ["round(5/2)", "3"],
  ["round(-5/2)", "-3"],
  ["round(7/3)", "2"],
  ["floor(-7/2)", "-4"],
  ["ceil(-7/2)", "-3"],
  ["trunc(-7/2)", "-3"],
  ["floor(sqrt(2))", "1"],
  ["floor(-sqrt(2))", "-2"],
  ["floor(pi)", "3"],
  ["ceil(e)", "3"],
  ["round(sqrt(2) + 1/2)", "2"],
  ["mod(-7, 3)", "2"],
  ["mod(7, -3)", "-2"],
  ["rem(-7, 3)", "-1"],
  ["mod(7/2, 1)", "1/2"],
  ["7 // 2", "3"],
  ["-7 // 2", "-4"],
  ["min(3, 1/2, 2)", "1/2"],
  ["max(sqrt(2), 3/2)", "3/2"],
  ["max(sqrt(2), 7/5)", "sqrt(2)"],
  ["sign(-sqrt(2))", "-1"],
  ["sign(3 + 4i)", "3/5 + (4/5)*i"],
  ["(2 + 3i)*(2 - 3i)", "13"],
  ["(1 + 2i)/(3 - 4i)", "-1/5 + (2/5)*i"],
  ["i^2", "-1"],
  ["i^-1", "-i"],
  ["(1 + i)^8", "16"],
  ["sqrt(3 + 4i)", "2 + i"],
  ["sqrt(-3 - 4i)", "1 - 2i"],
  ["conj(2 + 3i)", "2 - 3i"],
  ["re(2 + 3i)", "2"],
  ["im(2 + 3i)", "3"],
  ["pi/4 + pi/4", "pi/2"],
  ["tau/2 - pi", "0"],
  ["pi^2/pi", "pi"],
  ["1/pi", "1/pi"],
  ["2/(3*pi)", "2/(3*pi)"],
  ["sqrt(pi)^2", "pi"],
  ["sqrt(2) + sqrt(3) - sqrt(2)", "sqrt(3)"],
  ["1/(sqrt(2) + sqrt(3))", "-sqrt(2) + sqrt(3)"],
  ["cbrt(2)^3", "2"],
  ["cbrt(2)*cbrt(4)", "2"],
  ["1/cbrt(2)", "cbrt(4)/2"],
  ["sqrt(8)^(-2)", "1/8"],
  ["e*e", "e^2"],
  ["pi + 1", "1 + pi"],
];

describe("exact special values", () => {
  for (const [input, want] of cases) {
    it(`${input} = ${want}`, () => expect(exact(input)).toBe(want));
  }
  it("100! has 158 exact digits", () => {
    const s = exact("factorial(100)");
    expect(s.length).toBe(158);
    expect(s.startsWith("93326215443944152681")).toBe(true);
  });
  it("kinds follow the promotion table", () => {
    expect(num("sqrt(8)").kind).toBe("radical");
    expect(num("pi/4").kind).toBe("symbolic");
    expect(num("sqrt(2)*sqrt(2)").kind).toBe("rational");
    expect(num("phi").kind).toBe("radical");
    expect(num("sin(1)").kind).toBe("real");
    expect(num("exp(1/3)").kind).toBe("real");
    expect(num("2 + 0i").kind).toBe("rational");
  });
});

describe("domain errors carry codes", () => {
  const errs: [string, string][] = [
    ["1/0", "DomainError/division-by-zero"],
    ["0^-1", "DomainError/division-by-zero"],
    ["mod(1, 0)", "DomainError/division-by-zero"],
    ["rem(1, 0)", "DomainError/division-by-zero"],
    ["1 // 0", "DomainError/division-by-zero"],
    ["tan(pi/2)", "DomainError/pole"],
    ["cot(0)", "DomainError/pole"],
    ["csc(pi)", "DomainError/pole"],
    ["log(0)", "DomainError/pole"],
    ["ln(0)", "DomainError/pole"],
    ["gamma(0)", "DomainError/pole"],
    ["gamma(-3)", "DomainError/pole"],
    ["zeta(1)", "DomainError/pole"],
    ["atanh(1)", "DomainError/pole"],
    ["factorial(-1)", "DomainError/pole"],
    ["log(5, 1)", "DomainError/out-of-domain"],
    ["atan2(0, 0)", "DomainError/out-of-domain"],
    ["nthroot(-16, 4)", "DomainError/out-of-domain"],
    ["gamma(i)", "DomainError/out-of-domain"],
    ["gcd(1/2, 3)", "DomainError/not-integer"],
    ["doublefactorial(1/2)", "DomainError/not-integer"],
    ["nthroot(8, 1/2)", "DomainError/not-integer"],
  ];
  for (const [input, want] of errs) it(`${input} -> ${want}`, () => expect(errorOf(() => num(input))).toBe(want));
  it("toBigInt names what it needed", () => {
    expect(() => N.toBigInt(num("1/2"), "the index")).toThrow(/the index must be an integer/);
  });
});

describe("predicates and conversions", () => {
  const ctx = ctxOf({ timeMs: 600_000 });
  it("isExact / isExactZero / isExactInteger", () => {
    expect(N.isExact(num("sqrt(2)"))).toBe(true);
    expect(N.isExact(num("sin(1)"))).toBe(false);
    expect(N.isExactZero(num("sqrt(2) - sqrt(2)"))).toBe(true);
    expect(N.isExactInteger(num("6/3"))).toBe(true);
    expect(N.isExactInteger(num("1/2"))).toBe(false);
  });
  it("fromFloat is the exact binary value", () => {
    expect(N.exactText(N.fromFloat(0.1))).toBe("3602879701896397/36028797018963968");
    expect(N.exactText(N.fromFloat(-2.5))).toBe("-5/2");
    expect(N.exactText(N.fromFloat(2 ** -1074))).toBe(`1/${2n ** 1074n}`);
  });
  it("compare and equals are exact", () => {
    expect(N.compare(num("sqrt(2)") as N.RealLike, num("7/5") as N.RealLike, ctx)).toBe(1);
    expect(N.compare(num("pi") as N.RealLike, num("355/113") as N.RealLike, ctx)).toBe(-1);
    expect(N.compare(num("sqrt(8)") as N.RealLike, num("2*sqrt(2)") as N.RealLike, ctx)).toBe(0);
    expect(N.equals(num("(1 + i)^2"), num("2i"), ctx)).toBe(true);
    expect(N.equals(num("sqrt(2)"), num("1.4142135623730951"), ctx)).toBe(false);
  });
  it("toFloat", () => {
    expect(N.toFloat(num("1/3"), ctx)).toBe(1 / 3);
    expect(N.toFloat(num("sqrt(2)"), ctx)).toBe(Math.SQRT2);
    expect(N.toFloat(num("pi"), ctx)).toBe(Math.PI);
  });
  it("scalarFunctionNames lists the table", () => {
    const names = N.scalarFunctionNames();
    for (const f of ["sqrt", "sin", "gamma", "zeta", "atan2", "nthroot", "log2", "hypot", "doublefactorial"]) {
      expect(names).toContain(f);
    }
  });
});

describe("exact text parses back to the same value", () => {
  const ctx = ctxOf({ timeMs: 600_000 });
  for (const [input] of cases) {
    it(input, () => {
      const v = num(input, ctx);
      const t = N.exactText(v)!;
      const back = num(t, ctx);
      expect(N.exactText(back)).toBe(t);
      expect(N.equals(back, v, ctx)).toBe(true);
    });
  }
  it("powers of constants stay symbolic without size growth", () => {
    expect(exact("pi^(10^6)")).toBe("pi^1000000");
    expect(exact("e^(-3)")).toBe("1/e^3");
    expect(exact("euler*catalan")).toBe("euler*catalan");
  });
});

describe("exact logarithms of radicals", () => {
  const more: [string, string][] = [
    ["log2(sqrt(2))", "1/2"],
    ["log(8, sqrt(2))", "6"],
    ["log10(sqrt(10))", "1/2"],
    ["log(cbrt(4), 2)", "2/3"],
    ["log(2*sqrt(2), 2)", "3/2"],
    ["log(1/sqrt(8), 2)", "-3/2"],
  ];
  for (const [input, want] of more) it(`${input} = ${want}`, () => expect(exact(input)).toBe(want));
  it("log(x, b) stays inexact when no rational exponent exists", () => {
    expect(num("log(3, 2)").kind).toBe("real");
    expect(num("log(sqrt(3), 2)").kind).toBe("real");
  });
});

describe("structural zeros of complex parts stay exact", () => {
  it("exact real or imaginary parts survive products with lazy reals", () => {
    expect(N.exactText((num("acos(2)") as N.ComplexNum).re)).toBe("0");
    expect(N.exactText((num("asin(2)") as N.ComplexNum).re)).toBe("pi/2");
    expect(N.exactText((num("log(-8, 2)") as N.ComplexNum).re)).toBe("3");
    expect(exact("acosh(1/2)")).toBe("(pi/3)*i");
  });
});

describe("nested radicals", () => {
  const nested: [string, string][] = [
    ["cos(pi/8)", "sqrt(2 + sqrt(2))/2"],
    ["sin(pi/8)", "sqrt(2 - sqrt(2))/2"],
    ["sin(pi/5)", "sqrt(2)*sqrt(5 - sqrt(5))/4"],
    ["cos(pi/16)", "sqrt(2 + sqrt(2 + sqrt(2)))/2"],
    ["tan(pi/8)", "-1 + sqrt(2)"],
    ["cos(pi/8)^2 + sin(pi/8)^2", "1"],
    ["sqrt(2 + sqrt(2))^2", "2 + sqrt(2)"],
    ["sqrt(5 + sqrt(3))*sqrt(5 - sqrt(3))", "sqrt(22)"],
    ["cbrt(1 + sqrt(2))^3", "1 + sqrt(2)"],
    ["sqrt(2 + sqrt(3))", "(sqrt(2) + sqrt(6))/2"],
    ["sqrt(1 - i)^2", "1 - i"],
  ];
  for (const [input, want] of nested) it(`${input} = ${want}`, () => expect(exact(input)).toBe(want));
  it("nested text parses back", () => {
    for (const [input] of nested) {
      const t = exact(input);
      expect(exact(t)).toBe(t);
    }
  });
  it("kinds: nested radicals are symbolic", () => {
    expect(num("cos(pi/8)").kind).toBe("symbolic");
  });
});

describe("inverse trig of nested radicals", () => {
  it("asin and acos recognise half angles", () => {
    expect(exact("asin(sqrt(2 - sqrt(2))/2)")).toBe("pi/8");
    expect(exact("acos(sqrt(2 + sqrt(2 + sqrt(2)))/2)")).toBe("pi/16");
    expect(exact("asin(-sin(3*pi/8))")).toBe("-3*pi/8");
  });
});

describe("inverse tangents of radical values", () => {
  const more: [string, string][] = [
    ["atan(sqrt(2) - 1)", "pi/8"],
    ["atan(1 + sqrt(2))", "3*pi/8"],
    ["atan(tan(pi/5))", "pi/5"],
    ["atan(-tan(pi/10))", "-pi/10"],
    ["atan2(1, 1 + sqrt(2))", "pi/8"],
    ["arg(1 + sqrt(3)*i)", "pi/3"],
    ["asin(sin(pi/10))", "pi/10"],
    ["acos(cos(7*pi/12))", "7*pi/12"],
  ];
  for (const [input, want] of more) it(`${input} = ${want}`, () => expect(exact(input)).toBe(want));
});
