import { svg, type TemplateResult } from 'lit';
import { columnAxes, columnHit, hLine } from './axis.js';
import {
  barRect,
  BOLD,
  categoryRows,
  centerWithin,
  chartFrame,
  chartStrings,
  foldItems,
  LINE_HEIGHT,
  px,
  textWidth,
  toNumber,
  valueText,
  type Category,
  type ChartItem,
  type ChartOptions,
  type ChartValue,
} from './chart.js';
import { activateItem, itemLayer } from './items.js';

/** Narrowest column, in user units, before the earliest columns fold into one "N earlier" column. */
export const MIN_COLUMN = 4;

export interface VerticalBarItem extends Category {
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
  const { items, other } = foldItems(all, width, MIN_COLUMN, s, 'start');
  const values = items.map((item) => toNumber(item.value));
  const frame = columnAxes(
    items.map((i) => i.label),
    values.filter((v): v is number => v !== null),
    true,
    opts,
    { top: opts.highlightLast ? LINE_HEIGHT + 2 : 8, right: 4, padding: 0.25 },
  );
  const { xs: columns, m, y } = frame;
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
    return svg`${barRect(cls, columns.start(i), top, columns.bandwidth, Math.abs(y(v) - zero))}${
      highlight
        ? svg`<text class="value highlight-value" x=${centerWithin(cx, textWidth(item.display) * BOLD, width)} y=${px(v < 0 ? y(v) + 12 : top - 4)} text-anchor="middle">${item.display}</text>`
        : ''
    }`;
  });

  const hitItems: ChartItem[] = items.map((item, i) => {
    const v = values[i]!;
    const a = v === null ? zero : y(v);
    return {
      key: item.key,
      value: item.value,
      tooltip: [item.label, valueText(item, s)],
      column: true,
      passive: i === other,
      hit: columnHit(frame, height, i),
      anchor: { x: columns.start(i), y: Math.min(a, zero), width: columns.bandwidth, height: Math.abs(a - zero) },
    };
  });

  return chartFrame({
    kind: 'vertical-bars',
    opts,
    summary: items.map((item) => `${item.label} ${valueText(item, s)}`),
    graphic: svg`${frame.yAxis}${bars}
      ${hLine('baseline', m.left, width - m.right, zero)}
      ${frame.xAxis}`,
    layer: itemLayer(hitItems, opts, activateItem),
    columns: [s.category, s.value],
    rows: categoryRows(all, s),
  });
}
