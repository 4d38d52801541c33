import { svg, type TemplateResult } from 'lit';
import {
  barRect,
  BOLD,
  chartFrame,
  chartStrings,
  defaultFormat,
  foldItems,
  legendList,
  px,
  size,
  toNumber,
  type ChartItem,
  type ChartOptions,
  type ChartValue,
  type Margin,
} from './chart.js';
import { activateItem, itemLayer } from './items.js';
import { GAP, rowLabel, rowValue, textRoom } from './rows.js';
import { band, linear } from './scale.js';

export interface BulletItem {
  key: string;
  label: string;
  /** What was reached, e.g. a rep's won sales; null draws "—" and no bar. */
  actual: ChartValue;
  /** What was asked, e.g. the rep's quota; null or zero draws no marker. */
  target: ChartValue;
  /** The result as the widget formats it, e.g. "$5,000.00 (62.5%)". */
  display: string;
  /** The target as the widget formats it; `format(target)` when absent. */
  targetDisplay?: string;
}

/**
 * Thinnest row, in user units, before rows fold into an "Other (N more)" row: the line of a category
 * label, so labels never overlap however small the height.
 */
const MIN_ROW = 16;

/**
 * One row per item on a shared value scale: a pale track from zero to the target marks 100% of it, a
 * thinner bar shows the actual, and a marker stands at the target. Quota attainment per rep. A bar that
 * reaches its target gets the `met` class. More items than fit (rows under 4 units, or over
 * `MAX_ITEMS`) end in one "Other (N more)" row without a bar; the hidden table keeps every item up to
 * `MAX_TABLE_ROWS`.
 *
 * @example bulletBars([{ key: 'ana', label: 'Ana', actual: 5000, target: 8000, display: '62.5%' }], { width: 320, height: 100, label: 'Quota attainment' })
 */
export function bulletBars(all: readonly BulletItem[], opts: ChartOptions): TemplateResult {
  const { width, height } = opts;
  const s = chartStrings(opts);
  const format = opts.format ?? defaultFormat;
  const { items, other } = foldItems(all, height, MIN_ROW, s, 'end', {
    actual: null,
    target: null,
    targetDisplay: s.empty,
  });
  const actuals = items.map((i) => toNumber(i.actual));
  const targets = items.map((i) => toNumber(i.target));
  const targetText = (item: BulletItem) => {
    const t = toNumber(item.target);
    return item.targetDisplay ?? (t === null ? s.empty : format(t));
  };
  const m: Margin = {
    top: 2,
    bottom: 2,
    left: textRoom(
      items.map((i) => i.label),
      2,
      width * 0.35,
    ),
    right: textRoom(
      items.map((i) => i.display),
      GAP,
      width * 0.35,
      BOLD,
    ),
    ...opts.margin,
  };
  const hi = Math.max(0, ...actuals.map((v) => v ?? 0), ...targets.map((v) => v ?? 0));
  const x = linear(0, hi, m.left, width - m.right);
  const rows = band(items.length, m.top, height - m.bottom, 0.3, 0.15);

  const graphic = items.map((item, i) => {
    const a = actuals[i]!;
    const t = targets[i]!;
    const y = rows.start(i);
    const cy = px(rows.center(i));
    const thin = rows.bandwidth / 2;
    const met = a !== null && t !== null && t > 0 && a >= t;
    return svg`${rowLabel(item.label, m.left, cy)}${
      t !== null && t > 0
        ? svg`<rect class="track" x=${px(m.left)} y=${px(y)} width=${size(x(t) - m.left)} height=${size(rows.bandwidth)}></rect>`
        : ''
    }${
      a === null
        ? ''
        : barRect(
            met ? 'bar series-1 met' : 'bar series-1',
            m.left,
            y + (rows.bandwidth - thin) / 2,
            x(Math.max(0, a)) - m.left,
            thin,
          )
    }${
      t !== null && t > 0
        ? svg`<line class="target-marker" x1=${px(x(t))} x2=${px(x(t))} y1=${px(y - 2)} y2=${px(y + rows.bandwidth + 2)}></line>`
        : ''
    }${rowValue(a === null ? null : item.display, width - m.right, cy, s)}`;
  });

  const hitItems: ChartItem[] = items.map((item, i) => {
    const text = actuals[i] === null ? s.empty : item.display;
    const y = rows.start(i);
    const end = x(Math.max(0, actuals[i] ?? 0, targets[i] ?? 0));
    return {
      key: item.key,
      value: item.actual,
      name: `${item.label}${s.separator}${text}${s.separator}${s.target} ${targetText(item)}`,
      tooltip: [item.label, `${s.actual}${s.colon}${text}`, `${s.target}${s.colon}${targetText(item)}`],
      passive: i === other,
      hit: { x: 0, y: rows.slot(i), width, height: rows.step },
      anchor: { x: m.left, y, width: end - m.left, height: rows.bandwidth },
    };
  });

  return chartFrame({
    kind: 'bullet-bars',
    opts,
    summary: items.map((item, i) => `${item.label} ${actuals[i] === null ? s.empty : item.display}`),
    graphic,
    layer: itemLayer(hitItems, opts, activateItem),
    legend: legendList([
      { label: s.actual, series: 0, shape: 'box' },
      { label: s.target, series: 0, shape: 'marker' },
    ]),
    columns: [s.category, s.actual, s.target],
    rows: {
      count: all.length,
      row: (i) => {
        const item = all[i]!;
        return [item.label, toNumber(item.actual) === null ? s.empty : item.display, targetText(item)];
      },
    },
  });
}
