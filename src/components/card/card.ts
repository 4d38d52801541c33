import { property } from 'lit/decorators.js';
import { catalogue } from '../../engine/catalogue.js';
import type { KpiModule } from '../../engine/context.js';
import { kpiModule } from '../../engine/registry.js';
import type { KpiDefinition, KpiId } from '../../engine/types.js';
import { cardStyles } from '../base/card.styles.js';
import { KpiLoadError, messageOf } from '../base/errors.js';
import { kpiDisplays, type KpiDisplay } from '../base/kpi-display.js';
import { KpiWidget } from '../base/kpi-widget.js';

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Any KPI of the catalogue as a card: value, change against the compared period, target and a
 * 12-month sparkline. `kpi` names it (`cac`, `mrr`, `win-rate`, ...); engine options are attributes
 * (`cost-basis`, `weighted`, `method`, `gross-margin`, ...); summary numbers go in the `summary` JSON
 * attribute, by the engine's input names (`{"spend": "5500", "newCustomers": "12"}`). This element
 * carries every KPI module; a page that shows one KPI loads less with that KPI's own element.
 *
 * @summary A card for any catalogue KPI: value, delta, sparkline, target.
 * @tag kpi-card
 */
export class KpiCard extends KpiWidget {
  static override styles = cardStyles;
  static override seriesMonths = 12;
  static override engineOptions = {
    costBasis: 'costBasis',
    weighted: 'weighted',
    method: 'method',
    grossMargin: 'grossMargin',
    retentionRate: 'retentionRate',
    arpa: 'arpa',
    discountRate: 'discountRate',
    cycleDeals: 'cycleDeals',
    discountPolicy: 'discountPolicy',
  };

  /** The catalogue id of the KPI, e.g. `cac`, `mrr`, `win-rate`, `customer-churn-rate`. */
  @property() kpi?: KpiId;

  /**
   * Summary numbers as JSON, by the engine's input names, e.g. `{"spend": "5500", "newCustomers": "12"}`
   * for `cac`; `previous` (the attribute) adds the comparison.
   */
  @property() summary?: string;

  /** CAC cost basis: `marketing` (default: spend with a channel) or `fully-loaded` (all spend). */
  @property({ attribute: 'cost-basis' }) costBasis?: 'marketing' | 'fully-loaded';

  /** Win rate and pipeline velocity by amount rather than by count. */
  @property({ type: Boolean }) weighted = false;

  /** CLTV method: `simple` (default), `churn` or `discounted`. */
  @property() method?: 'simple' | 'churn' | 'discounted';

  /** Gross margin as a fraction, e.g. `0.8`, for CLTV, CAC payback and LTV:CAC. */
  @property({ attribute: 'gross-margin' }) grossMargin?: string;

  /** Retention rate as a fraction, for CLTV instead of the one derived from subscriptions. */
  @property({ attribute: 'retention-rate' }) retentionRate?: string;

  /** ARPA, for CLTV, CAC payback and LTV:CAC instead of the one derived from subscriptions. */
  @property() arpa?: string;

  /** Discount rate per period as a fraction, for the `discounted` CLTV method. */
  @property({ attribute: 'discount-rate' }) discountRate?: string;

  /** Sales cycle deals: `won` (default) or `closed` (won and lost). */
  @property({ attribute: 'cycle-deals' }) cycleDeals?: 'won' | 'closed';

  /** How discounts reduce MRR: `all` (default), `forever-only` or `none`. */
  @property({ attribute: 'discount-policy' }) discountPolicy?: 'all' | 'forever-only' | 'none';

  protected override get kpiModule(): KpiModule | undefined {
    try {
      return this.kpi ? kpiModule(this.kpi.trim()) : undefined;
    } catch {
      return undefined;
    }
  }

  protected override get kpiInfo(): KpiDefinition | undefined {
    const id = this.kpi?.trim();
    return catalogue.find((k) => k.id === id);
  }

  protected override get kpiDisplay(): KpiDisplay | undefined {
    const info = this.kpiInfo;
    return info ? kpiDisplays[info.id] : undefined;
  }

  /** An id the catalogue does not know labels the card as written. */
  protected override get displayName(): string {
    return this.kpiInfo ? super.displayName : this.label || this.kpi || 'KPI';
  }

  protected override missingKpi(): Error {
    return this.kpi
      ? new KpiLoadError(
          'unknown-kpi',
          `The kpi attribute "${this.kpi}" is not a catalogue KPI (such as cac, mrr or win-rate; listKpis() names them all).`,
          { attribute: 'kpi' },
        )
      : new KpiLoadError('missing-kpi', 'Set the kpi attribute to a catalogue KPI, e.g. kpi="cac".', {
          attribute: 'kpi',
        });
  }

  protected override summaryInputs(): Record<string, string | number> | undefined {
    const inputs: Record<string, string | number> = {};
    if (this.summary !== undefined && this.summary !== null && this.summary.trim() !== '') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(this.summary);
      } catch (e) {
        throw new KpiLoadError('invalid-attribute', `The summary attribute is not valid JSON (${messageOf(e)}).`, {
          attribute: 'summary',
        });
      }
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new KpiLoadError('invalid-attribute', 'The summary attribute must be a JSON object of numbers.', {
          attribute: 'summary',
        });
      }
      for (const [key, value] of Object.entries(parsed)) {
        if (UNSAFE_KEYS.has(key) || value === null || value === undefined || value === '') continue;
        inputs[key] = typeof value === 'number' || typeof value === 'string' ? value : JSON.stringify(value);
      }
    }
    if (this.previous !== undefined && this.previous !== null && this.previous !== '') inputs.previous = this.previous;
    return Object.keys(inputs).length ? inputs : undefined;
  }

  protected override summaryAttribute(input: string): { attribute: string; label: string } {
    return input === 'previous'
      ? super.summaryAttribute(input)
      : { attribute: 'summary', label: `The summary attribute's ${input}` };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-card': KpiCard;
  }
}
