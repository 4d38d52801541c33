import { css } from 'lit';

/**
 * Styles for every chart in `charts/`: add to a widget's `static styles`. Colours come only from here
 * (classes and custom properties), never from style attributes, so a strict `style-src` holds.
 *
 * Public properties are read once, through private tokens with built-in defaults:
 * `--kpi-series-1` … `--kpi-series-8` (bar and line colours), `--kpi-color-text`, `--kpi-color-muted`,
 * `--kpi-color-border`, `--kpi-color-surface`, `--kpi-color-positive`, `--kpi-color-negative`,
 * `--kpi-color-neutral` and `--kpi-color-focus`. Inside a card the card's own private tokens are the
 * next fallback, so a chart follows the card's theme.
 */
export const chartStyles = css`
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
    --_chart-positive: var(--kpi-color-positive, var(--_positive, light-dark(#047857, #34d399)));
    --_chart-negative: var(--kpi-color-negative, var(--_negative, light-dark(#b91c1c, #f87171)));
    --_chart-neutral: var(--kpi-color-neutral, light-dark(#64748b, #94a3b8));
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
  .series-1 {
    --_color: var(--_series-1);
  }
  .series-2 {
    --_color: var(--_series-2);
  }
  .series-3 {
    --_color: var(--_series-3);
  }
  .series-4 {
    --_color: var(--_series-4);
  }
  .series-5 {
    --_color: var(--_series-5);
  }
  .series-6 {
    --_color: var(--_series-6);
  }
  .series-7 {
    --_color: var(--_series-7);
  }
  .series-8 {
    --_color: var(--_series-8);
  }

  /* Text */
  text {
    fill: currentColor;
  }
  .category,
  .tick,
  .conversion,
  .ring-subtext,
  .note {
    fill: var(--_chart-muted);
  }
  .value {
    font-weight: 600;
  }
  .value.empty {
    font-weight: 400;
  }
  .ring-text {
    font-weight: 650;
  }

  /* Marks */
  .bar {
    fill: var(--_color, var(--_series-1));
    transition:
      x 0.3s ease,
      y 0.3s ease,
      width 0.3s ease,
      height 0.3s ease,
      fill-opacity 0.15s ease;
  }
  .bar.dim {
    fill-opacity: 0.45;
  }
  .bar.segment {
    stroke: var(--_chart-surface);
    stroke-width: 1;
  }
  .bar.met {
    fill: var(--_chart-positive);
  }
  .waterfall .bar.total {
    fill: var(--_chart-neutral);
  }
  .waterfall .bar.up {
    fill: var(--_chart-positive);
  }
  .waterfall .bar.down {
    fill: var(--_chart-negative);
  }
  .track {
    fill: var(--_chart-grid);
  }
  /* The cut across a total bar whose axis does not start at zero. */
  .break {
    fill: var(--_chart-surface);
  }
  .target-marker {
    stroke: var(--_chart-text);
    stroke-width: 2;
  }
  .funnel-band {
    fill: var(--_series-1);
    fill-opacity: 0.15;
  }
  .ring-track {
    fill: var(--_chart-grid);
  }
  .ring-value {
    fill: var(--_color, var(--_series-1));
    transition: d 0.3s ease;
  }
  .line {
    fill: none;
    stroke: var(--_color);
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .point {
    fill: var(--_color);
    stroke: var(--_chart-surface);
    stroke-width: 1;
  }

  /* Axes and guides */
  .grid {
    stroke: var(--_chart-grid);
    stroke-width: 1;
  }
  .baseline {
    stroke: var(--_chart-muted);
    stroke-width: 1;
  }
  .connector {
    stroke: var(--_chart-muted);
    stroke-width: 1;
    stroke-dasharray: 3 2;
  }
  .reference {
    stroke: var(--_chart-text);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .reference-label {
    font-weight: 600;
  }

  /* Focusable items: a hit area over each bar, step or column. The chart's one tooltip is moved into
     the focused or hovered item (chartFrame), and shown there by these rules. */
  .chart-items {
    pointer-events: none;
  }
  .item {
    cursor: default;
    outline: none;
  }
  .item[role='button'] {
    cursor: pointer;
  }
  .hit {
    fill: transparent;
    pointer-events: all;
  }
  .item:hover .hit {
    fill: var(--_chart-text);
    fill-opacity: 0.06;
  }
  .item:focus-visible .hit {
    stroke: var(--_chart-focus);
    stroke-width: 2;
  }
  .tooltip {
    pointer-events: none;
    opacity: 0;
    visibility: hidden;
    transition:
      opacity 0.12s ease,
      visibility 0s linear 0.12s;
  }
  .item:hover .tooltip,
  .item:focus .tooltip {
    opacity: 1;
    visibility: visible;
    transition: opacity 0.12s ease;
  }
  .tooltip-box {
    fill: var(--_chart-text);
  }
  .tooltip-text {
    fill: var(--_chart-surface);
  }
  .tooltip-title {
    font-weight: 600;
  }

  /* Legend */
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.875rem;
    margin: 0.375rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.75rem;
    color: var(--_chart-muted);
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .swatch {
    display: inline-block;
    flex: none;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border-radius: 2px;
    background: var(--_color, var(--_series-1));
  }
  .swatch-line {
    block-size: 0.1875rem;
    border-radius: 2px;
  }
  .swatch-marker {
    inline-size: 0.125rem;
    block-size: 0.875rem;
    border-radius: 0;
    background: var(--_chart-text);
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

  @media (prefers-reduced-motion: reduce) {
    .bar,
    .ring-value,
    .tooltip,
    .item:hover .tooltip,
    .item:focus .tooltip {
      transition: none;
    }
  }

  /* Forced colours: system colours only, and shape (outline, dashes) where colour told series apart. */
  @media (forced-colors: active) {
    text,
    .category,
    .tick,
    .conversion,
    .ring-subtext,
    .note {
      fill: CanvasText;
    }
    .bar,
    .ring-value,
    .point,
    .bar.met,
    .waterfall .bar.total,
    .waterfall .bar.up {
      fill: CanvasText;
      stroke: Canvas;
    }
    .waterfall .bar.down,
    .bar.dim {
      fill: Canvas;
      fill-opacity: 1;
      stroke: CanvasText;
      stroke-width: 1;
    }
    .bar.segment:is(.series-2, .series-4, .series-6, .series-8) {
      fill: GrayText;
    }
    .track,
    .ring-track,
    .funnel-band {
      fill: Canvas;
      stroke: GrayText;
    }
    .grid {
      stroke: GrayText;
    }
    .break {
      fill: Canvas;
    }
    .baseline,
    .connector,
    .reference,
    .target-marker {
      stroke: CanvasText;
    }
    .line {
      stroke: CanvasText;
    }
    .series-2 .line {
      stroke-dasharray: 6 3;
    }
    .series-3 .line {
      stroke-dasharray: 2 3;
    }
    .series-4 .line {
      stroke-dasharray: 8 3 2 3;
    }
    .item:focus-visible .hit {
      stroke: Highlight;
    }
    .item:hover .hit {
      fill: transparent;
      stroke: Highlight;
    }
    .tooltip-box {
      fill: Canvas;
      stroke: CanvasText;
    }
    .tooltip-text {
      fill: CanvasText;
    }
    .swatch {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .legend-item:is(.series-2, .series-4, .series-6, .series-8) .swatch-box {
      background: GrayText;
    }
  }
`;
