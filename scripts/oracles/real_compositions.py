#!/usr/bin/env python3
"""Oracle for lazy reals with INEXACT arguments (the derivative-bound, monotone-endpoint and reflection paths of
src/numbers/real-fn.ts / real-special.ts / real-binary.ts): f(g) where g is an irrational like sqrt(3)/7 or
-pi/5. mpmath at 3x the digits plus 30 guard digits, rounded to nearest-even at `digits` significant digits.
Writes test/data/numbers/real-compositions.jsonl ({"expr", "digits", "expected": "d.ddde+x"})."""
import json
import random
import mpmath as mp
from decimal import Decimal, localcontext, ROUND_HALF_EVEN

rng = random.Random(20261126)
INNER = [
    ("sqrt(3)/7", lambda: mp.sqrt(3) / 7),
    ("sqrt(2)", lambda: mp.sqrt(2)),
    ("pi/5", lambda: mp.pi / 5),
    ("e/3", lambda: mp.e / 3),
    ("exp(1/3)", lambda: mp.exp(mp.mpf(1) / 3)),
    ("ln(7)", lambda: mp.log(7)),
    ("cbrt(20)", lambda: mp.cbrt(20)),
    ("sqrt(50)", lambda: mp.sqrt(50)),
]
NEG = [("-" + s, (lambda f: (lambda: -f()))(f)) for s, f in INNER]
FUNCS = {
    "exp": (mp.exp, INNER + NEG), "expm1": (mp.expm1, INNER + NEG), "ln": (mp.log, INNER),
    "log1p": (mp.log1p, INNER), "log2": (lambda x: mp.log(x, 2), INNER), "log10": (mp.log10, INNER),
    "sqrt": (mp.sqrt, INNER), "cbrt": (lambda x: mp.sign(x) * mp.cbrt(abs(x)), INNER + NEG),
    "sin": (mp.sin, INNER + NEG), "cos": (mp.cos, INNER + NEG), "tan": (mp.tan, INNER + NEG),
    "sec": (mp.sec, INNER), "csc": (mp.csc, INNER), "cot": (mp.cot, INNER),
    "asin": (mp.asin, [("sqrt(3)/7", INNER[0][1]), ("pi/5", INNER[2][1]), ("-pi/5", NEG[2][1])]),
    "acos": (mp.acos, [("sqrt(3)/7", INNER[0][1]), ("pi/5", INNER[2][1]), ("-e/3", NEG[3][1])]),
    "atan": (mp.atan, INNER + NEG), "sinh": (mp.sinh, INNER + NEG), "cosh": (mp.cosh, INNER + NEG),
    "tanh": (mp.tanh, INNER + NEG), "asinh": (mp.asinh, INNER + NEG),
    "acosh": (mp.acosh, [(s, f) for s, f in INNER if f() > 1]),
    "atanh": (mp.atanh, [(s, f) for s, f in INNER + NEG if abs(f()) < 1]),
    "erf": (mp.erf, INNER + NEG), "erfc": (mp.erfc, INNER + NEG),
    "gamma": (mp.gamma, INNER + NEG), "lgamma": (lambda x: mp.log(abs(mp.gamma(x))), INNER + NEG),
    "zeta": (mp.zeta, [(s, f) for s, f in INNER + NEG if abs(f() - 1) > 0.05]),
}


def sci(x, digits):
    """x rounded to nearest-even at `digits` significant digits, as d.ddde+x: x is known to 3*digits+30 digits
    and irrational, so rounding its long decimal with Decimal(ROUND_HALF_EVEN) is the correct rounding."""
    txt = mp.nstr(x, 3 * digits + 20, strip_zeros=False)
    try:
        long = Decimal(txt)
    except Exception:
        raise SystemExit(f"bad value {txt!r}")
    with localcontext() as ctx:
        ctx.prec = digits
        ctx.rounding = ROUND_HALF_EVEN
        r = +long
    sign, ds, exp = r.as_tuple()
    ds = "".join(map(str, ds)).ljust(digits, "0")
    e10 = exp + len(r.as_tuple()[1]) - 1
    return f"{'-' if sign else ''}{ds[0]}.{ds[1:]}e{e10:+d}"


out = []
for name, (fn, args) in FUNCS.items():
    for src, g in args:
        for digits in (20, 60):
            mp.mp.dps = 3 * digits + 30
            val = fn(g())
            mp.mp.dps = 3 * digits + 30
            out.append({"expr": f"{name}({src})", "digits": digits, "expected": sci(val, digits)})
# two-argument functions
for y, x in [("sqrt(3)/7", "-pi/5"), ("-sqrt(2)", "e/3"), ("pi/5", "sqrt(50)"), ("-ln(7)", "-cbrt(20)")]:
    env = {s: f for s, f in INNER + NEG}
    for digits in (20, 60):
        mp.mp.dps = 3 * digits + 30
        out.append({"expr": f"atan2({y}, {x})", "digits": digits, "expected": sci(mp.atan2(env[y](), env[x]()), digits)})
        out.append({"expr": f"hypot({y}, {x})", "digits": digits, "expected": sci(mp.hypot(env[y](), env[x]()), digits)})
for b, e in [("sqrt(2)", "sqrt(3)/7"), ("pi/5", "-e/3"), ("exp(1/3)", "ln(7)")]:
    env = {s: f for s, f in INNER + NEG}
    for digits in (20, 60):
        mp.mp.dps = 3 * digits + 30
        out.append({"expr": f"({b})^({e})", "digits": digits, "expected": sci(mp.power(env[b](), env[e]()), digits)})

with open("test/data/numbers/real-compositions.jsonl", "w") as fh:
    for row in out:
        fh.write(json.dumps(row) + "\n")
print(len(out), "cases")
