import { svg, type SVGTemplateResult } from 'lit';
import { defaultFormat, LINE_HEIGHT, px, textWidth, type Box, type ChartOptions, type Margin } from './chart.js';
import { band, linear, niceDomain, type Band } from './scale.js';

/** A horizontal line of class `cls` from x1 to x2 at y: a grid line, a baseline, a connector. */
export const hLine = (cls: string, x1: number, x2: number, y: number): SVGTemplateResult =>
  svg`<line class=${cls} x1=${px(x1)} x2=${px(x2)} y1=${px(y)} y2=${px(y)}></line>`;

/** Horizontal grid lines with their labels left of the plot. */
function yAxis(
  ticks: readonly number[],
  y: (v: number) => number,
  left: number,
  right: number,
  format: (value: number) => string,
): SVGTemplateResult {
  return svg`${ticks.map(
    (t) => svg`${hLine('grid', left, right, y(t))}
      <text class="tick" x=${px(left - 6)} y=${px(y(t))} dy="0.35em" text-anchor="end">${format(t)}</text>`,
  )}`;
}

/** Width the tick labels need left of the plot. */
const yAxisWidth = (ticks: readonly number[], format: (value: number) => string): number =>
  Math.max(0, ...ticks.map((t) => textWidth(format(t)))) + 8;

const SAMPLE = 200;

/**
 * How labels under columns fit: every label on one line, staggered on two lines, or only every k-th
 * label (always keeping the last, the most recent month) when even two lines are too tight.
 */
function xLabelLayout(labels: readonly string[], step: number): { rows: 1 | 2; every: number } {
  // Measuring 100,000 labels would cost more than drawing the chart: past SAMPLE labels the widest is
  // estimated from SAMPLE of them spread evenly (the first and last included), which is an estimate
  // like textWidth itself.
  const count = labels.length;
  const stride = count > SAMPLE ? (count - 1) / (SAMPLE - 1) : 1;
  let widest = 0;
  for (let k = 0; k < Math.min(count, SAMPLE); k++) {
    widest = Math.max(widest, textWidth(labels[Math.round(k * stride)]!));
  }
  widest += 4;
  if (widest <= step) return { rows: 1, every: 1 };
  if (widest <= 2 * step) return { rows: 2, every: 1 };
  return { rows: 1, every: Math.ceil(widest / step) };
}

/** Labels centred under columns, staggered or thinned as `xLabelLayout` decided. */
function xAxis(
  labels: readonly string[],
  xs: Band,
  top: number,
  layout: { rows: 1 | 2; every: number },
): SVGTemplateResult {
  // Only the labels drawn are visited: with thousands of columns most are skipped.
  const shown: number[] = [];
  for (let i = Math.max(0, (labels.length - 1) % layout.every); i < labels.length; i += layout.every) shown.push(i);
  return svg`${shown.map(
    (i) =>
      svg`<text class="category" x=${px(xs.center(i))} y=${px(top + 12 + (layout.rows === 2 && i % 2 === 1 ? LINE_HEIGHT : 0))} text-anchor="middle">${labels[i]}</text>`,
  )}`;
}

/** Where the columns of a column chart go and its labels under them. */
export interface Columns {
  /** One band per label across the plot. */
  xs: Band;
  /** Space around the plot: the given `margin` over the computed one. */
  m: Margin;
  /** The labels under the plot. */
  xAxis: SVGTemplateResult;
}

/**
 * One band per label between `left` and `right` (unless `opts.margin` sets them), with inner padding
 * `padding` and half of it outside, and the labels under them on as many lines as they need.
 */
export function columns(
  labels: readonly string[],
  opts: ChartOptions,
  { top, left, right, padding }: { top: number; left: number; right: number; padding: number },
): Columns {
  left = opts.margin?.left ?? left;
  right = opts.margin?.right ?? right;
  const xs = band(labels.length, left, opts.width - right, padding, padding / 2);
  const layout = xLabelLayout(labels, xs.step);
  const m: Margin = { top, bottom: layout.rows * LINE_HEIGHT + 4, left, right, ...opts.margin };
  return { xs, m, xAxis: xAxis(labels, xs, opts.height - m.bottom, layout) };
}

/**
 * `columns` with a value axis over `values` (from zero when `zero`) at its left: about four ticks at
 * round numbers, as grid lines across the plot with their labels.
 */
export function columnAxes(
  labels: readonly string[],
  values: readonly number[],
  zero: boolean,
  opts: ChartOptions,
  place: { top: number; right: number; padding: number },
): Columns & { y: (value: number) => number; yAxis: SVGTemplateResult } {
  const format = opts.format ?? defaultFormat;
  const { domain, ticks } = niceDomain(values, 4, zero);
  const c = columns(labels, opts, { ...place, left: yAxisWidth(ticks, format) });
  const y = linear(domain[0], domain[1], opts.height - c.m.bottom, c.m.top);
  return { ...c, y, yAxis: yAxis(ticks, y, c.m.left, opts.width - c.m.right, format) };
}

/** The hit area of the columns from `a` to `b`: their steps, the plot's whole height. */
export const columnHit = ({ xs, m }: Columns, height: number, a: number, b = a): Box => ({
  x: xs.slot(a),
  y: m.top,
  width: xs.step * (b - a + 1),
  height: height - m.bottom - m.top,
});
