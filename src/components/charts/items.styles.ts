import { css } from 'lit';

/**
 * The focusable items of a chart, a hit area over each bar, step or column, and its one tooltip: every
 * chart but the ring.
 */
export const chartItemStyles = css`
  /* The chart's one tooltip is moved into the focused or hovered item (items.ts), and shown there by
     these rules. */
  .chart-items {
    pointer-events: none;
  }
  .item {
    cursor: default;
    outline: none;
  }
  .item[role='button'] {
    cursor: pointer;
  }
  .hit {
    fill: transparent;
    pointer-events: all;
  }
  .item:hover .hit {
    fill: var(--_chart-text);
    fill-opacity: 0.06;
  }
  .item:focus-visible .hit {
    stroke: var(--_chart-focus);
    stroke-width: 2;
  }
  .tooltip {
    pointer-events: none;
    opacity: 0;
    visibility: hidden;
  }
  .item:hover .tooltip,
  .item:focus .tooltip {
    opacity: 1;
    visibility: visible;
  }
  .tooltip-box {
    fill: var(--_chart-text);
  }
  .tooltip-text {
    fill: var(--_chart-surface);
  }
  .tooltip-title {
    font-weight: 600;
  }

  /* Fades only for those who have not asked for less motion. */
  @media (prefers-reduced-motion: no-preference) {
    .tooltip {
      transition:
        opacity 0.12s ease,
        visibility 0s linear 0.12s;
    }
    .item:hover .tooltip,
    .item:focus .tooltip {
      transition: opacity 0.12s ease;
    }
  }

  @media (forced-colors: active) {
    .item:hover .hit {
      fill: transparent;
      stroke: Highlight;
    }
    .tooltip-box {
      fill: Canvas;
      stroke: CanvasText;
    }
    .tooltip-text {
      fill: CanvasText;
    }
  }
`;
