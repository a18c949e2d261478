#!/usr/bin/env python3
"""Oracle for the exact numeric tower (test/numbers/oracle.test.ts): SymPy evaluates each expression exactly,
mpmath gives its value to 60 digits, and Python's Decimal rounds it to 30 significant digits (ties to even).
Writes test/data/numbers/exact.jsonl: {"expr", "kind": rational|real|complex|pole, "exact"?: "p/q", "re", "im"?}.
Run: python3 scripts/oracles/numbers_exact.py > test/data/numbers/exact.jsonl"""
import json
import re as re_mod
import random
from decimal import Decimal, ROUND_HALF_EVEN, getcontext
import sympy as sp

getcontext().prec = 80
DIGITS = 30


def cbrt(x):
    return sp.real_root(x, 3)


def nthroot(x, n):
    return sp.real_root(x, n)


NAMES = {
    "i": sp.I, "e": sp.E, "pi": sp.pi, "ln": sp.log, "log": sp.log, "sqrt": sp.sqrt, "cbrt": cbrt,
    "nthroot": nthroot, "exp": sp.exp, "sin": sp.sin, "cos": sp.cos, "tan": sp.tan, "sec": sp.sec,
    "csc": sp.csc, "cot": sp.cot, "asin": sp.asin, "acos": sp.acos, "atan": sp.atan, "atan2": sp.atan2,
    "sinh": sp.sinh, "cosh": sp.cosh, "tanh": sp.tanh, "asinh": sp.asinh, "acosh": sp.acosh,
    "atanh": sp.atanh, "gamma": sp.gamma, "zeta": sp.zeta, "factorial": sp.factorial,
    "binomial": sp.binomial, "abs": sp.Abs, "arg": sp.arg, "hypot": lambda a, b: sp.sqrt(a**2 + b**2),
    "log2": lambda x: sp.log(x, 2), "log10": lambda x: sp.log(x, 10), "phi": sp.GoldenRatio,
    "erf": sp.erf, "erfc": sp.erfc, "lgamma": sp.loggamma, "floor": sp.floor, "ceil": sp.ceiling,
}


def sci(x):
    """x (an mpmath/sympy Float with 60 digits) rounded to DIGITS significant digits as d.ddd...e+-x."""
    d = Decimal(str(sp.N(x, 70)))
    if d == 0:
        return "0"
    q = d.quantize(Decimal(1).scaleb(d.adjusted() - DIGITS + 1), rounding=ROUND_HALF_EVEN)
    s, digits, exp = q.as_tuple()
    ds = "".join(map(str, digits))[:DIGITS]
    e10 = q.adjusted()
    return ("-" if s else "") + ds[0] + ("." + ds[1:] if len(ds) > 1 else "") + f"e{e10:+d}"


def case(expr):
    try:
        v = sp.sympify(re_mod.sub(r"(\d)i", r"\1*i", expr).replace("^", "**"), locals=NAMES)
    except ZeroDivisionError:
        return {"expr": expr, "kind": "pole"}
    if v.has(sp.zoo) or v.has(sp.nan) or v.has(sp.oo) or (v.is_number and not sp.N(v).is_finite):
        return {"expr": expr, "kind": "pole"}
    v = sp.simplify(v) if len(str(v)) < 200 else v
    if v.is_Rational:
        return {"expr": expr, "kind": "rational", "exact": str(v), "re": sci(v)}
    re, im = v.as_real_imag()
    re = sp.N(re, 70)
    im = sp.N(im, 70)
    if abs(im) < sp.Float("1e-60"):
        return {"expr": expr, "kind": "real", "re": sci(re)}
    return {"expr": expr, "kind": "complex", "re": sci(re) if abs(re) > sp.Float("1e-60") else "0", "im": sci(im)}


