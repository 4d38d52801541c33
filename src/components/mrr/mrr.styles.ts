import { css } from 'lit';

/** `<kpi-mrr>`: the sparkline, and the widget's own `--kpi-mrr-*` tokens over the shared ones. */
export const mrrStyles = css`
  :host {
    --_accent: var(--kpi-mrr-accent, var(--kpi-accent, light-dark(#4f46e5, #a5b4fc)));
    --_sparkline-height: var(--kpi-mrr-sparkline-height, var(--kpi-sparkline-height, 40px));
  }
  .sparkline-box {
    margin-block-start: auto;
    padding-block-start: 0.5rem;
  }
  .sparkline {
    display: block;
    inline-size: 100%;
    block-size: var(--_sparkline-height);
    overflow: visible;
  }
  .sparkline-line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .sparkline-area {
    fill: var(--_accent);
    fill-opacity: 0.12;
    stroke: none;
  }
`;
