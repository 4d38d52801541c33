import { css } from 'lit';

/** `<kpi-mrr>`: its own `--kpi-mrr-*` tokens over the shared ones. */
export const mrrStyles = css`
  :host {
    --_sparkline-color: var(--kpi-mrr-color, var(--_series-1));
  }
`;