def cases():
    out = []
    for n in list(range(1, 41)) + [48, 72, 98, 200, 1000, 1024, 4096, 10**6 + 3]:
        out += [f"sqrt({n})", f"cbrt({n})", f"sqrt(-{n})"]
    out += [f"nthroot({n}, {k})" for n in [2, 16, 81, 96, 243, 1000, 3125] for k in [4, 5, 6]]
    out += [f"sqrt({p}/{q})" for p, q in [(1, 2), (2, 3), (8, 27), (9, 4), (5, 12)]]
    for m in [1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 24]:
        for k in range(-13, 14):
            for f in ["sin", "cos", "tan"]:
                out.append(f"{f}({k}*pi/{m})")
    out += [f"{f}({x})" for f in ["asin", "acos", "atan"] for x in
            ["0", "1/2", "-1/2", "sqrt(2)/2", "-sqrt(3)/2", "1", "-1", "sqrt(3)", "sqrt(3)/3", "2 - sqrt(3)", "1/3", "2", "-3"]]
    out += [f"atan2({y}, {x})" for y in [-2, -1, 0, 1, 3] for x in [-2, -1, 1, 3] ]
    out += [f"log({a}, {b})" for a in [2, 8, 9, 27, 1000, 10, 7, "1/8", "1/9"] for b in [2, 3, 10, "1/2"]]
    out += [f"gamma({k}/2)" for k in range(-9, 12) if k != 0]
    out += [f"zeta({k})" for k in range(-7, 13) if k != 1] + ["zeta(1/2)", "zeta(3)"]
    out += [f"factorial({k})" for k in [0, 1, 7, 25]] + [f"binomial({n}, {k})" for n, k in [(10, 3), (50, 25), (-3, 2)]]
    out += ["exp(1)", "exp(-2)", "exp(1/3)", "ln(2)", "ln(1/10)", "log2(10)", "log10(2)", "ln(-2)"]
    out += ["sinh(1)", "cosh(-2)", "tanh(1/2)", "asinh(1)", "acosh(2)", "atanh(1/2)", "acosh(1/2)", "atanh(2)"]
    out += ["erf(1/2)", "erfc(3)", "lgamma(1/3)", "gamma(1/3)", "gamma(7/3)"]
    # complex principal branches
    zs = ["3 + 4i", "-3 + 4i", "-3 - 4i", "1 + i", "-1", "-i", "2i", "1/2 - 3/2*i", "-5"]
    for z in zs:
        for f in ["sqrt", "ln", "exp", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "abs", "arg"]:
            out.append(f"{f}({z})")
    out += ["(-8)^(1/3)", "(-1)^(1/2)", "(-4)^(3/2)", "i^i", "(1 + i)^(1 + i)", "2^i", "(-2)^(1/5)", "(3 + 4i)^(1/2)",
            "asin(2)", "acos(-3)", "(1 + 2i)^10", "(2 - i)/(1 + 3i)"]
    # radical arithmetic
    rnd = random.Random(7)
    for _ in range(40):
        d = rnd.choice([2, 3, 5, 6, 7])
        a, b, c, e = (rnd.randint(-9, 9) for _ in range(4))
        if c == 0 and e == 0:
            c = 1
        out.append(f"({a} + {b}*sqrt({d}))/({c} + {e}*sqrt({d}))")
    for _ in range(15):
        a, b = rnd.randint(1, 9), rnd.randint(1, 9)
        out.append(f"(sqrt({a}) + sqrt({b + 10}))^3")
    out += ["sqrt(2 + sqrt(2))^2", "1/sqrt(2 + sqrt(2))", "sqrt(5 + sqrt(3))*sqrt(5 - sqrt(3))", "cbrt(1 + sqrt(2))^3",
            "sqrt(1 - i)", "sqrt(3 - 4*sqrt(2)*i)", "nthroot(7 + 5*sqrt(2), 3)", "1/(1 + sqrt(2 + sqrt(2)))"]
    out += ["tan(pi/2)", "cot(0)", "log(0)", "gamma(0)", "gamma(-3)", "zeta(1)"]
    return out


if __name__ == "__main__":
    for e in cases():
        print(json.dumps(case(e)))
