// The 64-bit LCG of scripts/oracles/linalg_numeric.py, bit for bit: the oracle file stores outputs only.
import type { F64Mat } from "../../src/linalg/index.js";

const M64 = (1n << 64n) - 1n;

export function lcg(seed: number, count: number): Float64Array {
  let s = BigInt(seed) & M64;
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    s = (s * 6364136223846793005n + 1442695040888963407n) & M64;
    out[i] = Number(s >> 11n) / 2 ** 52 - 1;
  }
  return out;
}

export function lcgMat(seed: number, m: number, n: number): F64Mat {
  return { rows: m, cols: n, data: lcg(seed, m * n) };
}
