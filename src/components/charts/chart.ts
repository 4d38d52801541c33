import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { dataTable } from './data-table.js';
import { toNumber, type ChartValue } from './sparkline.js';

export { toNumber, type ChartValue };

/** Font size of chart text in user units; layout estimates text widths from it. */
export const FONT_SIZE = 12;
/** Distance between two lines of chart text. */
export const LINE_HEIGHT = 15;
/** Number of `--_series-N` colours before they repeat. */
export const SERIES_COUNT = 8;

/** Space around the plot, in user units. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The words a chart shows or reads out besides the data. */
export interface ChartStrings {
  /** Stands for a missing value. */
  empty: string;
  /** Header of the first column of the data table: what each row is. */
  category: string;
  /** Header of the value column. */
  value: string;
  /** Header of the note column (the reason for a missing value). */
  note: string;
  /** Header and tooltip word for a column's total. */
  total: string;
  /** Header of the funnel's conversion column. */
  conversion: string;
  /** Legend and header for the measured value of a bullet bar. */
  actual: string;
  /** Legend and header for the target marker of a bullet bar. */
  target: string;
  /** Joins items in a summary sentence. */
  separator: string;
  /** Joins a name and its value or values. */
  colon: string;
  /** Names the item that stands for the items that did not fit after the drawn ones; `{n}` is their count. */
  other: string;
  /** Names the item that stands for the items that did not fit before the drawn ones (older columns). */
  earlier: string;
  /** The data table's line in place of the rows it leaves out; `{n}` is their count. */
  omittedRows: string;
  /** Joins the ends of a range: a group of columns, or the lowest and highest value in it. */
  range: string;
}

export const chartStringsEn: ChartStrings = {
  empty: '—',
  category: 'Item',
  value: 'Value',
  note: 'Note',
  total: 'Total',
  conversion: 'Conversion',
  actual: 'Actual',
  target: 'Target',
  separator: ', ',
  colon: ': ',
  other: 'Other ({n} more)',
  earlier: '{n} earlier',
  omittedRows: '{n} more rows not shown',
  range: ' – ',
};

export const chartStringsZhTW: ChartStrings = {
  empty: '—',
  category: '項目',
  value: '數值',
  note: '備註',
  total: '合計',
  conversion: '轉換率',
  actual: '實際',
  target: '目標',
  separator: '，',
  colon: '：',
  other: '其他（另 {n} 項）',
  earlier: '較早 {n} 項',
  omittedRows: '另有 {n} 列未顯示',
  range: '–',
};

/** Options every chart takes. */
export interface ChartOptions {
  /** Drawing size in user units: the viewBox. The chart keeps this aspect ratio and scales to its container's width. */
  width: number;
  height: number;
  /** The chart's name, e.g. "CAC by channel": the data table's caption and the name of its focusable items' group. */
  label: string;
  /** Text alternative of the picture, one sentence; built from the label and the data when absent. */
  summary?: string;
  /** Formats a number the data does not carry as text (axis ticks, totals). Defaults to Intl.NumberFormat. */
  format?: (value: number) => string;
  /** Words besides the data; English by default (`chartStringsZhTW` for Traditional Chinese). */
  strings?: Partial<ChartStrings>;
  /** Called with an item's key and value when it is activated by click, Enter or Space; items are buttons only then. */
  onSelect?: (key: string, value: ChartValue) => void;
  /** Overrides of the computed space around the plot. */
  margin?: Partial<Margin>;
}

/** A rectangle in user units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A focusable item: a bar, a step or a column, drawn as a hit area over the picture; it shows the chart's one tooltip when focused or hovered. */
export interface ChartItem {
  key: string;
  value: ChartValue;
  /**
   * Accessible name (`aria-label`), e.g. "Paid search, $458.33"; when absent, the tooltip's lines
   * joined by the separator.
   */
  name?: string;
  /** Lines of the visible tooltip; the first is set in bold. */
  tooltip: readonly string[];
  /** Where pointer and focus land (usually the item's whole row or column). */
  hit: Box;
  /** What the tooltip points at (the bar); defaults to `hit`. */
  anchor?: Box;
  /** A column (tall) rather than a row: its tooltip goes beside it when there is no room above. */
  column?: boolean;
  /** Focusable but never activated, even with onSelect: the item that stands for items not drawn. */
  passive?: boolean;
}

export interface LegendEntry {
  label: string;
  /** Index into the series colours. */
  series: number;
  /** How the swatch is drawn. */
  shape?: 'box' | 'line' | 'marker';
}

/** Two decimals are plenty for a coordinate and keep the markup short and stable. */
export const px = (n: number): number => Math.round(n * 100) / 100;

