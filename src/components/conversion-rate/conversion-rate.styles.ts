import { css } from 'lit';
import { rateRingStyles } from '../win-rate/rate-ring.js';

/** `<kpi-conversion-rate>`: the ring's colour token over the rate ring's styles. */
export const conversionRateStyles = [
  rateRingStyles,
  css`
    /* Not in forced colours, where the ring takes the system colours of ring.styles.ts. */
    @media (forced-colors: none) {
      .ring-value {
        fill: var(--kpi-conversion-rate-color, var(--_series-1));
      }
    }
  `,
];
