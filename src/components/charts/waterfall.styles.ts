import { css } from 'lit';

/** The waterfall, over `bar-chart.styles.ts`: steps that add, take away or total, their connectors and breaks. */
export const waterfallStyles = css`
  .chart {
    --_chart-positive: var(--kpi-color-positive, var(--_positive, light-dark(#047857, #34d399)));
    --_chart-negative: var(--kpi-color-negative, var(--_negative, light-dark(#b91c1c, #f87171)));
    --_chart-neutral: var(--kpi-color-neutral, light-dark(#64748b, #94a3b8));
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
  /* The cut across a total bar whose axis does not start at zero. */
  .break {
    fill: var(--_chart-surface);
  }
  .connector {
    stroke: var(--_chart-muted);
    stroke-dasharray: 3 2;
  }

  @media (forced-colors: active) {
    .chart {
      --_chart-positive: CanvasText;
      --_chart-neutral: CanvasText;
    }
    .waterfall .bar.down {
      fill: Canvas;
      fill-opacity: 1;
      stroke: CanvasText;
    }
  }
`;
