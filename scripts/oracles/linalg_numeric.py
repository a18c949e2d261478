#!/usr/bin/env python3
"""Numeric linear-algebra oracles from numpy (LAPACK): det, solve, inverse, singular values, symmetric and
general eigenvalues, 2-norm condition number, least squares, pseudo-inverse and Cholesky of random float64
matrices up to 200x200. Inputs are not stored: they come from a 64-bit LCG that test/linalg/lcg.ts reproduces
bit for bit, so the data file stays small. Writes test/data/linalg/numeric.json.
Run: python3 scripts/oracles/linalg_numeric.py (numpy from Debian's python3-numpy)."""
import json, sys
from pathlib import Path
import numpy as np

M64 = (1 << 64) - 1

def lcg(seed, count):
    """state' = state * 6364136223846793005 + 1442695040888963407 mod 2^64; value = (state >> 11) / 2^52 - 1."""
    s = seed & M64
    out = []
    for _ in range(count):
        s = (s * 6364136223846793005 + 1442695040888963407) & M64
        out.append((s >> 11) / 2.0**52 - 1.0)
    return out

def mat(seed, m, n):
    return np.array(lcg(seed, m * n), dtype=np.float64).reshape(m, n)

f = lambda a: [float(v) for v in np.asarray(a).ravel()]
cases = []
sizes = [1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 32, 50, 64, 100, 150, 200]
for idx, n in enumerate(sizes):
    seed = 1000 + idx
    A = mat(seed, n, n)
    b = np.array(lcg(seed + 7, n))
    S = A + A.T
    P = A @ A.T + n * np.eye(n)
    ev = np.linalg.eigvals(A)
    ev = sorted(ev, key=lambda z: (abs(z.imag) > 1e-9 * max(1.0, abs(z)), z.real, z.imag))
    inv = np.linalg.inv(A)
    case = {
        "seed": seed, "m": n, "n": n,
        "det": float(np.linalg.det(A)),
        "solve": f(np.linalg.solve(A, b)),
        "inv": f(inv) if n <= 32 else f(inv[0]),
        "sv": f(np.linalg.svd(A, compute_uv=False)),
        "eigsym": f(np.linalg.eigvalsh(S)),
        "eig": [[float(z.real), float(z.imag)] for z in ev],
        "cond": float(np.linalg.cond(A)),
        "chol": f(np.linalg.cholesky(P)) if n <= 32 else f(np.linalg.cholesky(P)[-1]),
    }
    cases.append(case)
for idx, (m, n) in enumerate([(3, 2), (10, 4), (50, 20), (200, 60), (4, 9), (30, 80)]):
    seed = 2000 + idx
    A = mat(seed, m, n)
    b = np.array(lcg(seed + 7, m))
    case = {"seed": seed, "m": m, "n": n, "sv": f(np.linalg.svd(A, compute_uv=False)),
            "lstsq": f(np.linalg.lstsq(A, b, rcond=None)[0]), "pinv0": f(np.linalg.pinv(A)[0]),
            "rank": int(np.linalg.matrix_rank(A))}
    cases.append(case)

out = Path(__file__).resolve().parents[2] / "test" / "data" / "linalg" / "numeric.json"
out.write_text(json.dumps({"generator": "scripts/oracles/linalg_numeric.py", "numpy": np.__version__, "cases": cases}, separators=(",", ":")))
print(f"wrote {len(cases)} cases to {out}; conds: {[round(c.get('cond', 0)) for c in cases]}", file=sys.stderr)
