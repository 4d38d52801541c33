import { css, type PropertyDeclarations } from 'lit';
import { cac, cacInfo } from '../../engine/kpis/cac.js';
import { cardStyles } from '../base/card.styles.js';
import { cacDisplay } from '../base/kpi-display.js';
import { KpiWidget } from '../base/kpi-widget.js';
import { trendLine } from '../base/trend-line.js';
import { sparklineStyles } from '../charts/sparkline.styles.js';

/**
 * Customer acquisition cost: spend ÷ new customers of the period, the change against the compared
 * period (lower is better: a fall reads as good news), and a 12-month trend. Summary form: `spend` +
 * `new-customers` (the source article's CAC), with `previous` for the delta. Or records (spend and
 * customers) from `.data`, the `data` attribute, `src`, or the nearest `<kpi-source>`.
 *
 * @summary Customer acquisition cost card: value, change vs the previous period (lower is better), 12-month sparkline.
 * @tag kpi-cac
 *
 * @cssprop [--kpi-cac-color=var(--kpi-series-1)] - Sparkline colour of this widget.
 */
export class KpiCac extends KpiWidget {
  static override styles = [
    cardStyles,
    sparklineStyles,
    css`
      :host {
        --_sparkline-color: var(--kpi-cac-color, var(--_series-1));
      }
    `,
  ];
  static override kpi = cac;
  static override info = cacInfo;
  static override display = cacDisplay;
  static override seriesMonths = 12;
  static override sparkline = trendLine;
  static override engineOptions = { costBasis: 'costBasis' };

  // Reactive properties (Lit): the attribute and type of each field below.
  static override properties: PropertyDeclarations = {
    spend: {},
    newCustomers: { attribute: 'new-customers' },
    costBasis: { attribute: 'cost-basis' },
  };

  /** Summary form: acquisition spend of the period (decimal text), with `new-customers`, e.g. `5500`. */
  spend?: string | number;

  /** Summary form: customers who first paid in the period, with `spend`, e.g. `12`. */
  newCustomers?: string | number;

  /** Which spend counts: `marketing` (default: rows with a channel) or `fully-loaded` (overhead rows too). */
  costBasis?: 'marketing' | 'fully-loaded';
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-cac': KpiCac;
  }
}
