#!/usr/bin/env python3
"""Exact linear-algebra oracles from SymPy: det, inv, rank, rref, nullspace, charpoly of random integer and
rational matrices up to 8x8 (square and not, some rank-deficient). Writes test/data/linalg/exact.json.
Run: python3 scripts/oracles/linalg_exact.py (SymPy from Debian's python3-sympy)."""
import json, random, sys
from pathlib import Path
import sympy as sp

random.seed(20261126)
x = sp.Symbol("x")

def entry(kind):
    if kind == "int":
        return sp.Integer(random.randint(-9, 9))
    if kind == "small":
        return sp.Integer(random.choice([-1, 0, 0, 1, 2]))
    return sp.Rational(random.randint(-12, 12), random.randint(1, 7))

def make(r, c, kind, deficient):
    rows = [[entry(kind) for _ in range(c)] for _ in range(r)]
    if deficient and r >= 2:
        # Replace a row by a rational combination of two others (or a copy), so rank < r.
        i, j = random.sample(range(r), 2)
        k = random.randrange(r)
        a, b = sp.Rational(random.randint(-3, 3), random.randint(1, 3)), sp.Integer(random.randint(-2, 2))
        rows[k] = [a * rows[i][t] + b * rows[j][t] for t in range(c)] if k not in (i, j) else list(rows[i])
        if k == i:
            rows[k] = [2 * v for v in rows[j]]
    return sp.Matrix(rows)

s = lambda q: str(sp.Rational(q))
rows_of = lambda M: [[s(v) for v in M.row(i)] for i in range(M.rows)]

cases = []
for n in range(340):
    square = n % 4 != 3
    r = random.randint(1, 8)
    c = r if square else random.randint(1, 8)
    kind = ["int", "rat", "small"][n % 3]
    M = make(r, c, kind, deficient=(n % 5 == 0))
    R, piv = M.rref()
    case = {
        "a": rows_of(M),
        "rank": M.rank(),
        "rref": rows_of(R),
        "pivots": list(piv),
        "nullspace": [[s(v) for v in vec] for vec in M.nullspace()],
    }
    if square:
        d = M.det(method="bareiss")
        case["det"] = s(d)
        case["inv"] = rows_of(M.inv()) if d != 0 else None
        case["charpoly"] = [s(v) for v in M.charpoly(x).all_coeffs()]
    cases.append(case)

out = Path(__file__).resolve().parents[2] / "test" / "data" / "linalg" / "exact.json"
out.parent.mkdir(parents=True, exist_ok=True)
out.write_text(json.dumps({"generator": "scripts/oracles/linalg_exact.py", "sympy": sp.__version__, "cases": cases}, separators=(",", ":")))
print(f"wrote {len(cases)} cases to {out}", file=sys.stderr)
