/*
 * The path shapes the charts and sparklines draw, written by hand instead of imported from d3's shape
 * module, which does not tree-shake: importing `line` and `arc` brought all of it and d3-path, about
 * 17 KB minified (4.5 KB gzip), into the CDN file, and the charts need only straight lines, the areas
 * under them and plain annular sectors. The output is what d3's `line().defined()`, `area().defined()`
 * and `arc()` (3.2, no corner radius, no padding) write, coordinates rounded to three decimals as
 * d3-path's `digits(3)` does; the tests compare against strings that d3 produced.
 */

/** d3-path's tolerance for coincident points and empty arcs. */
const EPSILON = 1e-6;
/** d3's shape tolerance for a whole turn and a zero radius (its `math.js`). */
const EPS_SHAPE = 1e-12;
const TAU = 2 * Math.PI;

/** A coordinate as d3-path writes it: rounded to three decimals. */
const n = (v: number): number => Math.round(v * 1000) / 1000;

/**
 * Path data of a polyline through the points `x(i), y(i)` for i in [0, count), where `y(i)` null (or
 * not finite) leaves a gap and starts a new run; a run of one point is written as `M x,y Z`, as d3's
 * `line().defined()` does. With `bottom`, each run is closed down to that y instead: the area under
 * it, as d3's `area().defined()` with `y0` at `bottom` writes it. Accessors rather than an array so
 * that a caller need not build one.
 *
 * @example linePath(3, (i) => i * 10, (i) => [5, null, 7][i]) // 'M0,5ZM20,7Z'
 */
export function linePath(
  count: number,
  x: (i: number) => number,
  y: (i: number) => number | null,
  bottom?: number,
): string {
  let d = '';
  let run = 0;
  // One step past the last point, which ends the last run as a gap would.
  for (let i = 0; i <= count; i++) {
    const v = i < count ? y(i) : null;
    if (v !== null && Number.isFinite(v)) {
      d += `${run === 0 ? 'M' : 'L'}${n(x(i))},${n(v)}`;
      run++;
      continue;
    }
    if (bottom === undefined ? run === 1 : run > 0) {
      // Back along the bottom under the run's points, then closed.
      for (let j = i - 1; bottom !== undefined && j >= i - run; j--) d += `L${n(x(j))},${n(bottom)}`;
      d += 'Z';
    }
    run = 0;
  }
  return d;
}

/**
 * Path data of an annular sector centred on the origin between radii `inner` and `outer` (not less
 * than `inner`), clockwise from angle `start` to `end` (not less than `start`) in radians from 12
 * o'clock; a span of a whole turn is the full annulus (a disc when `inner` is 0). What d3's `arc()`
 * writes with no corner radius and no padding, d3-path's `arc` drawing each of its two arcs.
 *
 * @example arcPath(40, 50, 0, Math.PI / 2) // 'M0,-50A50,50,0,0,1,50,0L40,0A40,40,0,0,0,0,-40Z'
 */
export function arcPath(inner: number, outer: number, start: number, end: number): string {
  if (!(outer > EPS_SHAPE)) return 'M0,0Z';
  const a0 = start - Math.PI / 2;
  const a1 = end - Math.PI / 2;
  const da = Math.abs(a1 - a0);
  const full = da > TAU - EPS_SHAPE;
  const xy = (x: number, y: number) => `${n(x)},${n(y)}`;
  // The current point.
  let cx = outer * Math.cos(a0);
  let cy = outer * Math.sin(a0);
  let d = `M${xy(cx, cy)}`;
  // An arc of radius r from angle `from` to `to`, clockwise (`sweep` 1) or back (0), joined by a line
  // from the current point.
  const arc = (r: number, from: number, to: number, sweep: 0 | 1) => {
    const x0 = r * Math.cos(from);
    const y0 = r * Math.sin(from);
    if (Math.abs(cx - x0) > EPSILON || Math.abs(cy - y0) > EPSILON) d += `L${xy(x0, y0)}`;
    const A = (span: number, x: number, y: number) =>
      `A${n(r)},${n(r)},0,${span >= Math.PI ? 1 : 0},${sweep},${xy(x, y)}`;
    [cx, cy] = [x0, y0];
    if (da > TAU - EPSILON) {
      // A whole circle is two half arcs: one arc command cannot end where it starts.
      d += A(Math.PI, -x0, -y0) + A(Math.PI, x0, y0);
    } else if (da > EPSILON) {
      let span = da;
      [cx, cy] = [r * Math.cos(to), r * Math.sin(to)];
      // Nearly a whole circle whose ends round to the same point: split it, or it would draw nothing.
      if (span >= Math.PI && xy(x0, y0) === xy(cx, cy)) {
        span /= 2;
        d += A(span, r * Math.cos(from + span), r * Math.sin(from + span));
      }
      d += A(span, cx, cy);
    }
  };
  if (full || da > EPS_SHAPE) arc(outer, a0, a1, 1);
  if (full) {
    if (inner > EPS_SHAPE) {
      [cx, cy] = [inner * Math.cos(a1), inner * Math.sin(a1)];
      d += `M${xy(cx, cy)}`;
      arc(inner, a1, a0, 0);
    }
  } else if (!(inner > EPS_SHAPE) || !(da > EPS_SHAPE)) {
    d += `L${xy(inner * Math.cos(a1), inner * Math.sin(a1))}`;
  } else {
    arc(inner, a1, a0, 0);
  }
  return `${d}Z`;
}
