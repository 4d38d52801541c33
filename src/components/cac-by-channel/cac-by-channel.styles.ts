import { css } from 'lit';

/**
 * `<kpi-cac-by-channel>` over the card and chart styles: the card's `.value` (the headline number)
 * would otherwise also size the bars' `<text class="value">` labels.
 */
export const cacByChannelStyles = css`
  .chart .value {
    font-size: inherit;
    line-height: normal;
    letter-spacing: normal;
  }
`;
