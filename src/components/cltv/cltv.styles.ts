import { css } from 'lit';

/** `<kpi-cltv>`: the method line and the LTV:CAC line under the value. */
export const cltvStyles = css`
  .method {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .ltv-to-cac {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
    margin: 0;
    padding-block-start: calc(var(--_space) * 0.5);
    border-block-start: 1px solid var(--_border);
    font-size: 0.875rem;
  }
  .ltv-to-cac dt {
    color: var(--_muted);
  }
  .ltv-to-cac dd {
    margin: 0;
    font-weight: 600;
  }
  .ltv-to-cac .reason {
    font-weight: 400;
  }
`;
