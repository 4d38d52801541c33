import { css } from 'lit';

/** The funnel, over `bar-chart.styles.ts`: the bands between steps and the conversions written on them. */
export const funnelStyles = css`
  .conversion {
    fill: var(--_chart-muted);
  }
  .funnel-band {
    fill: var(--_series-1);
    fill-opacity: 0.15;
  }

  @media (forced-colors: active) {
    .funnel-band {
      fill: Canvas;
      stroke: GrayText;
    }
  }
`;
