import { extent } from 'd3-array';
import { area, line } from 'd3-shape';
import { html, svg, type TemplateResult } from 'lit';

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

/**
 * A trend line with a soft area under it, as an `<svg role="img">` whose name is `label`. Pure: no DOM
 * access, no d3-selection. Decimals become numbers only here, for pixels; a null is a gap in the line.
 */
export function sparkline(values: readonly ChartValue[], { width, height, label }: SparklineOptions): TemplateResult {
  const ys = values.map((v) => (v === null ? null : typeof v === 'number' ? v : v.toNumber()));
  const [lo = 0, hi = 0] = extent(ys, (v) => (v === null || !Number.isFinite(v) ? undefined : v));
  // A flat series sits in the middle rather than on an edge.
  const span = hi - lo;
  const y = (v: number) => (span === 0 ? height / 2 : PAD + ((hi - v) / span) * (height - 2 * PAD));
  const step = ys.length > 1 ? width / (ys.length - 1) : 0;
  const x = (i: number) => (ys.length > 1 ? i * step : width / 2);
  const points = ys.map((v, i) => [i, v] as const);
  const defined = (d: readonly [number, number | null]) => d[1] !== null && Number.isFinite(d[1]);
  const linePath = line<readonly [number, number | null]>()
    .defined(defined)
    .x((d) => x(d[0]))
    .y((d) => y(d[1]!))(points);
  const areaPath = area<readonly [number, number | null]>()
    .defined(defined)
    .x((d) => x(d[0]))
    .y0(height)
    .y1((d) => y(d[1]!))(points);
  return html`<svg
    class="sparkline"
    role="img"
    aria-label=${label}
    viewBox="0 0 ${width} ${height}"
    preserveAspectRatio="none"
    focusable="false"
  >
    ${svg`<path class="sparkline-area" d=${areaPath ?? ''}></path>
    <path class="sparkline-line" d=${linePath ?? ''} vector-effect="non-scaling-stroke"></path>`}
  </svg>`;
}
