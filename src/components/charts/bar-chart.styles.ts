import { css } from 'lit';

/**
 * Bars, steps and rows with their values, tracks, markers and guides: every chart of bars, the
 * waterfall and the funnel.
 */
export const barChartStyles = css`
  .conversion,
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
  .waterfall .bar.total {
    fill: var(--_chart-neutral);
  }
  .bar.met,
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

  @media (prefers-reduced-motion: reduce) {
    .bar {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .bar {
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
    .funnel-band {
      fill: Canvas;
      stroke: GrayText;
    }
  }
`;
