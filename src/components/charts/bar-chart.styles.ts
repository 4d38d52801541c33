import { css } from 'lit';

/**
 * Bars, steps and rows with their values and guides: every chart of bars, the waterfall and the
 * funnel. What only the waterfall, the bullet bars or the funnel draw is in `waterfall.styles.ts`,
 * `bullet-bars.styles.ts` and `funnel.styles.ts`, so that other bar charts do not carry it.
 */
export const barChartStyles = css`
  .note {
    fill: var(--_chart-muted);
  }
  .value {
    font-weight: 600;
  }
  .value.empty {
    font-weight: 400;
  }
  .bar {
    fill: var(--_color, var(--_series-1));
  }
  .bar.dim {
    fill-opacity: 0.45;
  }
  .bar.segment {
    stroke: var(--_chart-surface);
  }
  .baseline {
    stroke: var(--_chart-muted);
  }
  .reference {
    stroke: var(--_chart-text);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .reference-label {
    font-weight: 600;
  }

  @media (prefers-reduced-motion: no-preference) {
    .bar {
      transition:
        x 0.3s ease,
        y 0.3s ease,
        width 0.3s ease,
        height 0.3s ease,
        fill-opacity 0.15s ease;
    }
  }

  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
      stroke: Canvas;
    }
    .bar.dim {
      fill: Canvas;
      fill-opacity: 1;
      stroke: CanvasText;
    }
    .bar.segment:is(.series-2, .series-4, .series-6, .series-8) {
      fill: GrayText;
    }
  }
`;
