import { css } from 'lit';

/** `<kpi-mrr-movements>`: a taller chart than the card's default, so seven steps and their amounts fit. */
export const mrrMovementsStyles = css`
  :host {
    --_chart-height: var(--kpi-chart-height, 160px);
  }
  /* The card's .value (the headline) must not size the chart's value labels, which share the class. */
  .chart text.value {
    font-size: inherit;
    letter-spacing: normal;
  }
  /*
   * The chart keeps the height of its skeleton whatever width it was drawn at, so the redraw that
   * follows a resize never changes the card's size (no ResizeObserver loop, no layout shift).
   */
  .chart-stage > svg {
    block-size: var(--_chart-height);
  }
`;
