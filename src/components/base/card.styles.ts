import { css } from 'lit';

/**
 * The card every KPI widget shares. Public `--kpi-*` custom properties are read only here, through
 * private `--_*` tokens with built-in defaults, so a card looks right with no theme at all. Defaults use
 * `light-dark()`: the card follows `prefers-color-scheme` unless `theme="light"`/`"dark"` (or the page's
 * own `color-scheme` on the element) says otherwise.
 */
export const cardStyles = css`
  :host {
    display: block;
    /* Container queries size the card by its own width; a minimum keeps it from collapsing in a shrink-to-fit parent. */
    container-type: inline-size;
    min-inline-size: min(100%, 12rem);
    color-scheme: light dark;
    --_accent: var(--kpi-accent, light-dark(#4f46e5, #a5b4fc));
    --_surface: var(--kpi-surface, light-dark(#ffffff, #111827));
    --_text: var(--kpi-text, light-dark(#111827, #f3f4f6));
    --_muted: var(--kpi-text-muted, light-dark(#4b5563, #9ca3af));
    --_border: var(--kpi-border, light-dark(#e5e7eb, #374151));
    --_positive: var(--kpi-positive, light-dark(#047857, #34d399));
    --_negative: var(--kpi-negative, light-dark(#b91c1c, #f87171));
    --_radius: var(--kpi-radius, 12px);
    --_padding: var(--kpi-padding, 1rem 1.25rem);
    --_shadow: var(--kpi-shadow, 0 1px 2px rgb(0 0 0 / 0.05), 0 1px 3px rgb(0 0 0 / 0.05));
    --_value-size: var(--kpi-value-font-size, 2rem);
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
    height: 100%;
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    padding: var(--_padding);
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    font-variant-numeric: tabular-nums;
    line-height: 1.4;
  }
  /* A value kept after a failed reload: dashed edge and a quieter value, besides the note in words. */
  .card.stale {
    border-style: dashed;
  }
  .card.stale .value {
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
  .value {
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
  .positive {
    color: var(--_positive);
  }
  .negative {
    color: var(--_negative);
  }
  .neutral {
    color: var(--_muted);
  }
  .explain,
  .target,
  .status {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .warnings,
  .stale-note {
    font-size: 0.75rem;
    color: var(--_muted);
  }
  .skeleton {
    block-size: calc(var(--_value-size) * 1.15);
    inline-size: 60%;
    border-radius: 6px;
    background: var(--_border);
    animation: kpi-pulse 1.4s ease-in-out infinite;
  }
  @keyframes kpi-pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
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
  @container (max-width: 16rem) {
    .card {
      padding: 0.75rem 0.875rem;
    }
    .value {
      font-size: calc(var(--_value-size) * 0.75);
    }
  }
`;
