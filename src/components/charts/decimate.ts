/**
 * Which points of an evenly spaced series to draw so that a chart `columns` pixels wide looks the same
 * as with every point: min/max decimation (as in uPlot and Chart.js's `min-max` decimation). Point `i`
 * of `n` falls in column `floor(i * columns / n)`; each column keeps its lowest and its highest value,
 * in their original order, so that every spike stays visible, and the first and last points are
 * always kept. A column whose points are all gaps (null or not finite) keeps one of them, so a gap at
 * least a column wide stays a gap; a gap narrower than a column may close, as it would be under a
 * pixel anyway.
 *
 * Returns the kept indices in ascending order: every index when `n <= columns`, otherwise at most
 * `2 * columns + 2`. O(n) time; the only allocation is the returned array.
 *
 * @example decimate([3, 9, 1, 4, 4, 8, 2, 5], 2) // [0, 1, 2, 5, 6, 7]: column 0 keeps 9 and 1, column 1 keeps 8 and 2
 */
export function decimate(values: ArrayLike<number | null>, columns: number): number[] {
  const count = values.length;
  const cols = Math.max(1, Math.floor(columns));
  const out: number[] = [];
  if (count <= cols) {
    for (let i = 0; i < count; i++) out.push(i);
    return out;
  }
  const push = (i: number) => {
    if (out.length === 0 || out[out.length - 1]! < i) out.push(i);
  };
  push(0);
  let i = 0;
  for (let c = 0; c < cols; c++) {
    // The first index of column c + 1: the least i with floor(i * cols / count) > c.
    const end = Math.ceil(((c + 1) * count) / cols);
    let lo = -1;
    let hi = -1;
    let gap = -1;
    for (; i < end; i++) {
      const v = values[i];
      if (v === null || v === undefined || !Number.isFinite(v)) {
        if (gap < 0) gap = i;
        continue;
      }
      if (lo < 0 || v < values[lo]!) lo = i;
      if (hi < 0 || v > values[hi]!) hi = i;
    }
    if (lo < 0) {
      if (gap >= 0) push(gap);
    } else if (lo < hi) {
      push(lo);
      push(hi);
    } else {
      push(hi);
      push(lo);
    }
  }
  push(count - 1);
  return out;
}
