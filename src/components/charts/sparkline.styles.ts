import { css } from 'lit';

/**
 * The trend line of a widget that sets `static sparkline` (after `cardStyles`, before the widget's own
 * sheet, which may set `--_sparkline-color`): its height (`--kpi-sparkline-height`), line, area and
 * skeleton. Only such widgets carry it.
 */
export const sparklineStyles = css`
  :host {
    --_sparkline-height: var(--kpi-sparkline-height, 40px);
    --_sparkline-color: var(--_series-1);
  }
  .sparkline {
    display: block;
    inline-size: 100%;
    block-size: var(--_sparkline-height);
    overflow: visible;
  }
  .sparkline-line {
    fill: none;
    stroke: var(--_sparkline-color);
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .sparkline-area {
    fill: var(--_sparkline-color);
    fill-opacity: 0.12;
    stroke: none;
  }
  .sparkline-bone {
    block-size: var(--_sparkline-height);
  }
  @media (forced-colors: active) {
    .sparkline-line {
      stroke: CanvasText;
    }
    .sparkline-area {
      fill: none;
    }
  }
`;
