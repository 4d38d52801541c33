import { css } from 'lit';

/**
 * The card every KPI widget shares. Public `--kpi-*` custom properties are read only here, through
 * private `--_*` tokens with built-in defaults, so a card looks right with no theme at all. Defaults use
 * `light-dark()`: the card follows `prefers-color-scheme` (`theme="auto"`, the default) unless
 * `theme="light"` or `theme="dark"` says otherwise. Nothing is styled from strings at run time: states,
 * tones and sizes are classes, so a strict `style-src 'self'` policy holds.
 */
export const cardStyles = css`
  :host {
    display: block;
    /* Container queries size the card by its own width; a minimum keeps it from collapsing in a shrink-to-fit parent. */
    container-type: inline-size;
    min-inline-size: min(100%, 12rem);
    color-scheme: light dark;
    --_font: var(
      --kpi-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans TC',
      'PingFang TC',
      'Microsoft JhengHei',
      sans-serif
    );
    --_text: var(--kpi-color-text, light-dark(#111827, #f3f4f6));
    --_muted: var(--kpi-color-muted, light-dark(#4b5563, #9ca3af));
    --_surface: var(--kpi-color-surface, light-dark(#ffffff, #111827));
    --_border: var(--kpi-color-border, light-dark(#e5e7eb, #374151));
    --_positive: var(--kpi-color-positive, light-dark(#047857, #34d399));
    --_negative: var(--kpi-color-negative, light-dark(#b91c1c, #f87171));
    --_neutral: var(--kpi-color-neutral, light-dark(#4b5563, #9ca3af));
    /*
     * The first chart colour, for the sparkline (charts/sparkline.styles.ts) and focus rings; charts define all eight (and read
     * --kpi-series-2 to --kpi-series-8) in charts/chart.styles.ts, with the same defaults.
     */
    --_series-1: var(--kpi-series-1, light-dark(#4f46e5, #818cf8));
    /* Focus rings (the charts' focus colour falls back to it). */
    --_accent: var(--_series-1);
    --_radius: var(--kpi-radius, 12px);
    --_space: var(--kpi-space, 1rem);
    --_value-size: var(--kpi-value-font-size, 2rem);
    --_chart-height: var(--kpi-chart-height, 120px);
    font-family: var(--_font);
    color: var(--_text);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  p {
    margin: 0;
  }
  .card {
    box-sizing: border-box;
    block-size: 100%;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.375);
    padding: var(--_space) calc(var(--_space) * 1.25);
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow:
      0 1px 2px rgb(0 0 0 / 0.05),
      0 1px 3px rgb(0 0 0 / 0.05);
    font-variant-numeric: tabular-nums;
    line-height: 1.4;
  }
  /* A value kept after a failed refresh: dashed edge and a quieter value, besides the note in words. */
  .card.stale {
    border-style: dashed;
  }
  .card.stale p.value {
    color: var(--_muted);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.125rem 0.75rem;
  }
  .label {
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--_muted);
  }
  .period {
    font-size: 0.75rem;
    color: var(--_muted);
    white-space: nowrap;
  }
  /* p.value: chart templates use a class of the same name on SVG text. */
  p.value {
    font-size: var(--_value-size);
    font-weight: 650;
    line-height: 1.15;
    letter-spacing: -0.01em;
    overflow-wrap: anywhere;
  }
  .delta {
    font-size: 0.875rem;
    font-weight: 500;
  }
  .arrow {
    font-size: 0.75em;
  }
  .target,
  .status,
  .reason,
  .explain {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  /* Tones of the delta and the target, after .target so that they win over its muted colour. */
  .positive {
    color: var(--_positive);
  }
  .negative {
    color: var(--_negative);
  }
  .neutral {
    color: var(--_neutral);
  }
  .footer,
  .stale-note {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    font-size: 0.75rem;
    color: var(--_muted);
  }
  .chart-box {
    margin-block-start: auto;
    padding-block-start: calc(var(--_space) * 0.5);
  }
  .explain summary {
    cursor: pointer;
    inline-size: fit-content;
    border-radius: 4px;
  }
  .explain summary:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .formula,
  .equation {
    margin-block-start: 0.375rem;
  }
  .equation {
    color: var(--_text);
    font-weight: 500;
  }
  .details {
    display: grid;
    grid-template-columns: auto auto;
    justify-content: start;
    gap: 0.125rem 1rem;
    margin: 0.375rem 0 0;
  }
  .details div {
    display: contents;
  }
  .details dd {
    margin: 0;
    color: var(--_text);
    text-align: end;
  }
  /* Loading: lines of the same font and height as the loaded card's, so nothing moves when it arrives. */
  .bone {
    color: transparent;
    user-select: none;
  }
  .bone span,
  .bone-block {
    border-radius: 6px;
    background: var(--_border);
    animation: kpi-pulse 1.4s ease-in-out infinite;
  }
  /* Also a .chart-box, so at the bottom of the card like the chart it stands for. */
  .chart-bone {
    block-size: var(--_chart-height);
    padding: 0;
  }
  @keyframes kpi-pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone span,
    .bone-block {
      animation: none;
    }
  }
  .error-title {
    font-weight: 600;
    color: var(--_negative);
  }
  .error-message {
    font-size: 0.8125rem;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* A narrow card: tighter, a smaller value, and no chart under 240px. */
  @container (max-width: 240px) {
    .card {
      padding: calc(var(--_space) * 0.75) calc(var(--_space) * 0.875);
    }
    p.value {
      font-size: calc(var(--_value-size) * 0.75);
    }
    .chart-box {
      display: none;
    }
  }
  /* Windows High Contrast and other forced colours: system colours, with arrows and words carrying the meaning. */
  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
      box-shadow: none;
    }
    .positive,
    .negative,
    .neutral,
    .target.positive,
    .target.negative,
    .error-title {
      color: CanvasText;
    }
    .bone span,
    .bone-block {
      background: GrayText;
    }
    .explain summary:focus-visible {
      outline-color: Highlight;
    }
  }
`;
