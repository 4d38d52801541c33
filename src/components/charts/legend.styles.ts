import { css } from 'lit';

/**
 * The legend of a chart with several series (stacked bars, bullet bars, the line chart), under it; the
 * swatches only bar charts draw are in `bar-legend.styles.ts`.
 */
export const chartLegendStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.875rem;
    margin: 0.375rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.75rem;
    color: var(--_chart-muted);
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .swatch {
    display: inline-block;
    flex: none;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border-radius: 2px;
    background: var(--_color, var(--_series-1));
  }
  .swatch-line {
    block-size: 0.1875rem;
  }

  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
