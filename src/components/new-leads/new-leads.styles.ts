import { css } from 'lit';

/** `<kpi-new-leads>`: a taller chart than the card's default, for columns with a legend. */
export const newLeadsStyles = css`
  :host {
    --_chart-height: var(--kpi-chart-height, 160px);
  }
  /*
   * The chart keeps the height of its skeleton whatever width it was drawn at, so the redraw that
   * follows a resize never changes the card's size (no ResizeObserver loop, no layout shift).
   */
  .chart-stage > svg {
    block-size: var(--_chart-height);
  }
`;
