import { svg, type TemplateResult } from 'lit';
import { arcPath } from './path.js';
import { chartFrame, chartStrings, FONT_SIZE, px, toNumber, type ChartOptions, type ChartValue } from './chart.js';

export interface RingOptions extends Omit<ChartOptions, 'format' | 'onSelect' | 'margin'> {
  /** Text in the middle, usually the formatted rate, e.g. "60%". */
  centerText: string;
  /** A smaller second line under it, e.g. "3 won / 2 lost". */
  centerSubtext?: string;
}

/**
 * A rate as a ring filled clockwise from the top: win rate, conversion rate. The fraction is clamped to
 * 0..1 for drawing only (the centre text says the real value); null draws the empty track.
 *
 * @example ring(0.6, { width: 120, height: 120, label: 'Win rate', centerText: '60%' })
 */
export function ring(fraction: ChartValue, opts: RingOptions): TemplateResult {
  const { width, height, centerText, centerSubtext } = opts;
  const s = chartStrings(opts);
  const f = toNumber(fraction);
  const outer = Math.max(0, Math.min(width, height) / 2 - 2);
  const inner = outer - Math.max(6, outer * 0.2);
  const track = arcPath(Math.max(0, inner), outer, 0, 2 * Math.PI);
  const filled = f === null ? '' : arcPath(Math.max(0, inner), outer, 0, 2 * Math.PI * Math.min(1, Math.max(0, f)));
  const cx = width / 2;
  const cy = height / 2;
  const text = f === null && !centerText ? s.empty : centerText;
  // The centre text grows with the ring, within readable bounds.
  const big = px(Math.min(32, Math.max(FONT_SIZE, inner * 0.5)));
  return chartFrame({
    kind: 'ring',
    opts,
    summary: centerSubtext ? [text, centerSubtext] : [text],
    graphic: svg`<g transform="translate(${px(cx)} ${px(cy)})">
      <path class="ring-track" d=${track}></path>
      ${filled ? svg`<path class="ring-value series-1" part="bar" d=${filled}></path>` : ''}
      <text class="ring-text" font-size=${big} y=${centerSubtext ? -2 : 0} dy=${centerSubtext ? '0' : '0.35em'} text-anchor="middle">${text}</text>
      ${centerSubtext ? svg`<text class="ring-subtext" y=${FONT_SIZE + 2} text-anchor="middle">${centerSubtext}</text>` : ''}
    </g>`,
    columns: [s.category, s.value],
    rows: [[opts.label, text]],
  });
}
