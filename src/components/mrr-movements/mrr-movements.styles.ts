import { css } from 'lit';

/** `<kpi-mrr-movements>`: a taller chart than the card's default, so seven steps and their amounts fit. */
export const mrrMovementsStyles = css`
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
