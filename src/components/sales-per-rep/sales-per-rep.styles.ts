import { css } from 'lit';

/**
 * What the sales widgets (sales per rep, sales cycle, quota attainment, sales growth) add to the card:
 * a line under the value, and notes under a chart.
 */
export const salesChartStyles = css`
  .subline {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .chart-note {
    margin: 0.25rem 0 0;
    font-size: 0.75rem;
    color: var(--_muted);
  }
`;
