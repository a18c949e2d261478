#!/usr/bin/env python3
"""Oracle for the exact integer kernels and exact rational arithmetic (test/numbers/oracle-integers.test.ts):
SymPy's isprime, factorint, factorial, binomial, gcd/lcm and exact Rational evaluation of random expressions.
Writes test/data/numbers/integers.jsonl. Run: python3 scripts/oracles/numbers_integers.py > test/data/numbers/integers.jsonl"""
import json
import random
import sympy as sp

rnd = random.Random(11)
out = []
for _ in range(150):
    n = rnd.choice([rnd.randint(2, 10**6), rnd.randint(2, 10**12), rnd.randint(2, 10**24), rnd.randint(2, 10**40)])
    out.append({"op": "isprime", "n": str(n), "expected": bool(sp.isprime(n))})
for p in [2**61 - 1, 2**89 - 1, 10**18 + 9, 3215031751, 3825123056546413051, 318665857834031151167461]:
    out.append({"op": "isprime", "n": str(p), "expected": bool(sp.isprime(p))})
for _ in range(60):
    n = rnd.choice([rnd.randint(2, 10**9), rnd.randint(2, 10**15),
                    sp.randprime(10**6, 10**7) * sp.randprime(10**7, 10**8) * rnd.randint(1, 1000)])
    out.append({"op": "factorint", "n": str(n), "expected": [[str(p), e] for p, e in sorted(sp.factorint(n).items())]})
for n in [0, 1, 2, 10, 57, 200]:
    out.append({"op": "expr", "expr": f"factorial({n})", "expected": str(sp.factorial(n))})
for n, k in [(30, 15), (200, 100), (7, 0), (-5, 3), (-5, 4), (10**12, 3)]:
    out.append({"op": "expr", "expr": f"binomial({n}, {k})", "expected": str(sp.binomial(n, k))})
for n in [7, 8, 20, 31]:
    out.append({"op": "expr", "expr": f"doublefactorial({n})", "expected": str(sp.factorial2(n))})
for _ in range(40):
    a, b, c = (rnd.randint(-10**9, 10**9) for _ in range(3))
    out.append({"op": "expr", "expr": f"gcd({a}, {b}, {c})", "expected": str(sp.igcd(a, b, c))})
    out.append({"op": "expr", "expr": f"lcm({abs(a) % 10**5 + 1}, {abs(b) % 10**5 + 1})",
                "expected": str(sp.ilcm(abs(a) % 10**5 + 1, abs(b) % 10**5 + 1))})


def rand_rat():
    return sp.Rational(rnd.randint(-99, 99), rnd.randint(1, 40))


for _ in range(120):
    a, b, c, d = (rand_rat() for _ in range(4))
    k = rnd.randint(-5, 7)
    if a == 0 and k < 0:
        a = sp.Rational(1, 3)
    e = f"(({a}) + ({b}))*({c}) - ({d})^({k})"
    v = (a + b) * c - (d**k if not (d == 0 and k < 0) else 0)
    if d == 0 and k < 0:
        continue
    out.append({"op": "expr", "expr": e, "expected": str(v)})
    q = rnd.randint(2, 5)
    base = sp.Rational(rnd.randint(1, 30), rnd.randint(1, 30)) ** q
    out.append({"op": "expr", "expr": f"({base})^(1/{q})", "expected": str(sp.root(base, q))})
    x, y = rand_rat(), rand_rat()
    if y != 0:
        out.append({"op": "expr", "expr": f"mod({x}, {y})", "expected": str(x - y * sp.floor(x / y))})
        out.append({"op": "expr", "expr": f"({x}) // ({y})", "expected": str(sp.floor(x / y))})
for line in out:
    print(json.dumps(line))
