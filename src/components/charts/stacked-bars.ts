import { svg, type TemplateResult } from 'lit';
import { columnAxes, columnHit, hLine } from './axis.js';
import {
  barRect,
  chartFrame,
  chartStrings,
  defaultFormat,
  foldItems,
  legendList,
  seriesClass,
  tableRows,
  toNumber,
  type ChartItem,
  type ChartOptions,
  type ChartValue,
} from './chart.js';
import { activateItem, itemLayer } from './items.js';
import { MIN_COLUMN } from './vertical-bars.js';

export interface StackedSegment {
  /** Key of the series (e.g. the channel) this segment belongs to. */
  series: string;
  value: ChartValue;
  display: string;
}

export interface StackedColumn {
  key: string;
  /** Shown under the column, e.g. "May". */
  label: string;
  segments: readonly StackedSegment[];
  /** The column's total as the widget formats it; `format(sum)` when absent. */
  display?: string;
}

/** A series' key and name; the order sets stacking (first at the bottom), colours and the legend. */
export interface SeriesLabel {
  key: string;
  label: string;
}

/**
 * Columns of segments stacked in series order, with a legend: monthly new leads by channel. Positive
 * segments stack up from zero and negative ones down from it. A column is one focusable item; its
 * tooltip lists every segment and the total, and activating it passes the column's key and total.
 * More columns than fit (under 4 units, or over `MAX_ITEMS`) keep the latest and fold the earliest
 * into one "N earlier" column without bars; the hidden table keeps every column up to `MAX_TABLE_ROWS`.
 * A series that `seriesLabels` does not name is named by its key, after the named ones, when a column
 * that is drawn or in the table has it; so the build reads a bounded number of columns, however many.
 *
 * @example stackedBars([{ key: '2024-05', label: 'May', segments: [{ series: 'seo', value: 12, display: '12' }] }], [{ key: 'seo', label: 'SEO' }], { width: 320, height: 160, label: 'New leads' })
 */
export function stackedBars(
  all: readonly StackedColumn[],
  seriesLabels: readonly SeriesLabel[],
  opts: ChartOptions,
): TemplateResult {
  const { width, height } = opts;
  const s = chartStrings(opts);
  const format = opts.format ?? defaultFormat;
  const { items: columns, other } = foldItems(all, width, MIN_COLUMN, s, 'start', { segments: [] });
  // Series found in the data but not named keep their key as name, after the named ones, in the
  // order the columns show them. Only the columns the chart shows are read: the drawn ones and the
  // hidden table's rows (all of them up to MAX_TABLE_ROWS columns). A series met only in columns that
  // are neither drawn nor tabulated would name nothing; and with 100,000 columns, reading every
  // segment would cost more than the rest of the chart together.
  const series = [...seriesLabels];
  const order = new Map(series.map((x, i) => [x.key, i]));
  const { head, tail } = tableRows(all.length);
  const drawnFrom = all.length - (other < 0 ? columns.length : columns.length - 1);
  const discover = (from: number, to: number) => {
    for (let i = from; i < to; i++)
      for (const seg of all[i]!.segments)
        if (!order.has(seg.series)) {
          order.set(seg.series, series.length);
          series.push({ key: seg.series, label: seg.series });
        }
  };
  discover(0, head);
  discover(Math.max(head, Math.min(tail, drawnFrom)), all.length);

  const stack = (c: StackedColumn) => {
    let up = 0;
    let down = 0;
    const segs = [...c.segments]
      .sort((a, b) => order.get(a.series)! - order.get(b.series)!)
      .map((seg) => {
        const v = toNumber(seg.value) ?? 0;
        const from = v >= 0 ? up : down;
        if (v >= 0) up += v;
        else down += v;
        return { seg, index: order.get(seg.series)!, from, to: from + v };
      });
    // As d3-array's sum: a segment whose size is NaN (a stack past the largest number) adds nothing.
    const total = segs.reduce((acc, x) => acc + (x.to - x.from || 0), 0);
    return { column: c, segs, up, down, total, display: c.display ?? format(total) };
  };
  const stacks = columns.map(stack);

  const frame = columnAxes(
    columns.map((c) => c.label),
    stacks.flatMap((x) => [x.up, x.down]),
    true,
    opts,
    { top: 8, right: 4, padding: 0.25 },
  );
  const { xs, m, y } = frame;
  const zero = y(0);
  const name = (key: string) => series[order.get(key)!]!.label;

  const bars = stacks.flatMap(({ segs }, i) =>
    segs.map(({ index, from, to }) =>
      barRect(
        `bar segment ${seriesClass(index)}`,
        xs.start(i),
        y(Math.max(from, to)),
        xs.bandwidth,
        Math.abs(y(to) - y(from)),
      ),
    ),
  );

  const hitItems: ChartItem[] = stacks.map(({ column, segs, up, down, total, display }, i) => ({
    key: column.key,
    value: total,
    name: `${column.label}${s.colon}${[
      ...segs.map(({ seg }) => `${name(seg.series)} ${seg.display}`),
      `${s.total} ${display}`,
    ].join(s.separator)}`,
    tooltip: [
      column.label,
      ...segs.map(({ seg }) => `${name(seg.series)}${s.colon}${seg.display}`),
      `${s.total}${s.colon}${display}`,
    ],
    column: true,
    passive: i === other,
    hit: columnHit(frame, height, i),
    anchor: { x: xs.start(i), y: y(up), width: xs.bandwidth, height: y(down) - y(up) },
  }));

  return chartFrame({
    kind: 'stacked-bars',
    opts,
    summary: stacks.map((x) => `${x.column.label} ${x.display}`),
    graphic: svg`${frame.yAxis}${bars}
      ${hLine('baseline', m.left, width - m.right, zero)}
      ${frame.xAxis}`,
    layer: itemLayer(hitItems, opts, activateItem),
    legend: legendList(series.map((x, i) => ({ label: x.label, series: i }))),
    columns: [s.category, ...series.map((x) => x.label), s.total],
    rows: {
      count: all.length,
      row: (i) => {
        const { column, segs, display } = stack(all[i]!);
        return [
          column.label,
          ...series.map((x) => segs.find(({ seg }) => seg.series === x.key)?.seg.display ?? s.empty),
          display,
        ];
      },
    },
  });
}
