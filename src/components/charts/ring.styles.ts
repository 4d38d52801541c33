import { css } from 'lit';

/** The ring of a rate and the text in it. */
export const ringChartStyles = css`
  .ring-subtext {
    fill: var(--_chart-muted);
  }
  .ring-text {
    font-weight: 650;
  }
  .ring-track {
    fill: var(--_chart-grid);
  }
  .ring-value {
    fill: var(--_color, var(--_series-1));
  }

  @media (prefers-reduced-motion: no-preference) {
    .ring-value {
      transition: d 0.3s ease;
    }
  }

  @media (forced-colors: active) {
    .ring-value {
      fill: CanvasText;
      stroke: Canvas;
    }
    .ring-track {
      fill: Canvas;
      stroke: GrayText;
    }
  }
`;
