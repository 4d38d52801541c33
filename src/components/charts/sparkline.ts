import { html, svg, type TemplateResult } from 'lit';
import { decimate } from './decimate.js';

/** A value for a chart: a decimal.js value, a number, or null for a gap. */
export type ChartValue = number | { toNumber(): number } | null;

export interface SparklineOptions {
  /** Drawing size in user units; the SVG stretches to its box (CSS sets the real size). */
  width: number;
  height: number;
  /** Text alternative, e.g. "12-month trend: from $4,800.00 to $5,940.00". */
  label: string;
}

const PAD = 2;

/** A coordinate as d3-path writes it: rounded to three decimals. */
const n = (v: number) => String(Math.round(v * 1000) / 1000);

/**
 * The line and the area under it through the defined points, as SVG path data; a null starts a new run.
 * Written by hand rather than with d3's line(): two straight paths do not need its curves, and every card
 * carries a sparkline, so this keeps about 5 KB (gzip) off each widget. The output is what d3's
 * `line().defined()` and `area().defined()` give.
 */
function paths(points: readonly (readonly [number, number] | null)[], bottom: number): { line: string; area: string } {
  let line = '';
  let area = '';
  let run: (readonly [number, number])[] = [];
  const flush = () => {
    if (!run.length) return;
    const top = run.map(([x, y], i) => `${i ? 'L' : 'M'}${n(x)},${n(y)}`).join('');
    line += run.length === 1 ? `${top}Z` : top;
    const base = run
      .slice()
      .reverse()
      .map(([x]) => `L${n(x)},${n(bottom)}`)
      .join('');
    area += `${top}${base}Z`;
    run = [];
  };
  for (const p of points) {
    if (p) run.push(p);
    else flush();
  }
  flush();
  return { line, area };
}

/**
 * A trend line with a soft area under it, as an `<svg role="img">` whose name is `label`. Pure: no DOM
 * access, no d3-selection. Decimals become numbers only here, for pixels; a null is a gap in the line.
 */
export function sparkline(values: readonly ChartValue[], { width, height, label }: SparklineOptions): TemplateResult {
  const count = values.length;
  const ys: (number | null)[] = new Array<number | null>(count);
  // A loop, not Math.min(...known): spreading 100,000 arguments overflows the stack.
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < count; i++) {
    const v = values[i];
    const num = v === null || v === undefined ? null : typeof v === 'number' ? v : v.toNumber();
    ys[i] = num !== null && Number.isFinite(num) ? num : null;
    if (num !== null && Number.isFinite(num)) {
      lo = Math.min(lo, num);
      hi = Math.max(hi, num);
    }
  }
  if (lo > hi) [lo, hi] = [0, 0];
  // A flat series sits in the middle rather than on an edge.
  const span = hi - lo;
  const y = (v: number) => (span === 0 ? height / 2 : PAD + ((hi - v) / span) * (height - 2 * PAD));
  const step = count > 1 ? width / (count - 1) : 0;
  const x = (i: number) => (count > 1 ? i * step : width / 2);
  // A series longer than the sparkline is wide keeps each unit of width's lowest and highest point,
  // which draws the same picture from at most 2 * width + 2 points.
  const kept = decimate(ys, width);
  const { line, area } = paths(
    kept.map((i) => {
      const v = ys[i]!;
      return v === null ? null : ([x(i), y(v)] as const);
    }),
    height,
  );
  return html`<svg
    class="sparkline"
    role="img"
    aria-label=${label}
    viewBox="0 0 ${width} ${height}"
    preserveAspectRatio="none"
    focusable="false"
  >
    ${svg`<path class="sparkline-area" d=${area}></path>
    <path class="sparkline-line" d=${line} vector-effect="non-scaling-stroke"></path>`}
  </svg>`;
}
