import { css } from 'lit';

/**
 * `<kpi-opportunities-vs-leads>` over the card and chart styles: the card's `.value` (the headline
 * number) would otherwise also size the funnel's `<text class="value">` labels; the pipeline values
 * sit under the funnel.
 */
export const opportunitiesVsLeadsStyles = css`
  .chart .value {
    font-size: inherit;
    line-height: normal;
    letter-spacing: normal;
  }
  .stage-values {
    display: grid;
    grid-template-columns: auto auto;
    justify-content: start;
    gap: 0.125rem 1rem;
    margin: calc(var(--_space) * 0.5) 0 0;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .stage-values div {
    display: contents;
  }
  .stage-values dd {
    margin: 0;
    color: var(--_text);
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;
