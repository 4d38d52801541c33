import { css } from 'lit';

/** `<kpi-retention>`: the churn, NRR and GRR figures beside the headline, over the shared card tokens. */
export const retentionStyles = css`
  .rates {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0;
  }
  .rate {
    display: flex;
    flex-direction: column;
  }
  .rate dt {
    font-size: 0.75rem;
    color: var(--_muted);
  }
  .rate dd {
    margin: 0;
    font-size: 1rem;
    font-weight: 600;
  }
  .rate dd.missing {
    color: var(--_muted);
  }
`;
