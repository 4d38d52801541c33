import { css } from 'lit';

/** Lines with a dot on each value. */
export const lineChartStyles = css`
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
  }

  @media (forced-colors: active) {
    .point {
      fill: CanvasText;
      stroke: Canvas;
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
  }
`;
