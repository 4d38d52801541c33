import { nice, ticks } from 'd3-array';

/*
 * The two scales the charts need, written out instead of taken from d3-scale. scaleLinear and scaleBand
 * bring d3-interpolate, d3-color, d3-format and d3-time along, none of which a bar chart calls:
 * measured with esbuild --bundle --minify | gzip, a column layout with d3-scale is 29,897 / 11,711
 * bytes (min / gzip), with these functions 3,947 / 1,697, of which d3-array's nice and ticks (which
 * d3-scale uses too) are 3,346 / 1,421.
 */

/** A linear map from [d0, d1] to [r0, r1]; an empty domain (d0 = d1) maps everything to r0. */
export function linear(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/** Equal bands for `n` items across [r0, r1], like d3-scale's scaleBand with `paddingInner` and `paddingOuter`. */
export interface Band {
  /** Distance from one band's start to the next. */
  step: number;
  /** Width of one band (the bar). */
  bandwidth: number;
  /** Start of band `i`. */
  start(i: number): number;
  /** Start of the step around band `i`: the band and half the padding on either side. */
  slot(i: number): number;
  /** Centre of band `i`. */
  center(i: number): number;
}

export function band(n: number, r0: number, r1: number, paddingInner = 0.2, paddingOuter = paddingInner / 2): Band {
  const step = (r1 - r0) / Math.max(1, n - paddingInner + 2 * paddingOuter);
  const bandwidth = step * (1 - paddingInner);
  const first = r0 + step * paddingOuter;
  return {
    step,
    bandwidth,
    start: (i) => first + i * step,
    slot: (i) => first + i * step - (step - bandwidth) / 2,
    center: (i) => first + i * step + bandwidth / 2,
  };
}

/**
 * A domain that contains `values` (and zero when `zero`), widened to round numbers, with about `count`
 * ticks (d3-array's `nice` and `ticks`, as d3-scale's `linear.nice()` does). An empty or flat domain
 * becomes [v - 1, v + 1] or [0, 1] so that a scale never divides by zero.
 */
export function niceDomain(
  values: readonly number[],
  count: number,
  zero: boolean,
): { domain: [number, number]; ticks: number[] } {
  // A loop, not Math.min(...values): spreading 100,000 arguments overflows the stack.
  let lo = zero ? 0 : Infinity;
  let hi = zero ? 0 : -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (lo === hi) [lo, hi] = lo === 0 ? [0, 1] : zero ? [Math.min(0, lo), Math.max(0, hi)] : [lo - 1, hi + 1];
  const [a, b] = nice(lo, hi, count);
  return { domain: [a, b], ticks: ticks(a, b, count) };
}
