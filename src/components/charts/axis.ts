import { svg, type SVGTemplateResult } from 'lit';
import { LINE_HEIGHT, px, textWidth } from './chart.js';

/** Horizontal grid lines with their labels left of the plot. */
export function yAxis(
  ticks: readonly number[],
  y: (v: number) => number,
  left: number,
  right: number,
  format: (value: number) => string,
): SVGTemplateResult {
  return svg`${ticks.map(
    (t) => svg`<line class="grid" x1=${px(left)} x2=${px(right)} y1=${px(y(t))} y2=${px(y(t))}></line>
      <text class="tick" x=${px(left - 6)} y=${px(y(t))} dy="0.35em" text-anchor="end">${format(t)}</text>`,
  )}`;
}

/** Width the tick labels need left of the plot. */
export function yAxisWidth(ticks: readonly number[], format: (value: number) => string): number {
  return Math.max(0, ...ticks.map((t) => textWidth(format(t)))) + 8;
}

const SAMPLE = 200;

/**
 * How labels under columns fit: every label on one line, staggered on two lines, or only every k-th
 * label (always keeping the last, the most recent month) when even two lines are too tight.
 */
export function xLabelLayout(labels: readonly string[], step: number): { rows: 1 | 2; every: number } {
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

/** Height the labels under the plot need. */
export const xAxisHeight = (rows: 1 | 2): number => rows * LINE_HEIGHT + 4;

/** Labels centred under columns, staggered or thinned as `xLabelLayout` decided. */
export function xAxis(
  labels: readonly string[],
  center: (i: number) => number,
  top: number,
  layout: { rows: 1 | 2; every: number },
): SVGTemplateResult {
  // Only the labels drawn are visited: with thousands of columns most are skipped.
  const shown: number[] = [];
  for (let i = Math.max(0, (labels.length - 1) % layout.every); i < labels.length; i += layout.every) shown.push(i);
  return svg`${shown.map(
    (i) =>
      svg`<text class="category" x=${px(center(i))} y=${px(top + 12 + (layout.rows === 2 && i % 2 === 1 ? LINE_HEIGHT : 0))} text-anchor="middle">${labels[i]}</text>`,
  )}`;
}
