/*
 * The two path shapes the charts draw, written by hand instead of imported from d3's shape module,
 * which does not tree-shake: importing `line` and `arc` brought all of it and d3-path, about 17 KB
 * minified (4.5 KB gzip), into the CDN file, and the charts need only straight lines and plain annular
 * sectors. The output is what d3's `line().defined()` and `arc()` (3.2, no corner radius, no padding)
 * write, coordinates rounded to three decimals as d3-path's `digits(3)` does; the tests compare
 * against strings that d3 produced.
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
 * `line().defined()` does. Accessors rather than an array so that a caller need not build one.
 *
 * @example linePath(3, (i) => i * 10, (i) => [5, null, 7][i]) // 'M0,5ZM20,7Z'
 */
export function linePath(count: number, x: (i: number) => number, y: (i: number) => number | null): string {
  let d = '';
  let run = 0;
  for (let i = 0; i < count; i++) {
    const v = y(i);
    if (v === null || !Number.isFinite(v)) {
      if (run === 1) d += 'Z';
      run = 0;
      continue;
    }
    d += `${run === 0 ? 'M' : 'L'}${n(x(i))},${n(v)}`;
    run++;
  }
  if (run === 1) d += 'Z';
  return d;
}

/** Appends path commands the way d3-path's `Path` does, tracking the current point. */
class PathWriter {
  d = '';
  private x1: number | null = null;
  private y1 = 0;

  moveTo(x: number, y: number): void {
    this.d += `M${n(x)},${n(y)}`;
    this.x1 = x;
    this.y1 = y;
  }

  lineTo(x: number, y: number): void {
    this.d += `L${n(x)},${n(y)}`;
    this.x1 = x;
    this.y1 = y;
  }

  /** A circular arc around the origin from angle a0 to a1 (clockwise unless `ccw`): d3-path's `arc`. */
  arc(r: number, a0: number, a1: number, ccw: boolean): void {
    const x0 = r * Math.cos(a0);
    const y0 = r * Math.sin(a0);
    const cw = ccw ? 0 : 1;
    let da = ccw ? a0 - a1 : a1 - a0;
    if (this.x1 === null) this.d += `M${n(x0)},${n(y0)}`;
    else if (Math.abs(this.x1 - x0) > EPSILON || Math.abs(this.y1 - y0) > EPSILON) this.d += `L${n(x0)},${n(y0)}`;
    if (!r) return;
    if (da < 0) da = (da % TAU) + TAU;
    if (da > TAU - EPSILON) {
      // A whole circle is two half arcs: one arc command cannot end where it starts.
      this.d += `A${n(r)},${n(r)},0,1,${cw},${n(-x0)},${n(-y0)}A${n(r)},${n(r)},0,1,${cw},${n(x0)},${n(y0)}`;
      this.x1 = x0;
      this.y1 = y0;
    } else if (da > EPSILON) {
      const x1 = r * Math.cos(a1);
      const y1 = r * Math.sin(a1);
      // Nearly a whole circle whose ends round to the same point: split it, or it would draw nothing.
      if (da >= Math.PI && n(x0) === n(x1) && n(y0) === n(y1)) {
        da /= 2;
        const mid = a0 + da;
        this.d += `A${n(r)},${n(r)},0,${da >= Math.PI ? 1 : 0},${cw},${n(r * Math.cos(mid))},${n(r * Math.sin(mid))}`;
      }
      this.d += `A${n(r)},${n(r)},0,${da >= Math.PI ? 1 : 0},${cw},${n(x1)},${n(y1)}`;
      this.x1 = x1;
      this.y1 = y1;
    }
  }

  closePath(): void {
    if (this.x1 !== null) this.d += 'Z';
  }
}

/**
 * Path data of an annular sector centred on the origin between radii `inner` and `outer`, from angle
 * `start` to `end` in radians clockwise from 12 o'clock; a span of a whole turn or more is the full
 * annulus (a disc when `inner` is 0). d3's `arc()` with no corner radius and no padding.
 *
 * @example arcPath(40, 50, 0, Math.PI / 2) // 'M0,-50A50,50,0,0,1,50,0L40,0A40,40,0,0,0,0,-40Z'
 */
export function arcPath(inner: number, outer: number, start: number, end: number): string {
  let r0 = inner;
  let r1 = outer;
  if (r1 < r0) [r0, r1] = [r1, r0];
  const a0 = start - Math.PI / 2;
  const a1 = end - Math.PI / 2;
  const da = Math.abs(a1 - a0);
  const cw = a1 > a0;
  const p = new PathWriter();
  if (!(r1 > EPS_SHAPE)) {
    p.moveTo(0, 0);
  } else if (da > TAU - EPS_SHAPE) {
    p.moveTo(r1 * Math.cos(a0), r1 * Math.sin(a0));
    p.arc(r1, a0, a1, !cw);
    if (r0 > EPS_SHAPE) {
      p.moveTo(r0 * Math.cos(a1), r0 * Math.sin(a1));
      p.arc(r0, a1, a0, cw);
    }
  } else {
    const x01 = r1 * Math.cos(a0);
    const y01 = r1 * Math.sin(a0);
    p.moveTo(x01, y01);
    if (da > EPS_SHAPE) p.arc(r1, a0, a1, !cw);
    if (!(r0 > EPS_SHAPE) || !(da > EPS_SHAPE)) p.lineTo(r0 * Math.cos(a1), r0 * Math.sin(a1));
    else p.arc(r0, a1, a0, cw);
  }
  p.closePath();
  return p.d;
}
