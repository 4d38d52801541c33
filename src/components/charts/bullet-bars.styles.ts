import { css } from 'lit';

/** Bullet bars, over `bar-chart.styles.ts`: the track to the target, the target marker, a bar that met it. */
export const bulletBarsStyles = css`
  .chart {
    --_chart-positive: var(--kpi-color-positive, var(--_positive, light-dark(#047857, #34d399)));
  }
  .bar.met {
    fill: var(--_chart-positive);
  }
  .track {
    fill: var(--_chart-grid);
  }
  .target-marker {
    stroke: var(--_chart-text);
    stroke-width: 2;
  }

  @media (forced-colors: active) {
    .chart {
      --_chart-positive: CanvasText;
    }
    .track {
      fill: Canvas;
      stroke: GrayText;
    }
  }
`;
