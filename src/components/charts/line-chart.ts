import { svg, type TemplateResult } from 'lit';
import { columnAxes, columnHit } from './axis.js';
import {
  chartFrame,
  chartStrings,
  defaultFormat,
  legendList,
  px,
  seriesClass,
  toNumber,
  type ChartItem,
  type ChartOptions,
  type ChartValue,
} from './chart.js';
import { itemLayer } from './items.js';
import { decimate } from './decimate.js';
import { linePath } from './path.js';

/** Narrowest column, in user units, that gets its own dot. */
const MIN_COLUMN = 4;
/** Narrowest focusable item, in user units, when columns are grouped: each carries a tooltip's nodes. */
const MIN_ITEM = 16;
/** Months (or any columns) up to this many are always focusable one by one, however narrow the chart. */
const MIN_ITEMS = 24;

export interface LineSeries {
  key: string;
  label: string;
  /** One value per x label; null leaves a gap in the line. */
  points: readonly ChartValue[];
  /** The points as the widget formats them; `format(value)` when absent. */
  displays?: readonly (string | null)[];
}

export interface LineChartOptions extends Omit<ChartOptions, 'onSelect'> {
  /** Start the value axis at zero; by default it spans the data, so that 95% against 98% stays visible. */
  zero?: boolean;
}

/**
 * Several series as lines over the same months, with a dot on every value (a value between two gaps
 * is still seen), a legend and a value axis: retention, churn, NRR and GRR over time. Each month is a
 * focusable column whose tooltip lists every series' value there; columns are not buttons.
 *
 * Any number of points stays fast: a series longer than the plot is wide is drawn through its lowest
 * and highest point in each unit of width (`decimate`), which looks the same; dots are then drawn only
 * where a value stands alone between gaps, and neighbouring columns are grouped (at least 16 units or
 * 24 groups) into one focusable item and one row of the hidden table, which give each series' lowest
 * and highest value in the group.
 *
 * @example lineChart([{ key: 'nrr', label: 'NRR', points: [1.02, null, 1.05] }], ['Mar', 'Apr', 'May'], { width: 360, height: 180, label: 'Retention', format: (v) => `${v * 100}%` })
 */
export function lineChart(
  series: readonly LineSeries[],
  xLabels: readonly string[],
  opts: LineChartOptions,
): TemplateResult {
  const { width, height } = opts;
  const s = chartStrings(opts);
  const format = opts.format ?? defaultFormat;
  const count = xLabels.length;
  // Numbers in typed arrays, NaN for a gap: at 100,000 points an array of numbers and nulls is
  // several times slower to fill and to scan. The value axis's extent, and each series' first and
  // last value for the summary, come out of the same loop.
  let low = Infinity;
  let high = -Infinity;
  const first: number[] = [];
  const last: number[] = [];
  const values = series.map((x, si) => {
    const vs = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const v = toNumber(x.points[i]) ?? NaN;
      vs[i] = v;
      if (v < low) low = v;
      if (v > high) high = v;
      if (!Number.isNaN(v)) {
        first[si] ??= i;
        last[si] = i;
      }
    }
    return vs;
  });
  const gap = (v: number) => Number.isNaN(v);
  const text = (si: number, i: number) => {
    const v = values[si]![i]!;
    return gap(v) ? s.empty : (series[si]!.displays?.[i] ?? format(v));
  };
  const frame = columnAxes(xLabels, low <= high ? [low, high] : [], opts.zero ?? false, opts, {
    top: 8,
    right: 8,
    padding: 0,
  });
  const { xs, m, y } = frame;
  const plotWidth = Math.max(0, width - m.left - m.right);
  // Dots on every value while columns are wide enough to tell them apart.
  const dense = count > Math.max(MIN_ITEMS, plotWidth / MIN_COLUMN);

  const drawn = values.map((vs, si) => {
    const kept = decimate(vs, plotWidth);
    const alone = (i: number) => !gap(vs[i]!) && (i === 0 || gap(vs[i - 1]!)) && (i === count - 1 || gap(vs[i + 1]!));
    const dots = kept.filter((i) => !gap(vs[i]!) && (!dense || alone(i)));
    return svg`<g class="series ${seriesClass(si)}">
      <path class="line" d=${linePath(
        kept.length,
        (k) => xs.center(kept[k]!),
        (k) => {
          const v = vs[kept[k]!]!;
          return gap(v) ? null : y(v);
        },
      )}></path>
      ${dots.map((i) => svg`<circle class="point" cx=${px(xs.center(i))} cy=${px(y(vs[i]!))} r="2.5"></circle>`)}
    </g>`;
  });

  // One focusable item per column, or per group of neighbouring columns when there are more columns
  // than fit at MIN_ITEM each: focus stops and nodes stay bounded, and a group's tooltip gives each
  // series' lowest and highest value in it.
  const maxItems = Math.max(MIN_ITEMS, Math.floor(plotWidth / MIN_ITEM));
  const per = Math.max(1, Math.ceil(count / maxItems));
  const hitItems: ChartItem[] = [];
  const rows: string[][] = [];
  for (let a = 0; a < count; a += per) {
    const b = Math.min(count, a + per) - 1;
    const label = a === b ? xLabels[a]! : `${xLabels[a]!}${s.range}${xLabels[b]!}`;
    let top = Infinity;
    const cells = series.map((_, si) => {
      const vs = values[si]!;
      let lo = -1;
      let hi = -1;
      for (let i = a; i <= b; i++) {
        const v = vs[i]!;
        if (gap(v)) continue;
        if (lo < 0 || v < vs[lo]!) lo = i;
        if (hi < 0 || v > vs[hi]!) hi = i;
      }
      if (hi >= 0) top = Math.min(top, y(vs[hi]!));
      return a === b
        ? text(si, a)
        : lo < 0
          ? s.empty
          : vs[lo] === vs[hi]
            ? text(si, hi)
            : `${text(si, lo)}${s.range}${text(si, hi)}`;
    });
    const parts = series.map((x, si) => `${x.label}${s.colon}${cells[si]!}`);
    rows.push([label, ...cells]);
    const mid = (xs.center(a) + xs.center(b)) / 2;
    hitItems.push({
      key: xLabels[a]!,
      value: null,
      name: `${label}${s.colon}${parts.join(s.separator)}`,
      tooltip: [label, ...parts],
      column: true,
      hit: columnHit(frame, height, a, b),
      anchor: { x: mid - 3, y: (Number.isFinite(top) ? top : height - m.bottom) - 3, width: 6, height: 6 },
    });
  }

  return chartFrame({
    kind: 'line-chart',
    opts,
    summary: series.map((x, si) => {
      const a = first[si];
      const b = last[si]!;
      if (a === undefined) return `${x.label} ${s.empty}`;
      return a === b ? `${x.label} ${text(si, a)}` : `${x.label} ${text(si, a)} → ${text(si, b)}`;
    }),
    graphic: svg`${frame.yAxis}${drawn}${frame.xAxis}`,
    layer: itemLayer(hitItems, opts),
    legend: legendList(series.map((x, i) => ({ label: x.label, series: i, shape: 'line' }))),
    columns: [s.category, ...series.map((x) => x.label)],
    rows,
  });
}
