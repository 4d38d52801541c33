import { css } from 'lit';

/** `<kpi-conversion-rate>`: the ring's colour token and the "converted of leads" line under it. */
export const conversionRateStyles = css`
  :host {
    --_chart-height: var(--kpi-chart-height, 120px);
  }
  .ring-value {
    fill: var(--kpi-conversion-rate-color, var(--_series-1));
  }
  .counts {
    margin-block-start: calc(var(--_space) * 0.25);
    font-size: 0.8125rem;
    color: var(--_muted);
    text-align: center;
  }
  /*
   * The chart keeps the height of its skeleton whatever width it was drawn at, so the redraw that
   * follows a resize never changes the card's size (no ResizeObserver loop, no layout shift).
   */
  .chart-stage > svg {
    block-size: var(--_chart-height);
  }
`;
