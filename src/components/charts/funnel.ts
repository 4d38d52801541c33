import { max } from 'd3-array';
import { svg, type TemplateResult } from 'lit';
import {
  BOLD,
  chartFrame,
  chartStrings,
  fill,
  fitText,
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
import { linear } from './scale.js';

export interface FunnelStep {
  key: string;
  label: string;
  value: ChartValue;
  display: string;
  /** Conversion from the previous step into this one, formatted, e.g. "40%"; shown between the two. */
  conversion?: string;
}

const GAP = 6;
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
  const { items: steps, other } = foldItems(all, itemsThatFit(all.length, height, MIN_STEP), (n) => ({
    key: OTHER_KEY,
    label: fill(s.other, n),
    value: null,
    display: s.empty,
  }));
  const values = steps.map((step) => toNumber(step.value));
  const m: Margin = {
    top: 2,
    bottom: 2,
    left: Math.min(width * 0.35, (max(steps, (x) => textWidth(x.label)) ?? 0) + GAP + 2),
    right: Math.min(width * 0.3, (max(steps, (x) => textWidth(x.display) * BOLD) ?? 0) + GAP + 2),
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
    return svg`${band}${conversion}<text class="category" x=${px(m.left - GAP)} y=${cy} dy="0.35em" text-anchor="end">${fitText(
      step.label,
      m.left - GAP,
    )}</text>${
      v === null
        ? ''
        : svg`<rect class="bar series-1" part="bar" x=${px(cx - half)} y=${px(y)} width=${size(2 * half)} height=${size(rowHeight)}></rect>`
    }<text class=${v === null ? 'value empty' : 'value'} x=${px(width - m.right + GAP)} y=${cy} dy="0.35em">${
      v === null ? s.empty : step.display
    }</text>`;
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
    summary:
      opts.summary ??
      listSummary(
        opts.label,
        steps.map((step, i) => {
          const text = `${step.label} ${values[i] === null ? s.empty : step.display}`;
          return step.conversion ? `${text} (${step.conversion})` : text;
        }),
        s,
      ),
    graphic,
    items: hitItems,
    columns: [s.category, s.value, s.conversion],
    rows: {
      count: all.length,
      row: (i) => [
        all[i]!.label,
        toNumber(all[i]!.value) === null ? s.empty : all[i]!.display,
        all[i]!.conversion ?? '',
      ],
    },
  });
}
