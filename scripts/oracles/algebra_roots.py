#!/usr/bin/env python3
"""Oracle for ulp's polynomial solver and factorizer: random integer polynomials (degrees 1-12, repeated roots,
clustered roots), their roots from mpmath.polyroots (per square-free factor from SymPy's sqf_list, at 60 digits)
and SymPy's factor_list. Writes test/data/algebra/roots.json. Deterministic (fixed seed)."""
import json
import random
import sys

import mpmath
import sympy

mpmath.mp.dps = 60
x = sympy.Symbol("x")
rng = random.Random(20261126)


def random_poly():
    kind = rng.random()
    if kind < 0.45:
        # plain random integer coefficients
        deg = rng.randint(1, 12)
        coeffs = [rng.randint(-20, 20) for _ in range(deg + 1)]
        if coeffs[0] == 0:
            coeffs[0] = rng.choice([-3, -2, -1, 1, 2, 3])
        return sympy.Poly(coeffs, x), "random"
    if kind < 0.75:
        # products of small factors with multiplicities (repeated roots)
        p = sympy.Integer(rng.choice([1, 1, 2, -3]))
        deg = 0
        while deg < rng.randint(2, 12):
            d = rng.choice([1, 1, 2, 3])
            f = sympy.Poly([rng.randint(1, 4)] + [rng.randint(-6, 6) for _ in range(d)], x)
            m = rng.choice([1, 1, 2, 3])
            if deg + d * m > 12:
                break
            p = p * f.as_expr() ** m
            deg += d * m
        poly = sympy.Poly(sympy.expand(p), x)
        if poly.degree() < 1:
            poly = sympy.Poly(x - 1, x)
        return poly, "repeated"
    # clusters: roots a, a + 10^-k, ... and a random remainder
    k = rng.randint(2, 6)
    a = rng.randint(-5, 5)
    n = rng.randint(2, 4)
    p = sympy.Integer(1)
    for j in range(n):
        p = p * (10**k * x - (a * 10**k + j))
    rest = rng.randint(0, 12 - n)
    if rest:
        p = p * sympy.Poly([1] + [rng.randint(-9, 9) for _ in range(rest)], x).as_expr()
    return sympy.Poly(sympy.expand(p), x), "cluster"


def roots_of(poly):
    out = []
    _, factors = sympy.sqf_list(poly.as_expr(), x)
    for f, m in factors:
        fp = sympy.Poly(f, x)
        cs = [int(c) for c in fp.all_coeffs()]
        if len(cs) == 2:
            rs = [mpmath.mpf(-cs[1]) / cs[0]]
        else:
            rs = mpmath.polyroots(cs, maxsteps=2000, extraprec=2000)
        for r in rs:
            out.extend([mpmath.mpc(r)] * m)
    real = [r.real for r in out if abs(r.imag) < mpmath.mpf(10) ** -45]
    cplx = [r for r in out if abs(r.imag) >= mpmath.mpf(10) ** -45]
    real.sort()
    cplx.sort(key=lambda r: (r.real, r.imag))
    return [[mpmath.nstr(r, 50), "0"] for r in real] + [[mpmath.nstr(r.real, 50), mpmath.nstr(r.imag, 50)] for r in cplx]


def main():
    cases = []
    seen = set()
    while len(cases) < 520:
        poly, kind = random_poly()
        coeffs = [int(c) for c in poly.all_coeffs()]
        key = tuple(coeffs)
        if key in seen:
            continue
        seen.add(key)
        content, factors = sympy.factor_list(poly.as_expr(), x)
        cases.append({
            "kind": kind,
            "coeffs": [str(c) for c in coeffs],  # highest degree first
            "roots": roots_of(poly),
            "factor_content": str(content),
            "factors": [[[str(int(c)) for c in sympy.Poly(f, x).all_coeffs()], int(m)] for f, m in factors],
        })
    # Wilkinson's polynomial of degree 20, and the perturbed one (x^19 coefficient - 2^-23, scaled by 2^23)
    w = sympy.Poly(sympy.prod([x - k for k in range(1, 21)]), x)
    wp = sympy.Poly(w.as_expr() * 2**23 - x**19, x)
    for poly, kind in [(w, "wilkinson"), (wp, "wilkinson-perturbed")]:
        content, factors = sympy.factor_list(poly.as_expr(), x)
        cases.append({
            "kind": kind,
            "coeffs": [str(int(c)) for c in poly.all_coeffs()],
            "roots": roots_of(poly),
            "factor_content": str(content),
            "factors": [[[str(int(c)) for c in sympy.Poly(f, x).all_coeffs()], int(m)] for f, m in factors],
        })
    json.dump({"generator": "scripts/oracles/algebra_roots.py", "mpmath": mpmath.__version__, "sympy": sympy.__version__,
               "digits": 50, "cases": cases}, sys.stdout, indent=None, separators=(",", ":"))


main()
