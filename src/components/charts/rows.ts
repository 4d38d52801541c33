import { svg, type SVGTemplateResult } from 'lit';
import { fitText, px, textWidth, type ChartStrings } from './chart.js';

/*
 * What the charts of one row per item (horizontal bars, bullet bars, the funnel) share: a label before
 * the plot, a value after it, and margins sized to their texts.
 */

/** Space between a row's label or value and the plot. */
export const GAP = 6;

/**
 * Room for the widest of `texts` (each `factor` times its estimated width), the gap and `pad`; at most
 * `limit`.
 */
export const textRoom = (texts: readonly string[], pad: number, limit: number, factor = 1): number =>
  Math.min(limit, Math.max(0, ...texts.map((text) => textWidth(text) * factor)) + GAP + pad);

/** A row's label, right-aligned before the plot starting at `left`, shortened to fit there. */
export const rowLabel = (label: string, left: number, cy: number): SVGTemplateResult =>
  svg`<text class="category" x=${px(left - GAP)} y=${cy} dy="0.35em" text-anchor="end">${fitText(label, left - GAP)}</text>`;

/** A row's value after the plot ending at `right`; null writes "—". */
export const rowValue = (text: string | null, right: number, cy: number, s: ChartStrings): SVGTemplateResult =>
  svg`<text class=${text === null ? 'value empty' : 'value'} x=${px(right + GAP)} y=${cy} dy="0.35em">${text ?? s.empty}</text>`;
