import { html, type TemplateResult } from 'lit';
import { decimate } from './decimate.js';
import { linePath } from './path.js';

/** A value for a chart: a decimal.js value, a number, or null for a gap. */
export type ChartValue = number | { toNumber(): number } | null;

/** A decimal.js value or a number as a finite number for pixels, or null for a gap. */
export function toNumber(value: ChartValue | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : value.toNumber();
  return Number.isFinite(n) ? n : null;
}

export interface SparklineOptions {
  /** Drawing size in user units; the SVG stretches to its box (CSS sets the real size). */
  width: number;
  height: number;
  /** Text alternative, e.g. "12-month trend: from $4,800.00 to $5,940.00". */
  label: string;
}

const PAD = 2;

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
    const num = toNumber(values[i]);
    ys[i] = num;
    if (num !== null) {
      lo = Math.min(lo, num);
      hi = Math.max(hi, num);
    }
  }
  // A flat series sits in the middle rather than on an edge. Without a value nothing calls `y`.
  const span = hi - lo;
  const y = (v: number) => (span === 0 ? height / 2 : PAD + ((hi - v) / span) * (height - 2 * PAD));
  const step = count > 1 ? width / (count - 1) : 0;
  const x = (i: number) => (count > 1 ? i * step : width / 2);
  // A series longer than the sparkline is wide keeps each unit of width's lowest and highest point,
  // which draws the same picture from at most 2 * width + 2 points.
  const kept = decimate(ys, width);
  const at = (k: number) => x(kept[k]!);
  const level = (k: number) => {
    const v = ys[kept[k]!]!;
    return v === null ? null : y(v);
  };
  const line = linePath(kept.length, at, level);
  const area = linePath(kept.length, at, level, height);
  return html`<svg
    class="sparkline"
    role="img"
    aria-label=${label}
    viewBox="0 0 ${width} ${height}"
    preserveAspectRatio="none"
    focusable="false"
  >
    <path class="sparkline-area" d=${area}></path>
    <path class="sparkline-line" d=${line} vector-effect="non-scaling-stroke"></path>
  </svg>`;
}
