import { svg, type TemplateResult } from 'lit';
import {
  barRect,
  BOLD,
  categoryRows,
  centerWithin,
  chartFrame,
  chartStrings,
  defaultFormat,
  fitText,
  foldItems,
  LINE_HEIGHT,
  px,
  tableRows,
  textWidth,
  toNumber,
  type Category,
  type ChartItem,
  type ChartOptions,
  type ChartValue,
  type Margin,
} from './chart.js';
import { activateItem, itemLayer } from './items.js';
import { GAP, rowLabel, textRoom } from './rows.js';
import { band, linear } from './scale.js';

export interface HorizontalBarItem extends Category {
  key: string;
  label: string;
  /** The bar's length; null draws no bar but the "—" text and the note. */
  value: ChartValue;
  /** The value as the widget formats it, e.g. "$458.33". */
  display: string;
  /** Why the value is missing (or any remark), shown after "—" for a null value and in the table. */
  note?: string;
}

export interface HorizontalBarsOptions extends ChartOptions {
  /** A labelled vertical line across the bars, e.g. the team average. */
  reference?: { value: ChartValue; label: string; display?: string };
}

/**
 * Thinnest row, in user units, before rows fold into an "Other (N more)" row: the line of a category
 * label, so labels never overlap however small the height.
 */
const MIN_ROW = 16;

/**
 * One horizontal bar per item, its label on the left and its value at its end: CAC by channel, sales
 * per rep (with the team average as `reference`). Items are drawn in the given order. A null value
 * has no bar; it shows "—" and its note instead. More items than fit (rows under 4 units, or over
 * `MAX_ITEMS`) end in one "Other (N more)" row without a bar; the hidden table keeps every item up to
 * `MAX_TABLE_ROWS`.
 *
 * @example horizontalBars([{ key: 'seo', label: 'SEO', value: 500, display: '$500.00' }], { width: 320, height: 120, label: 'CAC by channel' })
 */
export function horizontalBars(all: readonly HorizontalBarItem[], opts: HorizontalBarsOptions): TemplateResult {
  const { width, height } = opts;
  const s = chartStrings(opts);
  const format = opts.format ?? defaultFormat;
  const { items, other } = foldItems(all, height, MIN_ROW, s);
  const values = items.map((item) => toNumber(item.value));
  const ref = opts.reference ? toNumber(opts.reference.value) : null;
  const refText = opts.reference
    ? `${opts.reference.label} ${opts.reference.display ?? (ref === null ? s.empty : format(ref))}`
    : '';
  const valueText = (item: HorizontalBarItem, v: number | null) =>
    v === null ? [s.empty, item.note].filter(Boolean).join(' ') : item.display;

  const m: Margin = {
    top: ref === null ? 2 : LINE_HEIGHT + 4,
    bottom: 2,
    left: textRoom(
      items.map((i) => i.label),
      2,
      width * 0.4,
    ),
    right: textRoom(
      items.map((i, n) => (values[n] === null ? '' : i.display)),
      2,
      width * 0.35,
      BOLD,
    ),
    ...opts.margin,
  };
  const numbers = [0, ...values.filter((v): v is number => v !== null), ...(ref === null ? [] : [ref])];
  const lo = Math.min(...numbers);
  const hi = Math.max(...numbers);
  const x = linear(lo, hi, m.left, width - m.right);
  const rows = band(items.length, m.top, height - m.bottom, 0.3, 0.15);
  const zero = x(0);

  const graphic = items.map((item, i) => {
    const v = values[i]!;
    const y = rows.start(i);
    const cy = px(rows.center(i));
    const label = rowLabel(item.label, m.left, cy);
    if (v === null) {
      const note = item.note ? fitText(item.note, width - zero - 2 * GAP - textWidth(s.empty + ' ')) : '';
      return svg`${label}<text class="value empty" x=${px(zero + GAP)} y=${cy} dy="0.35em">${s.empty}${
        note ? svg` <tspan class="note">${note}</tspan>` : ''
      }</text>`;
    }
    const end = x(v);
    return svg`${label}${barRect('bar series-1', Math.min(zero, end), y, Math.abs(end - zero), rows.bandwidth)}<text
        class="value"
        x=${px(v < 0 ? end - GAP : end + GAP)}
        y=${cy}
        dy="0.35em"
        text-anchor=${v < 0 ? 'end' : 'start'}
      >${item.display}</text>`;
  });

  let reference: unknown = '';
  if (ref !== null) {
    const rx = x(ref);
    reference = svg`<line class="reference" x1=${px(rx)} x2=${px(rx)} y1=${px(m.top - 3)} y2=${px(height - m.bottom)}></line>
      <text class="reference-label" x=${centerWithin(rx, textWidth(refText) * BOLD, width)} y=${px(m.top - 7)} text-anchor="middle">${refText}</text>`;
  }

  const hitItems: ChartItem[] = items.map((item, i) => {
    const v = values[i]!;
    const text = valueText(item, v);
    const y = rows.start(i);
    const barEnd = v === null ? zero + GAP + textWidth(text) : x(v);
    return {
      key: item.key,
      value: item.value,
      tooltip: [item.label, text],
      passive: i === other,
      hit: { x: 0, y: rows.slot(i), width, height: rows.step },
      anchor: { x: Math.min(zero, barEnd), y, width: Math.abs(barEnd - zero), height: rows.bandwidth },
    };
  });

  // The note column is there when a row the table shows has a note: reading 100,000 items for a
  // column of rows that are not shown would cost more than the chart.
  const { head, tail } = tableRows(all.length);
  const noted = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (all[i]!.note) return true;
    return false;
  };
  const hasNotes = noted(0, head) || noted(tail, all.length);
  return chartFrame({
    kind: 'horizontal-bars',
    opts,
    summary: [...items.map((item, i) => `${item.label} ${valueText(item, values[i]!)}`), ...(refText ? [refText] : [])],
    graphic: svg`<line class="baseline" x1=${px(zero)} x2=${px(zero)} y1=${px(m.top)} y2=${px(
      height - m.bottom,
    )}></line>${graphic}${reference}`,
    layer: itemLayer(hitItems, opts, activateItem),
    columns: hasNotes ? [s.category, s.value, s.note] : [s.category, s.value],
    rows: categoryRows(all, s, (item) => (hasNotes ? [item.note ?? ''] : [])),
  });
}
