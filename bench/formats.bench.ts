// Number formats: the typed-array fast path (roundArray, codes and values, nearest-even) in elements per second,
// against @petamoriken/float16 (fp16) and a straightforward per-element implementation (Math.log2 + scaling),
// plus the exact paths (rational rounding per element, MX quantization, evaluation in fp16).
import { Float16Array } from "@petamoriken/float16";
import { Q } from "../src/numbers/index.js";
import { roundArray, roundNumber, lookupFormat, quantize, sumInFormats, type NumberFormat } from "../src/formats/index.js";
import { table, timeMs, fmtMs, ratio, type BenchOptions, type BenchSection } from "./harness.js";

/** A straightforward per-element rounding to a binary format: scale by the quantum, round half to even. */
function naiveRound(x: number, f: NumberFormat): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const emin = 1 - f.bias;
  const e = Math.max(Math.floor(Math.log2(Math.abs(x))), emin);
  const q = 2 ** (e - f.mbits);
  const s = x / q;
  let r = Math.round(s);
  if (Math.abs(s - Math.trunc(s)) === 0.5) r = 2 * Math.round(s / 2); // ties to even
  return r * q;
}

function data(n: number): Float64Array {
  const x = new Float64Array(n);
  let s = 12345;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1103515245) + 12345) | 0;
    x[i] = ((s >>> 8) / (1 << 24) - 0.5) * 2 ** ((i % 16) - 9); // 16 binades, |x| < 64: activation-like
  }
  return x;
}

/** Median CPU time (user + system) of fn in ms: stable on a shared machine where wall time is not. */
async function cpuMs(fn: () => unknown, reps: number): Promise<number> {
  fn();
  const ts: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = process.cpuUsage();
    fn();
    const u = process.cpuUsage(t0);
    ts.push((u.user + u.system) / 1000);
  }
  ts.sort((a, b) => a - b);
  return ts[Math.floor(ts.length / 2)]!;
}

const meps = (n: number, ms: number) => {
  const perSec = (n / ms) * 1e3;
  return perSec >= 1e6 ? `${(perSec / 1e6).toFixed(0)} M/s` : `${(perSec / 1e3).toFixed(1)} k/s`;
};

export async function run(opts: BenchOptions): Promise<BenchSection[]> {
  const n = opts.quick ? 1 << 12 : 1 << 20; // a 1M-element tensor (larger ones are bound by allocating the outputs)
  const reps = opts.quick ? 1 : 7;
  const x = data(n);
  const x32 = Float32Array.from(x);
  const rows: string[][] = [];
  // the memory floor on this machine: allocate codes and values and copy, no rounding
  const floor = await timeMs(() => {
    const c = new Uint16Array(n);
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      v[i] = x[i]!;
      c[i] = i;
    }
    return c;
  }, reps);
  rows.push(["(copy loop, no rounding)", meps(n, floor), "", "", "", ""]);
  for (const name of ["bf16", "fp8e4m3", "fp8e5m2", "fp16", "fp4e2m1"]) {
    const f = lookupFormat(name)!;
    const ulp64 = await timeMs(() => roundArray(x, f), reps);
    const ulp32 = await timeMs(() => roundArray(x32, f), reps);
    const naive = await timeMs(() => {
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = naiveRound(x[i]!, f);
      return out;
    }, reps);
    const cpu64 = await cpuMs(() => roundArray(x, f), reps);
    rows.push([name, meps(n, ulp64), meps(n, cpu64), meps(n, ulp32), meps(n, naive), ratio(naive, ulp64)]);
  }
  const modeRows: string[][] = [];
  for (const [name, mode, overflow] of [["bf16", "toward_zero", "nonfinite"], ["bf16", "stochastic", "nonfinite"], ["fp8e4m3", "nearest_even", "saturate"], ["fp8e4m3", "stochastic", "saturate"], ["int8", "nearest_even", "nonfinite"]] as const) {
    const ms = await cpuMs(() => roundArray(x, name, mode, { overflow, seed: 1 }), reps);
    modeRows.push([name, mode, overflow, meps(n, ms)]);
  }
  const peer = await timeMs(() => new Float16Array(x), reps);
  const peerBack = await timeMs(() => Float64Array.from(new Float16Array(x)), reps);
  const ours = await timeMs(() => roundArray(x, "fp16"), reps);
  const fp16Rows = [
    ["ulp roundArray(Float64Array, fp16): codes + values", fmtMs(ours), meps(n, ours), "1x"],
    ["@petamoriken/float16 new Float16Array(x): codes only", fmtMs(peer), meps(n, peer), ratio(peer, ours)],
    ["@petamoriken/float16 codes, then values back", fmtMs(peerBack), meps(n, peerBack), ratio(peerBack, ours)],
  ];

  // exact paths
  const m = opts.quick ? 256 : 16_384;
  const small = Array.from(x.subarray(0, m));
  const bf = lookupFormat("bf16")!;
  const exactMs = await timeMs(() => small.map((v) => roundNumber(bf, v, "nearest_even", "nonfinite")), opts.quick ? 1 : 3);
  const q = small.slice(0, m - (m % 32)).map((v) => Q.make(BigInt(Math.round(v * 1e6)), 1_000_000n));
  const mxMs = await timeMs(() => quantize({ values: q, shape: [q.length] }, "mxfp4"), opts.quick ? 1 : 3);
  const terms = Array.from({ length: opts.quick ? 1000 : 10_000 }, () => Q.make(1n, 100n));
  const fp16 = lookupFormat("fp16")!;
  const sumMs = await timeMs(() => sumInFormats(terms, { input: fp16, product: null, acc: fp16, order: "sequential" }), opts.quick ? 1 : 3);
  const exactRows = [
    [`exact rational rounding to bf16 (${m} doubles)`, fmtMs(exactMs), meps(m, exactMs)],
    [`mxfp4 quantize (${q.length} exact values)`, fmtMs(mxMs), meps(q.length, mxMs)],
    [`fsum of ${terms.length} x 0.01 in fp16 (sequential)`, fmtMs(sumMs), meps(terms.length, sumMs)],
  ];

  return [
    {
      title: "Number formats: typed-array rounding (elements per second)",
      markdown: [
        `${n} doubles spread over 16 binades (|x| < 64), nearest-even; ulp returns codes and the decoded values in one pass. Wall-clock rates on a shared 2-core machine vary with the load; the CPU-second column (process.cpuUsage) does not.`,
        "",
        table(["format", "ulp Float64Array", "same, per CPU second", "ulp Float32Array", "per-element naive JS", "ulp vs naive"], rows),
        "",
        table(["fp16 from Float64Array", "time", "elements/s", "peer / ulp"], fp16Rows),
        "",
        table(["format", "mode", "overflow", "Float64Array, per CPU second"], modeRows),
      ].join("\n"),
    },
    {
      title: "Number formats: exact paths",
      markdown: table(["operation", "time", "elements/s"], exactRows),
    },
  ];
}
