import { css, type PropertyDeclarations } from 'lit';
import { arr, arrInfo } from '../../engine/kpis/arr.js';
import { cardStyles } from '../base/card.styles.js';
import { arrDisplay } from '../base/kpi-display.js';
import { KpiWidget } from '../base/kpi-widget.js';
import { trendLine } from '../base/trend-line.js';
import { sparklineStyles } from '../charts/sparkline.styles.js';

/**
 * Annual recurring revenue: end MRR × 12, the change against the compared period, and a 12-month
 * trend. Summary forms: the source article's `annual-subscription-revenue` + `additional-recurring` −
 * `cancellations`; or `mrr` × 12; or `arr` itself; each with `previous` for the delta. Or records from
 * `.data`, the `data` attribute, `src`, or the nearest `<kpi-source>`.
 *
 * @summary Annual recurring revenue card: value, change vs the previous period, 12-month sparkline.
 * @tag kpi-arr
 *
 * @cssprop [--kpi-arr-color=var(--kpi-series-1)] - Sparkline colour of this widget.
 */
export class KpiArr extends KpiWidget {
  static override styles = [
    cardStyles,
    sparklineStyles,
    css`
      :host {
        --_sparkline-color: var(--kpi-arr-color, var(--_series-1));
      }
    `,
  ];
  static override kpi = arr;
  static override info = arrInfo;
  static override display = arrDisplay;
  static override seriesMonths = 12;
  static override sparkline = trendLine;
  static override engineOptions = { discountPolicy: 'discountPolicy' };

  // Reactive properties (Lit): the attribute and type of each field below.
  static override properties: PropertyDeclarations = {
    annualSubscriptionRevenue: { attribute: 'annual-subscription-revenue' },
    additionalRecurring: { attribute: 'additional-recurring' },
    cancellations: {},
    mrr: {},
    arr: {},
    discountPolicy: { attribute: 'discount-policy' },
  };

  /** Summary form: revenue from annual subscriptions, with `additional-recurring` and `cancellations`. */
  annualSubscriptionRevenue?: string | number;

  /** Summary form: additional recurring revenue (upgrades, add-ons). */
  additionalRecurring?: string | number;

  /** Summary form: recurring revenue lost to cancellations. */
  cancellations?: string | number;

  /** Summary form: MRR, multiplied by 12. */
  mrr?: string | number;

  /** Summary form: the ARR itself. */
  arr?: string | number;

  /** How discounts reduce recurring revenue: `all` (default), `forever-only` or `none`. */
  discountPolicy?: 'all' | 'forever-only' | 'none';
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-arr': KpiArr;
  }
}