/** Non-negative size: a chart squeezed below its margins draws nothing rather than negative widths. */
export const size = (n: number): number => px(Math.max(0, n));

/** A bar (part `bar`) of class `cls` at x, y of the given width and height. */
export const barRect = (cls: string, x: number, y: number, width: number, height: number): SVGTemplateResult =>
  svg`<rect class=${cls} part="bar" x=${px(x)} y=${px(y)} width=${size(width)} height=${size(height)}></rect>`;

let intlFormat: ((value: number) => string) | undefined;
/** The fallback number format: Intl in the browser's locale, at most two decimals. */
export function defaultFormat(value: number): string {
  intlFormat ??= new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format;
  return intlFormat(value);
}

/** A chart string with its `{n}` replaced by a count. */
export const fill = (template: string, count: number): string => template.replace('{n}', String(count));

/** The chart words of a card's language: Traditional Chinese for zh-TW, English otherwise. */
export const chartStringsFor = (locale: string): ChartStrings =>
  locale === 'zh-TW' ? chartStringsZhTW : chartStringsEn;

export function chartStrings(opts: { strings?: Partial<ChartStrings> }): ChartStrings {
  return { ...chartStringsEn, ...opts.strings };
}

/** Bold text is about this much wider than regular text. */
export const BOLD = 1.1;

/** East Asian wide and full-width characters take about 1em; Latin letters and digits about 0.55 to 0.7em. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const NARROW = /[\s.,:;'!|ijlI()[\]-]/u;
const UPPER = /[A-Z%$@#&MW]/u;

/**
 * An estimate of a text's width. Charts are pure and cannot measure rendered text, so margins and
 * tooltip boxes are sized from this; it errs wide (digits are tabular, as chartStyles sets them) so
 * that labels rarely clip.
 */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : NARROW.test(ch) ? 0.32 : UPPER.test(ch) ? 0.7 : 0.6;
  return em * fontSize;
}

/** `text`, shortened with an ellipsis to fit `width` by the estimate; the full text stays in names and the table. */
export function fitText(text: string, width: number, fontSize = FONT_SIZE): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(chars.join('') + '…', fontSize) > width) chars.pop();
  return chars.length > 0 ? chars.join('') + '…' : '';
}

/** The x of a centred text of width `w` near `cx`, moved inward so that the text stays within [0, width]. */
export function centerWithin(cx: number, w: number, width: number): number {
  return px(Math.max(Math.min(cx, width - w / 2), Math.min(w / 2, width / 2)));
}

/** The class that colours series `i` through `--_series-N`. */
export const seriesClass = (i: number): string => `series-${(i % SERIES_COUNT) + 1}`;

/** A chart's legend (part `legend`), passed to `chartFrame` by the charts that have one; nothing without entries. */
export function legendList(entries: readonly LegendEntry[]): TemplateResult | typeof nothing {
  if (entries.length === 0) return nothing;
  return html`<ul class="legend" part="legend">
    ${entries.map(
      (e) =>
        html`<li class="legend-item ${seriesClass(e.series)}">
          <span class="swatch swatch-${e.shape ?? 'box'}"></span><span class="legend-label">${e.label}</span>
        </li>`,
    )}
  </ul>`;
}

export interface FrameParts {
  /** Extra class for the wrapper, e.g. "horizontal-bars". */
  kind: string;
  opts: ChartOptions;
  /** What the summary lists after the label ("Label: a 1, b 2"), unless `opts.summary` is given. */
  summary: readonly string[];
  /** Everything drawn (bars, axes, labels): inside the `role="img"` svg. */
  graphic: unknown;
  /**
   * The focusable items, drawn in a second svg stacked over the picture: `itemLayer` of `items.ts`,
   * which a chart without items (the ring) does not carry.
   */
  layer?: unknown;
  /** The legend under the chart: `legendList`. */
  legend?: unknown;
  /** Data table: columns (header row) and rows of text. */
  columns: readonly string[];
  /**
   * The table's rows, or their count and a function that writes row `i`, so that a chart with many
   * points formats only the rows the table shows (see `MAX_TABLE_ROWS`).
   */
  rows: readonly (readonly string[])[] | { count: number; row: (i: number) => readonly string[] };
}

/**
 * Most rows the hidden data table holds: beyond it, the first and last half of them and a line saying
 * how many were left out, so that a chart of 100,000 points does not put 100,000 rows in the page.
 */
export const MAX_TABLE_ROWS = 50;

/** The rows the hidden table shows out of `count`: every one, or the first and last `MAX_TABLE_ROWS / 2`. */
export function tableRows(count: number): { head: number; tail: number } {
  return count <= MAX_TABLE_ROWS
    ? { head: count, tail: count }
    : { head: MAX_TABLE_ROWS / 2, tail: count - MAX_TABLE_ROWS / 2 };
}

