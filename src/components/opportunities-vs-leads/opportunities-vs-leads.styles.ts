import { css } from 'lit';

/** `<kpi-opportunities-vs-leads>` over the card and chart styles: the pipeline values under the funnel. */
export const opportunitiesVsLeadsStyles = css`
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
