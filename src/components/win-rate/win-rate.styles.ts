import { css } from 'lit';
import { rateRingStyles } from './rate-ring.js';

/** `<kpi-win-rate>`: the ring's colour token over the rate ring's styles. */
export const winRateStyles = [
  rateRingStyles,
  css`
    /* Not in forced colours, where the ring takes the system colours of ring.styles.ts. */
    @media (forced-colors: none) {
      .ring-value {
        fill: var(--kpi-win-rate-color, var(--_series-1));
      }
    }
  `,
];
