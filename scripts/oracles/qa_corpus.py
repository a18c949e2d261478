#!/usr/bin/env python3
"""QA differential corpus: arithmetic that language models delegate, with expected values from Python's
fractions (exact), mpmath at high precision (decimals, correctly rounded ties-to-even), SymPy (solve, det, inv,
diff/taylor at a point, primality) and numpy (float16/float32 arithmetic for `in fp16`). Writes
test/data/qa/corpus.jsonl. Run: python3 scripts/oracles/qa_corpus.py (deterministic, fixed seed; needs
python3-mpmath, python3-sympy, python3-numpy)."""
import json
import math
import os
import random
from decimal import Decimal, Context, ROUND_HALF_EVEN
from fractions import Fraction

import mpmath
import sympy

R = random.Random(20261126)
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "data", "qa", "corpus.jsonl")
rows = []


def ex(q):
    q = Fraction(q)
    return {"exact": str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"}


def dec(x, digits):
    """x: an mpmath number computed at high precision (or a callable of nothing at the current precision)."""
    with mpmath.workdps(digits + 40):
        v = x() if callable(x) else x
        s = mpmath.nstr(v, digits + 35, min_fixed=1, max_fixed=0)  # d.ddde±x with many guard digits
    d = Context(prec=digits, rounding=ROUND_HALF_EVEN).plus(Decimal(s))
    sign, ds, e = d.as_tuple()
    ds = "".join(map(str, ds)).rstrip("0") or "0"
    exp10 = e + len(d.as_tuple()[1]) - 1
    return {"decimal": ("-" if sign else "") + ds[0] + ("." + ds[1:] if len(ds) > 1 else "") + f"e{exp10:+d}"}


def add(cat, expr, expect, digits=None):
    row = {"cat": cat, "expr": expr, "expect": expect}
    if digits is not None:
        row["digits"] = digits
    rows.append(row)


def fr(q):
    """ulp literal of a Fraction (as a model would write it)."""
    q = Fraction(q)
    if q.denominator == 1:
        return str(q.numerator) if q >= 0 else f"({q.numerator})"
    return f"({q.numerator}/{q.denominator})"


# 1. big integer products and sums
for _ in range(25):
    a = R.randrange(10 ** R.randint(8, 30)) * R.choice([1, -1])
    b = R.randrange(10 ** R.randint(8, 30))
    c = R.randrange(10 ** 12)
    add("bigint", f"{a} * {b} - {c}", ex(a * b - c))
for n in [64, 100, 127, 255, 333]:
    add("bigint", f"2^{n} - 1", ex(2 ** n - 1))
add("bigint", "3^200 mod 1000007", ex(pow(3, 200, 1000007)))
add("bigint", "99999999999 * 99999999999", ex(99999999999 ** 2))

# 2. exact fractions
for _ in range(25):
    a, b, c, d, e, f = (Fraction(R.randint(-50, 50), R.randint(1, 40)) for _ in range(6))
    if e == 0:
        e = Fraction(1, 7)
    add("fraction", f"{fr(a)} + {fr(b)} * {fr(c)} - {fr(d)} / {fr(e)}", ex(a + b * c - d / e))
for _ in range(10):
    p, q, r_, s = R.randint(1, 99), R.randint(2, 99), R.randint(1, 99), R.randint(2, 99)
    add("fraction", f"{p}/{q} + {r_}/{s}", ex(Fraction(p, q) + Fraction(r_, s)))

# 3. percent
for _ in range(12):
    p, base = R.choice([5, 7.5, 12, 15, 18, 20, 33, 2.5, 0.5]), R.randint(10, 5000)
    pf = Fraction(Decimal(str(p)))
    add("percent", f"{p}% of {base}", ex(pf / 100 * base))
    add("percent", f"{base} + {p}%", ex(base * (1 + pf / 100)))
    add("percent", f"{base} - {p}%", ex(base * (1 - pf / 100)))
    add("percent", f"{base} * {p}%", ex(base * pf / 100))

# 4. powers and roots
for _ in range(15):
    b = Fraction(R.randint(-12, 12), R.randint(1, 9))
    n = R.randint(-8, 20)
    if b == 0 and n < 0:
        continue
    add("power", f"{fr(b)}^{n}" if n >= 0 else f"{fr(b)}^({n})", ex(b ** n))
for n in [144, 1024, 12321, 10 ** 20, 998001]:
    add("root", f"sqrt({n})", ex(math.isqrt(n)))
for n in [27, 1000, 3375, 2197]:
    add("root", f"cbrt({n})", ex(round(n ** (1 / 3))))
for n, dg in [(2, 34), (3, 50), (10, 20), (7, 15), (1000, 34), (12345, 40)]:
    add("root", f"sqrt({n})", dec(lambda n=n: mpmath.sqrt(n), dg), dg)
for n, k, dg in [(2, 3, 34), (10, 5, 30), (7, 7, 25), (100, 3, 34)]:
    add("root", f"nthroot({n}, {k})" if False else f"{n}^(1/{k})", dec(lambda n=n, k=k: mpmath.root(n, k), dg), dg)
for b, e_, dg in [("1.05", "10", 34), ("2", "0.3", 34), ("1.5", "2.5", 20), ("10", "-0.5", 30), ("0.5", "0.25", 34)]:
    add("power", f"{b}^{e_}", dec(lambda b=b, e_=e_: mpmath.power(mpmath.mpf(Fraction(b).numerator) / Fraction(b).denominator,
                                                                    mpmath.mpf(Fraction(e_).numerator) / Fraction(e_).denominator), dg), dg)

# 5. mixed decimals (exact)
for _ in range(20):
    xs = [Decimal(R.randint(0, 99999)) / Decimal(10 ** R.randint(0, 4)) for _ in range(4)]
    if R.random() < 0.3:
        xs[0] = -xs[0]
    ops = [R.choice(["+", "-", "*"]) for _ in range(3)]
    text = f"{xs[0]} {ops[0]} {xs[1]} {ops[1]} {xs[2]} {ops[2]} {xs[3]}"
    val = eval(" ".join(f"Fraction('{t}')" if t not in "+-*" else t for t in text.split()))  # our own generated text
    add("decimal", text, ex(val))

# 6. word problems (unit-free)
words = [
    ("(1200 * 0.075) / 12", Fraction(1200) * Fraction("0.075") / 12),
    ("1500 * (1 + 0.05)^3", 1500 * Fraction("1.05") ** 3),
    ("(85 + 92 + 78) / 3", Fraction(85 + 92 + 78, 3)),
    ("250000 * 0.2", Fraction(50000)),
    ("49.99 * 3 * (1 - 0.15)", Fraction("49.99") * 3 * Fraction("0.85")),
    ("(72 - 60) / 60 * 100", Fraction(20)),
    ("3.5 * 24 * 7", Fraction("3.5") * 168),
    ("1000 * (1 + 0.04/12)^12", 1000 * (1 + Fraction("0.04") / 12) ** 12),
    ("12.5% of 640", Fraction(80)),
    ("(19.99 + 5.49) * 1.0825", (Fraction("19.99") + Fraction("5.49")) * Fraction("1.0825")),
    ("60 * 60 * 24 * 365", Fraction(31536000)),
    ("45000 / 12 - 45000 / 12 * 22%", Fraction(45000, 12) * Fraction(78, 100)),
    ("2 * (15 + 7.5) + 2 * 3.25", 2 * (15 + Fraction("7.5")) + 2 * Fraction("3.25")),
    ("8 / 0.25", Fraction(32)),
    ("0.1 * 3 - 0.3", Fraction(0)),
]
for t, v in words:
    add("word", t, ex(v))
add("word", "10000 * (1 + 0.07)^(1/2)", dec(lambda: 10000 * mpmath.sqrt(mpmath.mpf(107) / 100), 34), 34)
add("word", "5000 * e^(0.03 * 10)", dec(lambda: 5000 * mpmath.exp(mpmath.mpf(3) / 10), 34), 34)

# 7. factorials and binomials
for n in [0, 1, 10, 25, 52, 100]:
    add("factorial", f"{n}!", ex(math.factorial(n)))
for n in [7, 10, 15]:
    add("factorial", f"{n}!!", ex(math.prod(range(n, 0, -2))))
for n, k in [(52, 5), (100, 50), (30, 0), (30, 30), (10, 11), (49, 6), (1000, 3)]:
    add("binomial", f"binomial({n}, {k})", ex(math.comb(n, k)))
add("factorial", "10! / (3! * 7!)", ex(120))

# 8. gcd / lcm / mod with negatives
for _ in range(12):
    a, b = R.randint(-10 ** 6, 10 ** 6), R.choice([1, -1]) * R.randint(1, 5000)
    add("mod", f"{a} mod {b}" if a >= 0 else f"({a}) mod {b}", ex(a % b))
    add("mod", f"mod({a}, {b})", ex(a % b))
    add("mod", f"rem({a}, {b})", ex(int(math.fmod(a, b))))
    add("gcd", f"gcd({a}, {b})", ex(math.gcd(a, b)))
    add("gcd", f"lcm({a}, {b})", ex(abs(a * b) // math.gcd(a, b) if a else 0))
add("mod", "(-7) // 2", ex(-4))
add("mod", "7 // -2", ex(-4))
add("mod", "(7/2) mod 1", ex(Fraction(1, 2)))
add("mod", "(-7/2) mod 1", ex(Fraction(1, 2)))
add("mod", "5 mod 0", {"error": "DomainError"})
add("gcd", "gcd(0, 0)", ex(0))

# 9. trig at degrees
for deg, fn in [(30, "sin"), (45, "cos"), (60, "tan"), (37, "sin"), (12.5, "cos"), (89, "tan"), (1, "sin"), (210, "cos"),
                (-45, "tan"), (73, "sin"), (15, "sin"), (18, "cos")]:
    f = {"sin": mpmath.sin, "cos": mpmath.cos, "tan": mpmath.tan}[fn]
    add("trig", f"{fn}({deg}°)", dec(lambda f=f, deg=deg: f(mpmath.mpf(Fraction(str(deg)).numerator) / Fraction(str(deg)).denominator * mpmath.pi / 180), 34), 34)
    add("trig", f"{fn}({deg} deg)", dec(lambda f=f, deg=deg: f(mpmath.mpf(Fraction(str(deg)).numerator) / Fraction(str(deg)).denominator * mpmath.pi / 180), 20), 20)
for x in ["1", "0.5", "2", "-3", "100"]:
    for fn, f in [("sin", mpmath.sin), ("cos", mpmath.cos), ("atan", mpmath.atan)]:
        add("trig", f"{fn}({x})", dec(lambda f=f, x=x: f(mpmath.mpf(Fraction(x).numerator) / Fraction(x).denominator), 34), 34)
add("trig", "asin(1/2) * 180 / pi", ex(30))

# 10. logs in bases
for x, b in [(8, 2), (1000, 10), (81, 3), (2, 8), (10, 2), (100, 7), (0.5, 2), (1e6, 10), (50, 5), (3, 9)]:
    xs = str(x) if not isinstance(x, float) or x != 1e6 else "1e6"
    xq = Fraction(Decimal(str(x)))
    e_ = sympy.log(sympy.Rational(xq.numerator, xq.denominator), b)
    e_ = sympy.simplify(e_)
    if e_.is_Rational:
        add("log", f"log({xs}, {b})", ex(Fraction(int(e_.p), int(e_.q))))
    else:
        add("log", f"log({xs}, {b})", dec(lambda xq=xq, b=b: mpmath.log(mpmath.mpf(xq.numerator) / xq.denominator) / mpmath.log(b), 34), 34)
for x in [2, 3, 10, "0.001", 12345]:
    xq = Fraction(str(x))
    v = lambda xq=xq: mpmath.mpf(xq.numerator) / xq.denominator
    add("log", f"ln({x})", dec(lambda v=v: mpmath.log(v()), 34), 34)
    if x != 10 and x != "0.001":
        add("log", f"log10({x})", dec(lambda v=v: mpmath.log10(v()), 30), 30)
    add("log", f"log2({x})", dec(lambda v=v: mpmath.log(v(), 2), 25), 25)
add("log", "log10(1000)", ex(3))
add("log", "log2(1024)", ex(10))
add("log", "ln(0)", {"error": "DomainError"})
for x in ["0.5", "2", "10", "-1"]:
    add("exp", f"exp({x})", dec(lambda x=x: mpmath.exp(mpmath.mpf(Fraction(x).numerator) / Fraction(x).denominator), 34), 34)

# 11. complex arithmetic (exact Gaussian rationals)
def cx(z):
    return {"complex": [ex(z[0]), ex(z[1])]}


for _ in range(15):
    a, b, c, d = (R.randint(-9, 9) for _ in range(4))
    if c == 0 and d == 0:
        c = 1
    op = R.choice(["*", "/", "+", "-"])
    z1, z2 = (Fraction(a), Fraction(b)), (Fraction(c), Fraction(d))
    if op == "*":
        z = (a * c - b * d, a * d + b * c)
    elif op == "/":
        n = c * c + d * d
        z = (Fraction(a * c + b * d, n), Fraction(b * c - a * d, n))
    elif op == "+":
        z = (a + c, b + d)
    else:
        z = (a - c, b - d)
    add("complex", f"({a} + {b}i) {op} ({c} + {d}i)".replace("+ -", "- "), cx(z))
add("complex", "i^2", ex(-1))
add("complex", "(1 + i)^8", ex(16))
add("complex", "abs(3 + 4i)", ex(5))
add("complex", "sqrt(-4)", cx((0, 2)))
add("complex", "conj(2 - 5i)", cx((2, 5)))
add("complex", "(2 + 3i)^3", cx((-46, 9)))
add("complex", "1 / (1 + i)", cx((Fraction(1, 2), Fraction(-1, 2))))

# 12. small linear systems (exact)
X, Y, Z = sympy.symbols("x y z")
for _ in range(10):
    n = R.choice([2, 3])
    vs = [X, Y, Z][:n]
    while True:
        A = sympy.Matrix(n, n, lambda i, j: R.randint(-6, 6))
        if A.det() != 0:
            break
    bvec = sympy.Matrix(n, 1, lambda i, j: R.randint(-20, 20))
    sol = A.LUsolve(bvec)
    eqs = []
    for i in range(n):
        lhs = " + ".join(f"{A[i, j]}*{vs[j]}" for j in range(n)).replace("+ -", "- ")
        eqs.append(f"{lhs} = {bvec[i]}")
    add("linsys", f"solve([{', '.join(eqs)}], [{', '.join(map(str, vs))}])",
        {"solutions": [[ex(Fraction(int(sympy.fraction(s)[0]), int(sympy.fraction(s)[1]))) for s in sol]]})

# 13. quadratics (real roots ascending; decimals of each root)
for _ in range(12):
    a, b, c = R.choice([1, 1, 2, -3, 5]), R.randint(-12, 12), R.randint(-20, 20)
    roots = sympy.solve(a * X ** 2 + b * X + c, X)
    if not all(r.is_real for r in roots):
        continue
    roots = sorted(set(roots), key=lambda r: float(r))
    exp_ = []
    for r in roots:
        if r.is_Rational:
            exp_.append(ex(Fraction(int(r.p), int(r.q))))
        else:
            exp_.append(dec(lambda r=r: mpmath.mpf(sympy.N(r, 90).__str__()), 34))
    add("quadratic", f"solve({a}x^2 + {b}x + {c} = 0, x)".replace("+ -", "- "), {"solutions": exp_})

# 14. matrix det / inv (exact)
for _ in range(10):
    n = R.choice([2, 3, 4])
    A = sympy.Matrix(n, n, lambda i, j: sympy.Rational(R.randint(-9, 9), R.choice([1, 1, 1, 2, 3])))
    lit = "[" + ", ".join("[" + ", ".join(str(A[i, j]) for j in range(n)) + "]" for i in range(n)) + "]"
    add("matrix", f"det({lit})", ex(Fraction(str(A.det()))))
    if A.det() != 0:
        inv = A.inv()
        add("matrix", f"inv({lit})", {"matrix": [[ex(Fraction(str(inv[i, j]))) for j in range(n)] for i in range(n)]})
add("matrix", "inv([[1, 2], [2, 4]])", {"error": "DomainError"})
add("matrix", "[[1, 2], [3, 4]] * [[5, 6], [7, 8]]", {"matrix": [[ex(19), ex(22)], [ex(43), ex(50)]]})

# 15. constants and functions at several digit counts
for expr_, f in [("pi", lambda: mpmath.pi), ("e", lambda: mpmath.e), ("pi^2/6", lambda: mpmath.pi ** 2 / 6),
                 ("sqrt(2) + sqrt(3)", lambda: mpmath.sqrt(2) + mpmath.sqrt(3)), ("gamma(0.5)", lambda: mpmath.gamma(0.5)),
                 ("exp(pi)", lambda: mpmath.exp(mpmath.pi)), ("atan2(1, 2)", lambda: mpmath.atan2(1, 2)),
                 ("sinh(1)", lambda: mpmath.sinh(1)), ("1/7", lambda: mpmath.mpf(1) / 7), ("phi", lambda: mpmath.phi),
                 ("cos(1)^2 + sin(1)^2 - 1 + 1/3", lambda: mpmath.mpf(1) / 3), ("zeta(3)", lambda: mpmath.zeta(3)),
                 ("erf(0.5)", lambda: mpmath.erf(0.5))]:
    for dg in [5, 15, 34, 60]:
        add("const", expr_, dec(f, dg), dg)

# 16. hard cases: cancellation, huge arguments, near poles, ties in decimal rounding
def at300(f):
    """Evaluate f at 300 digits (cancellation near poles eats the usual guard digits)."""
    with mpmath.workdps(300):
        return +f()


def mq(x):
    q = Fraction(x)
    return mpmath.mpf(q.numerator) / q.denominator


for expr_, f, dg in [
    ("tan(pi/2 - 1e-30)", lambda: mpmath.tan(mpmath.pi / 2 - mq("1e-30")), 34),
    ("tan(pi/2 - 1e-10)", lambda: mpmath.tan(mpmath.pi / 2 - mq("1e-10")), 34),
    ("sqrt(10^20+1) - 10^10", lambda: mpmath.sqrt(mpmath.mpf(10) ** 20 + 1) - mpmath.mpf(10) ** 10, 34),
    ("exp(1e-20) - 1", lambda: mpmath.expm1(mq("1e-20")), 34),
    ("sin(10^22)", lambda: mpmath.sin(mpmath.mpf(10) ** 22), 34),
    ("sin(2^100)", lambda: mpmath.sin(mpmath.mpf(2) ** 100), 34),
    ("cos(10^50)", lambda: mpmath.cos(mpmath.mpf(10) ** 50), 20),
    ("sin(pi*10^20 + 1/10^5)", lambda: mpmath.sin(mq("1e-5")), 34),
    ("expm1(1e-30)", lambda: mpmath.expm1(mq("1e-30")), 34),
    ("log1p(1e-30)", lambda: mpmath.log1p(mq("1e-30")), 34),
    ("erfc(10)", lambda: mpmath.erfc(10), 34),
    ("lgamma(100)", lambda: mpmath.loggamma(100), 34),
    ("gamma(1/3)", lambda: mpmath.gamma(mpmath.mpf(1) / 3), 34),
    ("i^i", lambda: mpmath.exp(-mpmath.pi / 2), 34),
    ("2^-1074", lambda: mpmath.mpf(2) ** -1074, 17),
    ("sin(1e-30)", lambda: mpmath.sin(mq("1e-30")), 34),
    ("cos(1e-10) - 1", lambda: mpmath.cos(mq("1e-10")) - 1, 34),
    ("atan(10^30)", lambda: mpmath.atan(mpmath.mpf(10) ** 30), 34),
    ("exp(-1000)", lambda: mpmath.exp(-1000), 34),
    ("exp(1000)", lambda: mpmath.exp(1000), 34),
    ("ln(10^1000)", lambda: 1000 * mpmath.log(10), 34),
    ("sqrt(2)^sqrt(2)", lambda: mpmath.sqrt(2) ** mpmath.sqrt(2), 34),
    ("pi^e - e^pi", lambda: mpmath.pi ** mpmath.e - mpmath.e ** mpmath.pi, 34),
    ("e^(pi*sqrt(163)) - 640320^3 - 744", lambda: mpmath.exp(mpmath.pi * mpmath.sqrt(163)) - mpmath.mpf(640320) ** 3 - 744, 20),
    ("tan(pi/2 + 1e-30)", lambda: at300(lambda: mpmath.tan(mpmath.pi / 2 + mq("1e-30"))), 34),
    ("tan(pi/2 - 1e-20)", lambda: at300(lambda: mpmath.tan(mpmath.pi / 2 - mq("1e-20"))), 34),
    ("tan(3*pi/2 - 1e-30)", lambda: at300(lambda: mpmath.tan(3 * mpmath.pi / 2 - mq("1e-30"))), 34),
    ("zeta(1 + 1e-30)", lambda: at300(lambda: mpmath.zeta(1 + mq("1e-30"))), 34),
    ("gamma(-1 + 1e-30)", lambda: at300(lambda: mpmath.gamma(-1 + mq("1e-30"))), 34),
    ("cot(pi - 1e-30)", lambda: at300(lambda: mpmath.cot(mpmath.pi - mq("1e-30"))), 34),
    ("acos(1 - 1e-40)", lambda: at300(lambda: mpmath.acos(1 - mq("1e-40"))), 34),
    ("atanh(1 - 1e-40)", lambda: at300(lambda: mpmath.atanh(1 - mq("1e-40"))), 34),
    ("1/(pi - 355/113)", lambda: at300(lambda: 1 / (mpmath.pi - mpmath.mpf(355) / 113)), 34),
]:
    add("hard", expr_, dec(f, dg), dg)
for expr_, z, dg in [("exp(1 + i)", lambda: mpmath.exp(mpmath.mpc(1, 1)), 34), ("log(3 + 4i)", lambda: mpmath.log(mpmath.mpc(3, 4)), 34),
                     ("sqrt(2 + 3i)", lambda: mpmath.sqrt(mpmath.mpc(2, 3)), 30), ("(1 + 2i)^(1/3)", lambda: mpmath.power(mpmath.mpc(1, 2), mpmath.mpf(1) / 3), 25),
                     ("sin(1 + i)", lambda: mpmath.sin(mpmath.mpc(1, 1)), 34), ("gamma(1 + i)", lambda: mpmath.gamma(mpmath.mpc(1, 1)), 20)]:
    add("hard", expr_, {"complex": [dec(lambda z=z: z().real, dg), dec(lambda z=z: z().imag, dg)]}, dg)


def dq(q, digits):
    """Exact rational q correctly rounded (ties to even) at digits significant digits."""
    q = Fraction(q)
    c = Context(prec=digits, rounding=ROUND_HALF_EVEN)
    d = c.divide(Decimal(q.numerator), Decimal(q.denominator))
    sign, ds, e = d.as_tuple()
    s = "".join(map(str, ds)).rstrip("0") or "0"
    x = e + len(ds) - 1
    return {"decimal": ("-" if sign else "") + s[0] + ("." + s[1:] if len(s) > 1 else "") + f"e{x:+d}"}


for t, dg in [("0.125", 2), ("0.135", 2), ("-0.125", 2), ("2.5", 1), ("3.5", 1), ("99995", 4), ("99985", 4), ("1/8000000", 1),
              ("0.000000125", 2), ("125000000", 2), ("2^200", 20), ("1/3", 5), ("2/3", 1), ("-2/3", 3), ("100!", 10), ("10^-400", 3),
              ("1e400 + 1", 5), ("0.5", 1), ("1.5", 1), ("0.05", 1), ("0.15", 1), ("0.25", 1), ("123456789012345678901234567890123456789", 34)]:
    if t == "10^-400":
        add("ties", t, dq(Fraction(1, 10 ** 400), dg), dg)
        continue
    add("ties", t, dq(eval(t.replace("^", "**").replace("!", "").replace("100", "__import__('math').factorial(100)") if t == "100!" else
                           "Fraction(" + repr(t) + ")" if "^" not in t and "e" not in t else
                           t.replace("^", "**").replace("1e400", "10**400"), {"Fraction": Fraction}), dg), dg)
add("hard", "(1 + 1e-15)^(10^15)", {"error": "LimitError"}, 20)  # exact rational with ~1.5e16 digits: refused honestly
add("vector", "min([3, 1, 2])", ex(1))
add("vector", "max([3, 1, 2])", ex(3))
add("vector", "sum([1/2, 1/3, 1/6])", ex(1))
add("vector", "mean([1, 2, 3, 4])", ex(Fraction(5, 2)))

# 17. random elementary functions at random rational arguments and digit counts (mpmath at digits + 40)
FUNS = [("sin", mpmath.sin, None), ("cos", mpmath.cos, None), ("tan", mpmath.tan, None), ("asin", mpmath.asin, (-1, 1)),
        ("acos", mpmath.acos, (-1, 1)), ("atan", mpmath.atan, None), ("sinh", mpmath.sinh, (-50, 50)), ("cosh", mpmath.cosh, (-50, 50)),
        ("tanh", mpmath.tanh, None), ("asinh", mpmath.asinh, None), ("acosh", mpmath.acosh, (1, 1e6)), ("atanh", mpmath.atanh, (-1, 1)),
        ("exp", mpmath.exp, (-200, 200)), ("ln", mpmath.log, (0, None)), ("log10", mpmath.log10, (0, None)), ("log2", lambda x: mpmath.log(x, 2), (0, None)),
        ("sqrt", mpmath.sqrt, (0, None)), ("cbrt", mpmath.cbrt, None), ("gamma", mpmath.gamma, (0.01, 60)), ("lgamma", mpmath.loggamma, (0.01, 1e6)),
        ("erf", mpmath.erf, (-6, 6)), ("erfc", mpmath.erfc, (-3, 20)), ("expm1", mpmath.expm1, (-50, 50)), ("log1p", mpmath.log1p, (-0.99, None))]


def rand_arg():
    kind = R.random()
    if kind < 0.5:
        return Fraction(R.randint(-2000, 2000), R.choice([1, 3, 7, 10, 100, 1000, 997]))
    if kind < 0.75:
        return Fraction(R.randint(1, 99), 10 ** R.randint(5, 25)) * R.choice([1, -1])
    return Fraction(R.randint(1, 999) * 10 ** R.randint(3, 12), R.choice([1, 7]))


def lit(q):
    return f"({q.numerator}/{q.denominator})" if q.denominator != 1 else (f"({q.numerator})" if q < 0 else str(q.numerator))


count = 0
while count < 140:
    name, f, dom = R.choice(FUNS)
    a = rand_arg()
    if dom is not None:
        lo, hi = dom
        if (lo is not None and a <= lo) or (hi is not None and a >= hi):
            continue
    if name in ("gamma",) and a.denominator == 1:
        continue
    dg = R.choice([1, 2, 3, 7, 17, 34, 50])
    with mpmath.workdps(dg + 60):
        x = mpmath.mpf(a.numerator) / a.denominator
        v = f(x)
        if v == 0 or not mpmath.isfinite(v) or (hasattr(v, "imag") and isinstance(v, mpmath.mpc)):
            continue
    add("random", f"{name}({lit(a)})", dec(lambda f=f, a=a: f(mpmath.mpf(a.numerator) / a.denominator), dg), dg)
    count += 1
count = 0
while count < 30:  # powers with rational exponents
    b = Fraction(R.randint(1, 500), R.choice([1, 3, 10, 7]))
    e_ = Fraction(R.randint(-30, 30), R.choice([2, 3, 5, 7, 10]))
    if e_.denominator == 1:
        continue
    dg = R.choice([3, 17, 34, 50])
    add("random", f"{lit(b)}^{lit(e_)}", dec(lambda b=b, e_=e_: mpmath.power(mpmath.mpf(b.numerator) / b.denominator, mpmath.mpf(e_.numerator) / e_.denominator), dg), dg)
    count += 1
count = 0
while count < 30:  # complex elementary functions with rational parts
    name, f = R.choice([("exp", mpmath.exp), ("log", mpmath.log), ("sqrt", mpmath.sqrt), ("sin", mpmath.sin), ("cos", mpmath.cos),
                        ("tan", mpmath.tan), ("atan", mpmath.atan), ("asin", mpmath.asin), ("sinh", mpmath.sinh)])
    re_, im_ = Fraction(R.randint(-40, 40), R.choice([1, 4, 10])), Fraction(R.randint(-40, 40), R.choice([1, 4, 10]))
    if im_ == 0 or re_ == 0:
        continue
    dg = R.choice([5, 17, 34])
    z = lambda f=f, re_=re_, im_=im_: f(mpmath.mpc(mpmath.mpf(re_.numerator) / re_.denominator, mpmath.mpf(im_.numerator) / im_.denominator))
    with mpmath.workdps(dg + 60):
        w = z()
        if w.real == 0 or w.imag == 0:
            continue
    add("random", f"{name}({lit(re_)} + {lit(im_)}*i)", {"complex": [dec(lambda z=z: z().real, dg), dec(lambda z=z: z().imag, dg)]}, dg)
    count += 1

# 18. calculus and algebra checked at a point: subs(diff/taylor/simplify/expand(...), x, 7/10) against SymPy
xs = sympy.Symbol("x")
ATOMS = [xs, xs ** 2, sympy.sin(xs), sympy.cos(xs), sympy.exp(xs), sympy.log(xs + 2), sympy.sqrt(xs + 1), sympy.atan(xs), xs ** 3 - 2 * xs,
         1 / (xs + 3), sympy.tan(xs), sympy.sinh(xs)]


def rand_expr(depth):
    if depth == 0:
        return R.choice(ATOMS) * R.randint(1, 4) + R.randint(-3, 3)
    op = R.choice(["+", "*", "/", "compose", "pow"])
    a, b = rand_expr(depth - 1), rand_expr(depth - 1)
    if op == "+":
        return a + b
    if op == "*":
        return a * b
    if op == "/":
        return a / (b ** 2 + 1)
    if op == "pow":
        return a ** R.randint(2, 3)
    return R.choice([sympy.sin, sympy.exp, sympy.cos])(a / 4)


def ulp_text(e):
    t = sympy.sstr(e).replace("**", "^").replace("log(", "ln(")
    return t


pt = sympy.Rational(7, 10)
count = 0
while count < 40:
    e = rand_expr(R.randint(1, 2))
    kind = R.choice(["diff", "diff2", "taylor", "expand", "simplify"])
    if kind == "diff":
        val, text = sympy.diff(e, xs).subs(xs, pt), f"subs(diff({ulp_text(e)}, x), x, 7/10)"
    elif kind == "diff2":
        val, text = sympy.diff(e, xs, 2).subs(xs, pt), f"subs(diff({ulp_text(e)}, x, 2), x, 7/10)"
    elif kind == "taylor":
        n = R.randint(2, 6)
        ser = sympy.series(e, xs, 0, n + 1).removeO()
        val, text = ser.subs(xs, pt), f"subs(taylor({ulp_text(e)}, x, 0, {n}), x, 7/10)"
    elif kind == "expand":
        val, text = e.subs(xs, pt), f"subs(expand({ulp_text(e)}), x, 7/10)"
    else:
        val, text = e.subs(xs, pt), f"subs(simplify({ulp_text(e)}), x, 7/10)"
    if len(text) > 400:
        continue
    val = sympy.nsimplify(val) if val.is_Rational else val
    if val.is_Rational:
        add("calculus", text, ex(Fraction(int(val.p), int(val.q))))
    else:
        num = sympy.N(val, 80)
        if num == 0 or not num.is_real:
            continue
        add("calculus", text, dec(lambda num=num: mpmath.mpf(str(num)), 20), 20)
    count += 1
# cubics and quartics: real roots ascending (decimals), from SymPy's exact roots
for coeffs in [(1, 0, -3, 1), (1, -6, 11, -6), (2, -3, -3, 2), (1, 0, 0, -2), (1, 1, 1, 1), (1, 0, -7, 6), (1, -3, 3, -1), (1, 0, -5, 0, 4), (1, 0, -10, 0, 1), (1, -2, -1, 2, 0)]:
    poly = sum(c * xs ** (len(coeffs) - 1 - k) for k, c in enumerate(coeffs))
    rts = [r for r in sympy.Poly(poly, xs).all_roots() if r.is_real]
    rts = sorted(set(rts), key=lambda r: float(r))
    cr = sympy.Poly(poly, xs).all_roots()
    if len([r for r in cr if not r.is_real]):
        continue
    exp_ = [ex(Fraction(int(r.p), int(r.q))) if r.is_Rational else dec(lambda r=r: mpmath.mpf(str(sympy.N(r, 90))), 30) for r in rts]
    add("poly", f"solve({ulp_text(sympy.expand(poly))} = 0, x)", {"solutions": exp_}, 30)
# eigenvalues of small symmetric integer matrices (real, ascending)
for _ in range(6):
    n = R.choice([2, 3])
    M = sympy.zeros(n, n)
    for i in range(n):
        for j in range(i, n):
            M[i, j] = M[j, i] = R.randint(-5, 5)
    ev = sorted(set(M.eigenvals().keys()), key=lambda r: float(sympy.re(sympy.N(r, 50))))
    lit_ = "[" + ", ".join("[" + ", ".join(str(M[i, j]) for j in range(n)) + "]" for i in range(n)) + "]"
    exp_ = [ex(Fraction(int(r.p), int(r.q))) if r.is_Rational else dec(lambda r=r: mpmath.mpf(str(sympy.re(sympy.N(r, 90)))), 25) for r in ev]
    add("eigen", f"eigenvalues({lit_})", {"solutions": exp_}, 25)

# 19. random radical arithmetic (sqrt/cbrt of small integers, + - * / and small powers): SymPy decides exact zeros
# and rationals, mpmath at 120 digits gives the decimal otherwise
def rand_rad(depth):
    if depth == 0 or R.random() < 0.3:
        k = R.random()
        if k < 0.45:
            n = R.choice([2, 3, 5, 6, 7, 8, 12, 18, 20, 27, 50, 72])
            return f"sqrt({n})", sympy.sqrt(n)
        if k < 0.6:
            n = R.choice([2, 3, 4, 16, 54])
            return f"cbrt({n})", sympy.cbrt(n)
        q = Fraction(R.randint(-9, 9), R.choice([1, 1, 2, 3]))
        return fr(q), sympy.Rational(q.numerator, q.denominator)
    op = R.choice(["+", "-", "*", "/", "^"])
    ta, ea = rand_rad(depth - 1)
    if op == "^":
        k = R.randint(2, 4)
        return f"({ta})^{k}", ea ** k
    tb, eb = rand_rad(depth - 1)
    if op == "/" and sympy.simplify(eb) == 0:
        return ta, ea
    e = {"+": ea + eb, "-": ea - eb, "*": ea * eb, "/": ea / eb}[op]
    return f"({ta}) {op} ({tb})", e


count = 0
while count < 60:
    t, e0 = rand_rad(R.randint(2, 3))
    e = sympy.radsimp(sympy.simplify(e0))
    if e.is_Rational:
        add("radical", t, ex(Fraction(int(e.p), int(e.q))))
    else:
        v = sympy.N(e0, 120)
        if abs(v) < sympy.Float("1e-60"):
            continue
        add("radical", t, dec(lambda v=v: mpmath.mpf(str(v)), 30), 30)
    count += 1

# 20. primality on strong pseudoprimes (SymPy's isprime is BPSW, exact below 2^64 and without known counterexamples)
for n in [561, 41041, 3215031751, 3825123056546413051, 318665857834031151167461, 3317044064679887385961981,
          1287836182261 * 2575672364521 * 3, 2 ** 89 - 1, 2 ** 127 - 1, 10 ** 30 + 57, 2 ** 67 - 1, 170141183460469231731687303715884105727]:
    add("prime", f"isprime({n})", {"boolean": bool(sympy.isprime(n))})
for n in [3317044064679887385961981, 2 ** 67 - 1, 600851475143]:
    f = sympy.factorint(n)
    add("prime", f"factorint({n})", {"matrix": [[ex(p), ex(e)] for p, e in sorted(f.items())]})

# 21. nsolve on equations models delegate (doubling time, logs, transcendental), references from mpmath.findroot
for expr_, f in [
    ("nsolve(2^x = 3, x)", lambda: at300(lambda: mpmath.log(3, 2))),
    ("nsolve(2^x = 3, x, [1, 2])", lambda: at300(lambda: mpmath.log(3, 2))),
    ("nsolve(1.05^x = 2, x)", lambda: at300(lambda: mpmath.log(2) / mpmath.log(mpmath.mpf(105) / 100))),
    ("nsolve(10^x = 5, x)", lambda: at300(lambda: mpmath.log10(5))),
    ("nsolve(x^x = 10, x, 2)", lambda: at300(lambda: mpmath.findroot(lambda x: x ** x - 10, 2.5))),
    ("nsolve(exp(x) = 3, x)", lambda: at300(lambda: mpmath.log(3))),
    ("nsolve(x*exp(x) = 1, x)", lambda: at300(lambda: mpmath.lambertw(1).real)),
    ("nsolve(cos(x) = x, x)", lambda: at300(lambda: mpmath.findroot(lambda x: mpmath.cos(x) - x, 0.7))),
    ("nsolve(ln(x) = 1, x, 2)", lambda: at300(lambda: mpmath.e)),
    ("nsolve(x^3 = 2, x, [0, 2])", lambda: at300(lambda: mpmath.cbrt(2))),
]:
    add("nsolve", expr_, {"solutions": [dec(f, 34)]}, 34)

# 22. `expr in fp16/fp32`: every operation rounded to the format, against numpy's float16/float32 arithmetic
# (each + - * / of two float16s is computed exactly enough in float32 and rounded once, so numpy is correctly rounded)
import numpy as np  # noqa: E402  (only this section needs numpy)


def fmt_lit():
    k = R.random()
    if k < 0.5:
        return str(R.randint(-300, 300))
    return f"{R.randint(-999, 999)}/{R.randint(1, 97)}"


def fmt_val(s, T):
    if "/" in s:
        a, b = s.split("/")
        return T(T(int(a)) / T(int(b)))
    return T(int(s))


for fmt, T, U in [("fp16", np.float16, np.uint16), ("fp32", np.float32, np.uint32)]:
    for _ in range(25):
        a, b, c = fmt_lit(), fmt_lit(), fmt_lit()
        o1, o2 = R.choice("+-*/"), R.choice("+-*/")
        with np.errstate(all="ignore"):
            A, B, C = fmt_val(a, T), fmt_val(b, T), fmt_val(c, T)
            ap = lambda x, o, y: T({"+": x + y, "-": x - y, "*": x * y, "/": x / y}[o])
            r = ap(A, o1, ap(B, o2, C)) if (o2 in "*/" and o1 in "+-") else ap(ap(A, o1, B), o2, C)
        if not np.isfinite(r):
            continue
        add("format", f"(({a}) {o1} ({b}) {o2} ({c})) in {fmt}", {"bits": hex(int(np.array([r]).view(U)[0]))})

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as fh:
    for r in rows:
        fh.write(json.dumps(r) + "\n")
print(len(rows), "rows ->", OUT)