/** The rows a table shows out of `count`, and where the line about the omitted ones goes. */
function cappedRows(
  rows: FrameParts['rows'],
  s: ChartStrings,
): { rows: (readonly string[])[]; omitted?: { at: number; text: string } } {
  const { count, row } = 'count' in rows ? rows : { count: rows.length, row: (i: number) => rows[i]! };
  const { head, tail } = tableRows(count);
  const out: (readonly string[])[] = [];
  for (let i = 0; i < head; i++) out.push(row(i));
  for (let i = tail; i < count; i++) out.push(row(i));
  return tail > head ? { rows: out, omitted: { at: head, text: fill(s.omittedRows, tail - head) } } : { rows: out };
}

/**
 * The shape every chart shares: a picture (`role="img"`, named by the summary), its focusable items in
 * a second svg stacked over it, an optional legend and a visually hidden data table.
 *
 * The items are not inside the `role="img"` svg because an image's children are presentational in
 * ARIA: screen readers may flatten buttons inside it. Both svgs share one viewBox and one grid cell, so
 * the hit areas lie exactly over the bars at any size.
 */
export function chartFrame({ kind, opts, summary, graphic, layer, legend, columns, rows }: FrameParts) {
  const { width, height, label } = opts;
  const s = chartStrings(opts);
  const table = cappedRows(rows, s);
  return html`<div class="chart ${kind}" part="chart">
    <div class="chart-stage">
      <svg
        class="chart-graphic"
        role="img"
        aria-label=${opts.summary ?? (summary.length === 0 ? label : `${label}${s.colon}${summary.join(s.separator)}`)}
        viewBox="0 0 ${width} ${height}"
        font-size=${FONT_SIZE}
      >
        ${graphic}
      </svg>
      ${layer}
    </div>
    ${legend} ${dataTable(label, columns, table.rows, table.omitted)}
  </div>`;
}

/**
 * Most items a category chart draws (bars, steps, rows): a chart given more draws what fits and one
 * item standing for the rest ("Other (N more)"), so that its nodes, focus stops and summary stay
 * bounded whatever the data. Widgets show far fewer; this is a guard, not a layout.
 */
export const MAX_ITEMS = 40;

/**
 * How many items out of `count` a chart draws in `extent` user units with at least `min` units each,
 * within `MAX_ITEMS`; at least one. The caller draws `shown - 1` items and one that stands for the
 * others when `shown < count`.
 */
export function itemsThatFit(count: number, extent: number, min: number): number {
  return Math.min(count, MAX_ITEMS, Math.max(1, Math.floor(extent / min)));
}

/** Key of the item that stands for items not drawn. */
export const OTHER_KEY = '…';

/**
 * `all` cut to the items that fit in `extent` user units at `min` each (`itemsThatFit`): the first
 * ones and one item standing for the rest, "Other (N more)" (`at: 'end'`, for categories in a chosen
 * order), or one standing for the first ones, "N earlier", and the last ones (`at: 'start'`, for
 * columns in time order, whose latest matter most). The made item has no value, shows "—" and takes
 * `extra`'s fields; the returned `other` is its index, or -1 when everything fits.
 */
export function foldItems<T extends { key: string; label: string }>(
  all: readonly T[],
  extent: number,
  min: number,
  s: ChartStrings,
  at: 'start' | 'end' = 'end',
  extra: Partial<T> = {},
): { items: readonly T[]; other: number } {
  const count = all.length;
  const shown = itemsThatFit(count, extent, min);
  if (count <= shown) return { items: all, other: -1 };
  const keep = shown - 1;
  const rest = {
    key: OTHER_KEY,
    label: fill(at === 'end' ? s.other : s.earlier, count - keep),
    value: null,
    display: s.empty,
    ...extra,
  } as unknown as T;
  return at === 'end'
    ? { items: [...all.slice(0, keep), rest], other: keep }
    : { items: [rest, ...all.slice(count - keep)], other: 0 };
}

/** What most charts draw one of, a bar, a step or a column: a value and its text as the widget formats it. */
export interface Category {
  key: string;
  label: string;
  value: ChartValue;
  display: string;
}

/** The text of a category's value: its display, or "—" when the value is missing. */
export const valueText = (item: Category, s: ChartStrings): string =>
  toNumber(item.value) === null ? s.empty : item.display;

/** A data table row per category, the label and the value's text, and `extra`'s cells after them. */
export const categoryRows = <T extends Category>(
  all: readonly T[],
  s: ChartStrings,
  extra: (item: T) => readonly string[] = () => [],
): FrameParts['rows'] => ({
  count: all.length,
  row: (i) => [all[i]!.label, valueText(all[i]!, s), ...extra(all[i]!)],
});
