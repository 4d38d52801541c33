import { css } from 'lit';

/** `<kpi-expansion-revenue>`: the rate beside the value, and its own `--kpi-expansion-revenue-*` tokens. */
export const expansionRevenueStyles = css`
  .headline {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.25rem 1.25rem;
  }
  .rate {
    display: flex;
    flex-direction: column;
    padding-block-end: 0.125rem;
  }
  .rate-label {
    font-size: 0.75rem;
    color: var(--_muted);
  }
  .rate-value {
    font-size: 1rem;
    font-weight: 600;
  }
  .rate-value.missing {
    color: var(--_muted);
  }
  .vertical-bars .bar {
    --_color: var(--kpi-expansion-revenue-color, var(--_series-1));
  }
`;
