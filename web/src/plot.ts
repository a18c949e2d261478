// The plot of a one-variable expression (uPlot): samples come from the engine worker; dragging zooms the x range
// and resamples it, double-click returns to the initial range. Non-real points (NaN) leave gaps.
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { Engine } from "./engine.js";

const INITIAL: [number, number] = [-10, 10];
const SAMPLES = 800;

export class Plot {
  private chart: uPlot | null = null;
  private expr = "";
  private variable = "";
  private generation = 0;
  private yRange: [number, number] = [-1, 1];

  constructor(
    private readonly host: HTMLElement,
    private readonly engine: Engine,
  ) {
    new ResizeObserver(() => this.chart?.setSize(this.size())).observe(host);
    host.addEventListener("dblclick", () => void this.show(this.expr, this.variable, INITIAL));
  }

  private size(): { width: number; height: number } {
    const width = Math.max(240, this.host.clientWidth);
    return { width, height: Math.round(Math.min(320, width * 0.6)) };
  }

  clear(): void {
    this.generation++;
    this.chart?.destroy();
    this.chart = null;
    this.expr = "";
  }

  /** Samples `expr` over `range` and draws it (replacing the previous chart's data). */
  async show(expr: string, variable: string, range: [number, number] = INITIAL): Promise<void> {
    const gen = ++this.generation;
    this.expr = expr;
    this.variable = variable;
    const s = await this.engine.request({ op: "sample", expr, variable, from: range[0], to: range[1], n: SAMPLES });
    if (gen !== this.generation) return;
    const ys = Array.from(s.ys, (y) => (Number.isFinite(y) ? y : null));
    const data: uPlot.AlignedData = [Array.from(s.xs), ys];
    this.yRange = robustRange(ys);
    breakAtPoles(ys, this.yRange);
    this.host.dataset["range"] = `${range[0]},${range[1]}`; // the sampled x range, for tests and curious users
    if (!this.chart) {
      const css = getComputedStyle(document.documentElement);
      const stroke = css.getPropertyValue("--accent").trim() || "#2563eb";
      const axis = css.getPropertyValue("--fg").trim() || "#222";
      const grid = css.getPropertyValue("--grid").trim() || "#8884";
      const axisOpts = { stroke: axis, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } };
      this.chart = new uPlot(
        {
          ...this.size(),
          scales: { x: { time: false }, y: { range: () => this.yRange } },
          cursor: { drag: { x: true, y: false, setScale: true }, bind: { dblclick: () => null } },
          legend: { show: false },
          axes: [axisOpts, axisOpts],
          series: [{ label: variable }, { label: expr, stroke, width: 2, spanGaps: false }],
          hooks: {
            setSelect: [
              (u) => {
                if (u.select.width < 4) return;
                const a = u.posToVal(u.select.left, "x");
                const b = u.posToVal(u.select.left + u.select.width, "x");
                u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
                if (b > a) void this.show(this.expr, this.variable, [a, b]);
              },
            ],
          },
        },
        data,
        this.host,
      );
    } else {
      this.chart.setData(data);
    }
  }
}

/**
 * The y range to show: all samples, unless a few extreme ones (a pole, as in tan x or 1/x) would flatten the curve:
 * then the interquartile range widened 5 times on each side (Tukey-style fences), clipped to the data.
 */
function robustRange(ys: (number | null)[]): [number, number] {
  const v = ys.filter((y): y is number => y !== null).sort((a, b) => a - b);
  if (!v.length) return [-1, 1];
  const q = (p: number) => v[Math.min(v.length - 1, Math.floor(v.length * p))]!;
  const [min, max] = [v[0]!, v[v.length - 1]!];
  const iqr = q(0.75) - q(0.25);
  let [a, b] = [min, max];
  if (iqr > 0 && max - min > 50 * iqr) [a, b] = [Math.max(min, q(0.25) - 5 * iqr), Math.min(max, q(0.75) + 5 * iqr)];
  const pad = (b - a) * 0.08 || Math.max(Math.abs(a) * 0.1, 1);
  return [a - pad, b + pad];
}

/** Leaves a gap where the curve jumps from beyond one edge of the view to beyond the other (a pole), instead of a
 * vertical line across the plot. */
function breakAtPoles(ys: (number | null)[], [lo, hi]: [number, number]): void {
  for (let k = 1; k < ys.length; k++) {
    const a = ys[k - 1];
    const b = ys[k];
    if (a == null || b == null) continue;
    if ((a > hi && b < lo) || (a < lo && b > hi)) ys[k] = null;
  }
}
