import { css } from 'lit';

/**
 * The legend swatches of bar charts, over `legend.styles.ts`: the target marker of bullet bars, and
 * boxes told apart in forced colours (stacked bars). A module of its own, so that the line chart's
 * legend does not carry them.
 */
export const barLegendStyles = css`
  .swatch-marker {
    inline-size: 0.125rem;
    block-size: 0.875rem;
    border-radius: 0;
    background: var(--_chart-text);
  }

  @media (forced-colors: active) {
    .legend-item:is(.series-2, .series-4, .series-6, .series-8) .swatch-box {
      background: GrayText;
    }
  }
`;
