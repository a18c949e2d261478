// Shared benchmark helpers: time a function side by side with its peers and report ratios.
// Each bench/<area>.bench.ts exports `run(opts)` returning a markdown section; bench/run.ts collects them.

export interface BenchOptions {
  /** Smoke mode for CI: tiny sizes, one repetition, just proves the benchmark still runs. */
  readonly quick: boolean;
}

export interface BenchSection {
  readonly title: string;
  /** Markdown body (tables and notes), written under the title in bench/RESULTS.md. */
  readonly markdown: string;
}

/**
 * Median wall time in milliseconds of `fn` over `reps` runs after one warm-up run. Use for work of at least a
 * few milliseconds per call; loop inside `fn` for tiny work.
 */
export async function timeMs(fn: () => unknown | Promise<unknown>, reps = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** "12.3 ms" style formatting. */
export function fmtMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  if (ms >= 0.1) return `${ms.toFixed(2)} ms`;
  return `${(ms * 1000).toFixed(1)} µs`;
}

/** Ratio of peer time to ulp time, as "3.2x" (above 1 means ulp is faster). */
export function ratio(peerMs: number, ulpMs: number): string {
  return `${(peerMs / ulpMs).toFixed(peerMs / ulpMs >= 10 ? 0 : 2)}x`;
}

/** A markdown table from a header row and body rows. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
