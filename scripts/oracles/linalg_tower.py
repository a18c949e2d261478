#!/usr/bin/env python3
"""Exact oracles for matrices over the tower's other exact kinds: Gaussian rationals (a + b i) and Q(sqrt 2)
(a + b sqrt(2)), up to 5x5, from SymPy: det, inv, rank, rref. Entries and results are written in ulp syntax
(i, sqrt(2)). Writes test/data/linalg/tower.json. Run: python3 scripts/oracles/linalg_tower.py"""
import json, random, sys
from pathlib import Path
import sympy as sp

random.seed(5)
I, R2 = sp.I, sp.sqrt(2)

def entry(kind):
    a = sp.Rational(random.randint(-6, 6), random.choice([1, 1, 2, 3]))
    b = sp.Integer(random.choice([-2, -1, 0, 1, 2]))
    return a + b * (I if kind == "gauss" else R2)

def text(e):
    return str(sp.expand(sp.radsimp(e))).replace("I", "i").replace("**", "^")

cases = []
for k in range(80):
    kind = "gauss" if k % 2 == 0 else "sqrt2"
    r = random.randint(1, 5)
    c = r if k % 5 else random.randint(1, 5)
    M = sp.Matrix(r, c, lambda i, j: entry(kind))
    if k % 7 == 0 and r >= 2:
        M[r - 1, :] = M[0, :] * entry(kind)
    case = {"kind": kind, "a": [[text(v) for v in M.row(i)] for i in range(r)], "rank": M.rank(simplify=True)}
    R, piv = M.rref(simplify=True)
    case["rref"] = [[text(v) for v in R.row(i)] for i in range(r)]
    if r == c:
        d = sp.expand(M.det(method="berkowitz"))
        case["det"] = text(d)
        case["inv"] = [[text(v) for v in M.inv().row(i)] for i in range(r)] if sp.simplify(d) != 0 else None
    cases.append(case)

out = Path(__file__).resolve().parents[2] / "test" / "data" / "linalg" / "tower.json"
out.write_text(json.dumps({"generator": "scripts/oracles/linalg_tower.py", "sympy": sp.__version__, "cases": cases}, separators=(",", ":")))
print(f"wrote {len(cases)} cases to {out}", file=sys.stderr)
