import type { PropertyDeclarations } from 'lit';
import { mrr, mrrInfo } from '../../engine/kpis/mrr.js';
import { cardStyles } from '../base/card.styles.js';
import { mrrDisplay } from '../base/kpi-display.js';
import { KpiWidget } from '../base/kpi-widget.js';
import { mrrStyles } from './mrr.styles.js';
import { trendLine } from '../base/trend-line.js';
import { sparklineStyles } from '../charts/sparkline.styles.js';

/**
 * Monthly recurring revenue at the end of the period, the change against the compared period, and a
 * 12-month trend. Data: summary attributes (`mrr`, or `paying-customers` × `arpa`, with `previous` for
 * the delta), `.data`, the `data` JSON attribute, `src` (JSON Dataset or CSV), or the nearest
 * `<kpi-source>`.
 *
 * @summary Monthly recurring revenue card: value, change vs the previous period, 12-month sparkline.
 * @tag kpi-mrr
 *
 * @cssprop [--kpi-mrr-color=var(--kpi-series-1)] - Sparkline colour of this widget.
 */
export class KpiMrr extends KpiWidget {
  static override styles = [cardStyles, sparklineStyles, mrrStyles];
  static override kpi = mrr;
  static override info = mrrInfo;
  static override display = mrrDisplay;
  static override seriesMonths = 12;
  static override sparkline = trendLine;
  static override engineOptions = { discountPolicy: 'discountPolicy' };

  // Reactive properties (Lit): the attribute and type of each field below.
  static override properties: PropertyDeclarations = {
    mrr: {},
    payingCustomers: { attribute: 'paying-customers' },
    arpa: {},
    discountPolicy: { attribute: 'discount-policy' },
  };

  /** Summary form: the MRR itself (decimal text), e.g. `5940`. */
  mrr?: string | number;

  /** Summary form: paying customers, with `arpa` (MRR = paying customers × ARPA). */
  payingCustomers?: string | number;

  /** Summary form: average revenue per account per month, with `paying-customers`. */
  arpa?: string | number;

  /** How discounts reduce MRR: `all` (default), `forever-only` or `none`. */
  discountPolicy?: 'all' | 'forever-only' | 'none';
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-mrr': KpiMrr;
  }
}
