import { svg, type TemplateResult } from 'lit';
import { xAxis, xAxisHeight, xLabelLayout, yAxis, yAxisWidth } from './axis.js';
import {
  BOLD,
  centerWithin,
  chartFrame,
  chartStrings,
  defaultFormat,
  fill,
  foldItems,
  itemsThatFit,
  LINE_HEIGHT,
  listSummary,
  OTHER_KEY,
  px,
  size,
  textWidth,
  toNumber,
  type ChartItem,
  type ChartOptions,
  type ChartValue,
  type Margin,
} from './chart.js';
import { band, linear, niceDomain } from './scale.js';

/** Narrowest column, in user units, before the earliest columns fold into one "N earlier" column. */
export const MIN_COLUMN = 4;

export interface VerticalBarItem {
  key: string;
  /** Shown under the bar, e.g. "May". */
  label: string;
  /** The bar's height; negative values hang below the zero baseline; null draws "—" and no bar. */
  value: ChartValue;
  /** The value as the widget formats it. */
  display: string;
}

export interface VerticalBarsOptions extends ChartOptions {
  /** Emphasise the last bar (the current period) and write its value above it. */
  highlightLast?: boolean;
}

/**
 * One column per item over a zero baseline with a value axis: won sales per month, expansion MRR per
 * month. Negative values hang below the baseline. More columns than fit (under `MIN_COLUMN` units, or
 * over `MAX_ITEMS`) keep the latest and fold the earliest into one "N earlier" column without a bar;
 * the hidden table keeps every item up to `MAX_TABLE_ROWS`.
 *
 * @example verticalBars([{ key: '2024-05', label: 'May', value: 5000, display: '$5,000' }], { width: 320, height: 160, label: 'Won sales' })
 */
export function verticalBars(all: readonly VerticalBarItem[], opts: VerticalBarsOptions): TemplateResult {
  const { width, height } = opts;
  const s = chartStrings(opts);
  const format = opts.format ?? defaultFormat;
  const { items, other } = foldItems(
    all,
    itemsThatFit(all.length, width, MIN_COLUMN),
    (n) => ({ key: OTHER_KEY, label: fill(s.earlier, n), value: null, display: s.empty }),
    'start',
  );
  const values = items.map((item) => toNumber(item.value));
  const { domain, ticks } = niceDomain(
    values.filter((v): v is number => v !== null),
    4,
    true,
  );
  const left = opts.margin?.left ?? yAxisWidth(ticks, format);
  const right = opts.margin?.right ?? 4;
  const columns = band(items.length, left, width - right, 0.25, 0.125);
  const layout = xLabelLayout(
    items.map((i) => i.label),
    columns.step,
  );
  const m: Margin = {
    top: opts.highlightLast ? LINE_HEIGHT + 2 : 8,
    bottom: xAxisHeight(layout.rows),
    left,
    right,
    ...opts.margin,
  };
  const y = linear(domain[0], domain[1], height - m.bottom, m.top);
  const zero = y(0);
  const last = items.length - 1;

  const bars = items.map((item, i) => {
    const v = values[i]!;
    const cx = px(columns.center(i));
    if (v === null) {
      return svg`<text class="value empty" x=${cx} y=${px(zero - 4)} text-anchor="middle">${s.empty}</text>`;
    }
    const top = y(Math.max(0, v));
    const highlight = opts.highlightLast && i === last;
    const cls = `bar series-1${opts.highlightLast ? (highlight ? ' highlight' : ' dim') : ''}`;
    return svg`<rect
        class=${cls}
        part="bar"
        x=${px(columns.start(i))}
        y=${px(top)}
        width=${size(columns.bandwidth)}
        height=${size(Math.abs(y(v) - zero))}
      ></rect>${
        highlight
          ? svg`<text class="value highlight-value" x=${centerWithin(cx, textWidth(item.display) * BOLD, width)} y=${px(v < 0 ? y(v) + 12 : top - 4)} text-anchor="middle">${item.display}</text>`
          : ''
      }`;
  });

  const hitItems: ChartItem[] = items.map((item, i) => {
    const v = values[i]!;
    const text = v === null ? s.empty : item.display;
    const a = v === null ? zero : y(v);
    return {
      key: item.key,
      value: item.value,
      name: `${item.label}${s.separator}${text}`,
      tooltip: [item.label, text],
      column: true,
      passive: i === other,
      hit: {
        x: columns.start(i) - (columns.step - columns.bandwidth) / 2,
        y: m.top,
        width: columns.step,
        height: height - m.bottom - m.top,
      },
      anchor: { x: columns.start(i), y: Math.min(a, zero), width: columns.bandwidth, height: Math.abs(a - zero) },
    };
  });

  return chartFrame({
    kind: 'vertical-bars',
    opts,
    summary:
      opts.summary ??
      listSummary(
        opts.label,
        items.map((item, i) => `${item.label} ${values[i] === null ? s.empty : item.display}`),
        s,
      ),
    graphic: svg`${yAxis(ticks, y, m.left, width - m.right, format)}${bars}
      <line class="baseline" x1=${px(m.left)} x2=${px(width - m.right)} y1=${px(zero)} y2=${px(zero)}></line>
      ${xAxis(
        items.map((i) => i.label),
        (i) => columns.center(i),
        height - m.bottom,
        layout,
      )}`,
    items: hitItems,
    columns: [s.category, s.value],
    rows: {
      count: all.length,
      row: (i) => [all[i]!.label, toNumber(all[i]!.value) === null ? s.empty : all[i]!.display],
    },
  });
}
