import { line } from 'd3-shape';
import { svg, type TemplateResult } from 'lit';
import { xAxis, xAxisHeight, xLabelLayout, yAxis, yAxisWidth } from './axis.js';
import {
  chartFrame,
  chartStrings,
  defaultFormat,
  listSummary,
  px,
  seriesClass,
  toNumber,
  type ChartItem,
  type ChartOptions,
  type ChartValue,
  type Margin,
} from './chart.js';
import { band, linear, niceDomain } from './scale.js';

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
  const values = series.map((x) => xLabels.map((_, i) => toNumber(x.points[i] ?? null)));
  const text = (si: number, i: number) => {
    const v = values[si]![i]!;
    return v === null ? s.empty : (series[si]!.displays?.[i] ?? format(v));
  };
  const { domain, ticks } = niceDomain(
    values.flat().filter((v): v is number => v !== null),
    4,
    opts.zero ?? false,
  );
  const left = opts.margin?.left ?? yAxisWidth(ticks, format);
  const right = opts.margin?.right ?? 8;
  const xs = band(xLabels.length, left, width - right, 0, 0);
  const layout = xLabelLayout(xLabels, xs.step);
  const m: Margin = { top: 8, bottom: xAxisHeight(layout.rows), left, right, ...opts.margin };
  const y = linear(domain[0], domain[1], height - m.bottom, m.top);

  const path = line<number | null>()
    .defined((v) => v !== null)
    .x((_, i) => xs.center(i))
    .y((v) => y(v!));
  const drawn = values.map(
    (vs, si) => svg`<g class="series ${seriesClass(si)}">
      <path class="line" d=${path(vs) ?? ''}></path>
      ${vs.map((v, i) =>
        v === null ? '' : svg`<circle class="point" cx=${px(xs.center(i))} cy=${px(y(v))} r="2.5"></circle>`,
      )}
    </g>`,
  );

  const hitItems: ChartItem[] = xLabels.map((label, i) => {
    const parts = series.map((x, si) => `${x.label}${s.colon}${text(si, i)}`);
    const ys = values.flatMap((vs) => (vs[i] === null ? [] : [y(vs[i]!)]));
    const top = ys.length > 0 ? Math.min(...ys) : height - m.bottom;
    return {
      key: label,
      value: null,
      name: `${label}${s.colon}${parts.join(s.separator)}`,
      tooltip: [label, ...parts],
      column: true,
      hit: { x: xs.start(i), y: m.top, width: xs.step, height: height - m.bottom - m.top },
      anchor: { x: xs.center(i) - 3, y: top - 3, width: 6, height: 6 },
    };
  });

  const lastDefined = (si: number) => {
    for (let i = xLabels.length - 1; i >= 0; i--) if (values[si]![i] !== null) return i;
    return -1;
  };
  const firstDefined = (si: number) => values[si]!.findIndex((v) => v !== null);

  return chartFrame({
    kind: 'line-chart',
    opts,
    summary:
      opts.summary ??
      listSummary(
        opts.label,
        series.map((x, si) => {
          const a = firstDefined(si);
          const b = lastDefined(si);
          if (a < 0) return `${x.label} ${s.empty}`;
          return a === b ? `${x.label} ${text(si, a)}` : `${x.label} ${text(si, a)} → ${text(si, b)}`;
        }),
        s,
      ),
    graphic: svg`${yAxis(ticks, y, m.left, width - m.right, format)}${drawn}${xAxis(
      xLabels,
      (i) => xs.center(i),
      height - m.bottom,
      layout,
    )}`,
    items: hitItems,
    legend: series.map((x, i) => ({ label: x.label, series: i, shape: 'line' })),
    columns: [s.category, ...series.map((x) => x.label)],
    rows: xLabels.map((label, i) => [label, ...series.map((_, si) => text(si, i))]),
  });
}
