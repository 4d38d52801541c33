import { css, unsafeCSS } from 'lit';
import { SERIES_COUNT } from './chart.js';

/*
 * Styles of the charts in `charts/`, in parts so that a widget carries only those of the charts it
 * draws: `chartBaseStyles` here, `items.styles.ts` for a chart with focusable items, `legend.styles.ts`
 * (and `bar-legend.styles.ts`) for a chart with a legend, and one module per kind of chart
 * (`bar-chart.styles.ts` for every chart of bars, over it `waterfall.styles.ts`,
 * `bullet-bars.styles.ts` and `funnel.styles.ts`; `ring.styles.ts`, `line-chart.styles.ts`);
 * `chartStyles` (in `index.ts`) is all of them. Colours come only from here (classes and custom
 * properties), never from style attributes, so a strict `style-src` holds.
 *
 * Public properties are read once, through private tokens with built-in defaults:
 * `--kpi-series-1` … `--kpi-series-8` (bar and line colours), `--kpi-color-text`, `--kpi-color-muted`,
 * `--kpi-color-border`, `--kpi-color-surface` and `--kpi-color-focus` here; `--kpi-color-positive`,
 * `--kpi-color-negative` and `--kpi-color-neutral` where the waterfall and the bullet bars use them.
 * Inside a card the card's own private tokens are the next fallback, so a chart follows the card's
 * theme.
 *
 * Forced colours: system colours only, and shape (outline, dashes) where colour told series apart.
 */

/** `.series-N`, the class of series N, takes its colour `--_series-N` as `--_color`. */
const seriesRules = Array.from(
  { length: SERIES_COUNT },
  (_, i) => `.series-${i + 1} { --_color: var(--_series-${i + 1}); }`,
).join('\n');

/** What every chart needs: the tokens, the stage, text, grid lines, the hidden table. */
export const chartBaseStyles = css`
  .chart {
    position: relative;
    --_series-1: var(--kpi-series-1, light-dark(#4f46e5, #818cf8));
    --_series-2: var(--kpi-series-2, light-dark(#0d9488, #2dd4bf));
    --_series-3: var(--kpi-series-3, light-dark(#d97706, #fbbf24));
    --_series-4: var(--kpi-series-4, light-dark(#db2777, #f472b6));
    --_series-5: var(--kpi-series-5, light-dark(#0284c7, #38bdf8));
    --_series-6: var(--kpi-series-6, light-dark(#65a30d, #a3e635));
    --_series-7: var(--kpi-series-7, light-dark(#9333ea, #c084fc));
    --_series-8: var(--kpi-series-8, light-dark(#475569, #94a3b8));
    --_chart-text: var(--kpi-color-text, var(--_text, light-dark(#111827, #f3f4f6)));
    --_chart-muted: var(--kpi-color-muted, var(--_muted, light-dark(#4b5563, #9ca3af)));
    --_chart-grid: var(--kpi-color-border, var(--_border, light-dark(#e5e7eb, #374151)));
    --_chart-surface: var(--kpi-color-surface, var(--_surface, light-dark(#ffffff, #111827)));
    --_chart-focus: var(--kpi-color-focus, var(--_accent, light-dark(#4f46e5, #a5b4fc)));
    color: var(--_chart-text);
    font-variant-numeric: tabular-nums;
  }
  .chart-stage {
    display: grid;
  }
  /* The picture and its focusable items share one cell, so the hit areas lie exactly over the bars. */
  .chart-stage > svg {
    grid-area: 1 / 1;
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  ${unsafeCSS(seriesRules)}

  /* Text */
  text {
    fill: currentColor;
  }
  .category,
  .tick {
    fill: var(--_chart-muted);
  }

  /* Axes */
  .grid {
    stroke: var(--_chart-grid);
  }

  /* Read by screen readers, not shown. */
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    /* Through the tokens where one colour says it all: text, guides and focus (totals and gains: waterfall, bullet bars). */
    .chart {
      --_chart-text: CanvasText;
      --_chart-muted: CanvasText;
      --_chart-grid: GrayText;
      --_chart-surface: Canvas;
      --_chart-focus: Highlight;
    }
  }
`;
