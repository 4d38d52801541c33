import { svg, type TemplateResult } from 'lit';
import { columnHit, columns, hLine } from './axis.js';
import {
  barRect,
  BOLD,
  categoryRows,
  centerWithin,
  chartFrame,
  chartStrings,
  defaultFormat,
  fill,
  itemsThatFit,
  LINE_HEIGHT,
  OTHER_KEY,
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
import { linear } from './scale.js';

/** Narrowest step, in user units, before the middle steps fold into one net "Other (N more)" step. */
const MIN_STEP = 6;

export interface WaterfallStep extends Category {
  key: string;
  label: string;
  /** A total's level, or the size of a movement (its sign is ignored: `kind` says which way it goes). */
  value: ChartValue;
  /** The value as the widget formats it, e.g. "+$1,200.00" or "−$300.00". */
  display: string;
  /** `total` stands on zero and resets the running level; `up` adds to it; `down` takes from it. */
  kind: 'total' | 'up' | 'down';
}

/** A drawn step and the running level before (`from`) and after (`to`, `level`) it. */
interface Span {
  step: WaterfallStep;
  v: number | null;
  from: number;
  to: number;
  level: number;
}

export interface WaterfallOptions extends ChartOptions {
  /** Always start the value axis at zero, even when that leaves the movements too thin to read. */
  zero?: boolean;
}

/**
 * A bridge from a starting total to an ending total through the movements between them, with
 * connectors at each running level: MRR start, new, expansion, reactivation, contraction, churn, end.
 * A null movement is drawn as "—" and moves nothing. When the movements are small against the totals
 * the axis starts near the lowest level, and the totals carry a break mark (see `zero`). More steps
 * than fit (under 6 units, or over `MAX_ITEMS`) keep the first ones and the last, and the steps between
 * become one "Other (N more)" movement of their net change (formatted with `format`), so the bridge
 * still adds up; the hidden table keeps every step up to `MAX_TABLE_ROWS`.
 *
 * @example waterfall([{ key: 'start', label: 'Start', value: 5000, display: '$5,000', kind: 'total' }], { width: 360, height: 180, label: 'MRR movements' })
 */
export function waterfall(all: readonly WaterfallStep[], opts: WaterfallOptions): TemplateResult {
  const { width, height } = opts;
  const s = chartStrings(opts);
  const format = opts.format ?? defaultFormat;
  const count = all.length;
  const shown = itemsThatFit(count, width, MIN_STEP);
  // Keep the first shown - 2 steps and the last; the ones between move the level by their sum. One
  // pass runs the level through every step but keeps a span only for a step that is drawn.
  const keep = count > shown ? Math.max(0, shown - 2) : count;
  const spans: Span[] = [];
  let level = 0;
  let before = 0;
  let after = 0;
  for (let i = 0; i < count; i++) {
    const step = all[i]!;
    const v = toNumber(step.value);
    const from = step.kind === 'total' ? 0 : level;
    const to =
      v === null ? from : step.kind === 'total' ? v : step.kind === 'up' ? level + Math.abs(v) : level - Math.abs(v);
    // A missing value moves nothing: a missing total keeps the level too.
    if (v !== null) level = to;
    if (i < keep || i === count - 1) spans.push({ step, v, from, to, level });
    if (i === keep - 1) before = level;
    if (i === count - 2) after = level;
  }
  let other = -1;
  if (keep < count) {
    const delta = after - before;
    const step: WaterfallStep = {
      key: OTHER_KEY,
      label: fill(s.other, count - 1 - keep),
      value: Math.abs(delta),
      display: `${delta < 0 ? '−' : '+'}${format(Math.abs(delta))}`,
      kind: delta < 0 ? 'down' : 'up',
    };
    other = keep;
    spans.splice(keep, 0, { step, v: Math.abs(delta), from: before, to: after, level: after });
  }
  const steps = spans.map((x) => x.step);
  // Movements are often a few percent of the totals (MRR moves by thousands on tens of thousands); on
  // a zero-based axis they would be slivers. Unless `zero` is set, such a bridge starts its axis just
  // under its lowest level, and the total bars, which no longer reach zero, show a break mark.
  const reached = spans.flatMap((x) => (x.v === null ? [] : x.step.kind === 'total' ? [x.to] : [x.from, x.to]));
  const low = Math.min(...reached);
  const high = Math.max(...reached);
  const spread = high - low || Math.abs(high) / 10;
  const floor = !opts.zero && low > 0 && high - low < high / 2 ? Math.max(0, low - spread * 0.75) : 0;
  // Bars stand on the floor (zero or more; a level under it is drawn at it), the axis's low end.
  const hi = Math.max(floor, ...spans.flatMap((x) => [x.from, x.to]));

  const frame = columns(
    steps.map((x) => x.label),
    opts,
    { top: LINE_HEIGHT + 2, left: 4, right: 4, padding: 0.3 },
  );
  const { xs, m } = frame;
  const y = linear(floor, hi === floor ? floor + 1 : hi, height - m.bottom, m.top);
  const zero = y(floor);
  /** The top and bottom of the bar of a step from level `from` to `to`, cut at the floor. */
  const ends = (from: number, to: number) =>
    [y(Math.max(from, to, floor)), y(Math.max(Math.min(from, to), floor))] as const;

  const graphic = spans.map(({ step, v, from, to }, i) => {
    const x = xs.start(i);
    const cx = px(xs.center(i));
    const connector =
      i < spans.length - 1 ? hLine('connector', x + xs.bandwidth, xs.start(i + 1), y(spans[i]!.level)) : '';
    if (v === null) {
      return svg`<text class="value empty" x=${cx} y=${px(y(from) - 4)} text-anchor="middle">${s.empty}</text>${connector}`;
    }
    const [top, bottom] = ends(from, to);
    const broken = floor > 0 && step.kind === 'total';
    // A label goes above the bar, or under it when the bar ends below zero.
    const labelY = Math.max(from, to) < 0 ? bottom + 12 : top - 4;
    return svg`${barRect(`bar ${step.kind}`, x, top, xs.bandwidth, bottom - top)}${
      broken
        ? svg`<path class="break" d="M${px(x - 1)},${px(bottom - 8)}L${px(x + xs.bandwidth + 1)},${px(bottom - 14)}V${px(
            bottom - 10,
          )}L${px(x - 1)},${px(bottom - 4)}Z"></path>`
        : ''
    }<text class="value" x=${centerWithin(cx, textWidth(step.display) * BOLD, width)} y=${px(labelY)} text-anchor="middle">${step.display}</text>${connector}`;
  });

  const hitItems: ChartItem[] = spans.map(({ step, from, to }, i) => {
    const [top, bottom] = ends(from, to);
    return {
      key: step.key,
      value: step.value,
      tooltip: [step.label, valueText(step, s)],
      column: true,
      passive: i === other,
      hit: columnHit(frame, height, i),
      anchor: { x: xs.start(i), y: top, width: xs.bandwidth, height: bottom - top },
    };
  });

  return chartFrame({
    kind: 'waterfall',
    opts,
    summary: steps.map((step) => `${step.label} ${valueText(step, s)}`),
    graphic: svg`${hLine('baseline', m.left, width - m.right, zero)}
      ${graphic}${frame.xAxis}`,
    layer: itemLayer(hitItems, opts, activateItem),
    columns: [s.category, s.value],
    rows: categoryRows(all, s),
  });
}
