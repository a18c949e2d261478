"""Generate test/data/formats/mldtypes.json: float64 inputs and the codes that ml_dtypes (Google's reference NumPy
dtypes for ML formats) and NumPy's float16 give when converting them, round-to-nearest-even.

Run with numpy and ml_dtypes installed (e.g. a venv with `pip install ml_dtypes`):
    python3 scripts/oracles/formats_mldtypes.py > test/data/formats/mldtypes.json
Inputs: signed zeros, infinities, NaN, values around each format's extremes and subnormals, exact midpoints
(ties) between adjacent values, and random doubles spread over the exponent range; fixed seed.
"""
import json
import struct

import ml_dtypes
import numpy as np

FORMATS = {
    "fp16": np.float16,
    "bf16": ml_dtypes.bfloat16,
    "fp8e4m3": ml_dtypes.float8_e4m3fn,
    "fp8e5m2": ml_dtypes.float8_e5m2,
    "fp6e2m3": ml_dtypes.float6_e2m3fn,
    "fp6e3m2": ml_dtypes.float6_e3m2fn,
    "fp4e2m1": ml_dtypes.float4_e2m1fn,
}
HAS_NAN = {"fp16", "bf16", "fp8e4m3", "fp8e5m2"}


def bits(x: float) -> str:
    return "0x%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def code_of(dtype, x: float) -> int:
    a = np.array([x], dtype=np.float64).astype(dtype)
    width = a.dtype.itemsize
    return int(a.view(np.uint16 if width == 2 else np.uint8)[0])


def inputs(name, dtype, rng):
    xs = [0.0, -0.0, 1.0, -1.0, 0.1, 1 / 3, 2.0 ** -1074, 1e300, -1e300]
    if name in HAS_NAN:
        xs += [float("inf"), float("-inf"), float("nan")]
    info = ml_dtypes.finfo(dtype)
    mx, tiny, sub = float(info.max), float(info.smallest_normal), float(info.smallest_subnormal)
    for v in (mx, tiny, sub):
        for k in (1 - 2 ** -20, 1, 1 + 2 ** -20, 1.5, 0.5, 0.25, 0.75):
            xs += [v * k, -v * k]
    # all codes' values and midpoints between neighbours (ties), capped for 16-bit formats
    width = np.dtype(dtype).itemsize
    n = 1 << (8 * width)
    step = 1 if n <= 256 else 97
    vals = np.arange(0, n, step, dtype=np.uint16 if width == 2 else np.uint8).view(dtype).astype(np.float64)
    vals = sorted(set(float(v) for v in vals if np.isfinite(v)))
    for a, b in zip(vals, vals[1:]):
        if step == 1:
            xs += [(a + b) / 2, a]
    xs += vals[:: max(1, len(vals) // 200)]
    # random doubles over the exponent range of the format (and beyond)
    e_lo = int(np.floor(np.log2(sub))) - 3
    e_hi = int(np.ceil(np.log2(mx))) + 3
    for _ in range(600):
        m = rng.uniform(1, 2)
        e = int(rng.integers(e_lo, e_hi + 1))
        s = -1 if rng.random() < 0.5 else 1
        xs.append(s * m * 2.0 ** e)
    return xs


def main():
    rng = np.random.default_rng(20261126)
    out = {"generator": f"ml_dtypes {ml_dtypes.__version__}, numpy {np.__version__}", "mode": "nearest_even", "cases": {}}
    for name, dtype in FORMATS.items():
        seen = set()
        cases = []
        for x in inputs(name, dtype, rng):
            key = bits(x)
            if key in seen:
                continue
            seen.add(key)
            cases.append([key, code_of(dtype, x)])
        out["cases"][name] = cases
    json.dump(out, __import__("sys").stdout, separators=(",", ":"))


if __name__ == "__main__":
    main()
