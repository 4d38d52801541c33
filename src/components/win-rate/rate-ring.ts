import { css, html, nothing, type TemplateResult } from 'lit';
import { chartStringsFor, type ChartValue } from '../charts/chart.js';
import { ring } from '../charts/ring.js';

/*
 * Shared by the rate cards drawn as a ring (win rate, lead conversion rate): the ring with a line of
 * counts under it, and their styles.
 */

/** Drawing height of the ring; the skeleton's default `--kpi-chart-height` (120px) matches it. */
const CHART_HEIGHT = 120;
/** The card's horizontal padding and border, so the ring is drawn at the width it is shown. */
const CARD_INSET = 42;

/**
 * `value` as a ring named `label` with `centerText` in the middle, and `line` ("3 won, 2 lost") under
 * it, where the picture's name ends with it too.
 */
export function rateRing(
  value: ChartValue,
  {
    label,
    centerText,
    line,
    locale,
    width,
  }: { label: string; centerText: string; line?: string; locale: string; width: number },
): TemplateResult {
  const s = chartStringsFor(locale);
  return html`${ring(value, {
    width: Math.max(120, width - CARD_INSET),
    height: CHART_HEIGHT,
    label,
    centerText,
    strings: s,
    summary: [`${label}${s.colon}${centerText || s.empty}`, ...(line ? [line] : [])].join(s.separator),
  })}
  ${line ? html`<p class="counts">${line}</p>` : nothing}`;
}

/**
 * The line under the ring, and the ring's height (`--_chart-height`: the card's, 120px unless
 * `--kpi-chart-height` says otherwise).
 */
export const rateRingStyles = css`
  .counts {
    margin-block-start: calc(var(--_space) * 0.25);
    font-size: 0.8125rem;
    color: var(--_muted);
    text-align: center;
  }
  /*
   * The chart keeps the height of its skeleton whatever width it was drawn at, so the redraw that
   * follows a resize never changes the card's size (no ResizeObserver loop, no layout shift).
   */
  .chart-stage > svg {
    block-size: var(--_chart-height);
  }
`;
