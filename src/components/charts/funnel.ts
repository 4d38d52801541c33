import { svg, type TemplateResult } from 'lit';
import {
  barRect,
  BOLD,
  categoryRows,
  chartFrame,
  chartStrings,
  foldItems,
  LINE_HEIGHT,
  px,
  toNumber,
  valueText,
  type Category,
  type ChartItem,
  type ChartOptions,
  type ChartValue,
  type Margin,
} from './chart.js';
import { activateItem, itemLayer } from './items.js';
import { rowLabel, rowValue, textRoom } from './rows.js';
import { linear } from './scale.js';

export interface FunnelStep extends Category {
  key: string;
  label: string;
  value: ChartValue;
  display: string;
  /** Conversion from the previous step into this one, formatted, e.g. "40%"; shown between the two. */
  conversion?: string;
}

/** Thinnest step before steps fold into "Other (N more)": the gap for its conversion and a 2-unit bar. */
const MIN_STEP = LINE_HEIGHT + 7;

/**
 * Steps as centred bars narrowing with their values, joined by bands, with each step's conversion
 * written between it and the step before: leads, opportunities, meetings booked, won. More steps
 * than fit end in one "Other (N more)" step without a bar; the hidden table keeps every step up to
 * `MAX_TABLE_ROWS`.
 *
 * @example funnel([{ key: 'leads', label: 'Leads', value: 200, display: '200' }, { key: 'won', label: 'Won', value: 10, display: '10', conversion: '5%' }], { width: 360, height: 200, label: 'Funnel' })
 */
export function funnel(all: readonly FunnelStep[], opts: ChartOptions): TemplateResult {
  const { width, height } = opts;
  const s = chartStrings(opts);
  const { items: steps, other } = foldItems(all, height, MIN_STEP, s);
  const values = steps.map((step) => toNumber(step.value));
  const m: Margin = {
    top: 2,
    bottom: 2,
    left: textRoom(
      steps.map((x) => x.label),
      2,
      width * 0.35,
    ),
    right: textRoom(
      steps.map((x) => x.display),
      2,
      width * 0.3,
      BOLD,
    ),
    ...opts.margin,
  };
  const gap = LINE_HEIGHT + 5;
  const n = steps.length;
  const rowHeight = Math.max(0, (height - m.top - m.bottom - gap * Math.max(0, n - 1)) / Math.max(1, n));
  const top = (i: number) => m.top + i * (rowHeight + gap);
  const widest = Math.max(0, ...values.map((v) => Math.abs(v ?? 0)));
  const w = linear(0, widest, 0, width - m.left - m.right);
  const cx = (m.left + width - m.right) / 2;
  const barWidth = (v: number | null) => (v === null ? 0 : w(Math.abs(v)));

  const graphic = steps.map((step, i) => {
    const v = values[i]!;
    const y = top(i);
    const half = barWidth(v) / 2;
    const cy = px(y + rowHeight / 2);
    const prev = i > 0 ? barWidth(values[i - 1]!) / 2 : 0;
    const band =
      i > 0
        ? svg`<path class="funnel-band" d="M${px(cx - prev)},${px(y - gap)}L${px(cx + prev)},${px(y - gap)}L${px(
            cx + half,
          )},${px(y)}L${px(cx - half)},${px(y)}Z"></path>`
        : '';
    const conversion = step.conversion
      ? svg`<text class="conversion" x=${px(cx)} y=${px(y - gap / 2)} dy="0.35em" text-anchor="middle">↓ ${step.conversion}</text>`
      : '';
    return svg`${band}${conversion}${rowLabel(step.label, m.left, cy)}${
      v === null ? '' : barRect('bar series-1', cx - half, y, 2 * half, rowHeight)
    }${rowValue(v === null ? null : step.display, width - m.right, cy, s)}`;
  });

  const hitItems: ChartItem[] = steps.map((step, i) => {
    const text = values[i] === null ? s.empty : step.display;
    const half = barWidth(values[i]!) / 2;
    const detail = step.conversion ? `${text} (${step.conversion})` : text;
    return {
      key: step.key,
      value: step.value,
      name: `${step.label}${s.separator}${detail}`,
      tooltip: step.conversion ? [step.label, text, `${s.conversion}${s.colon}${step.conversion}`] : [step.label, text],
      passive: i === other,
      hit: { x: 0, y: top(i) - 2, width, height: rowHeight + 4 },
      anchor: { x: cx - half, y: top(i), width: 2 * half, height: rowHeight },
    };
  });

  return chartFrame({
    kind: 'funnel',
    opts,
    summary: steps.map((step) => {
      const text = `${step.label} ${valueText(step, s)}`;
      return step.conversion ? `${text} (${step.conversion})` : text;
    }),
    graphic,
    layer: itemLayer(hitItems, opts, activateItem),
    columns: [s.category, s.value, s.conversion],
    rows: categoryRows(all, s, (step) => [step.conversion ?? '']),
  });
}
