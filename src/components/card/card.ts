import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { KpiModule } from '../../engine/context.js';
import type { KpiDefinition, KpiId } from '../../engine/types.js';
import { cardStyles } from '../base/card.styles.js';
import { invalidAttribute, KpiLoadError, messageOf } from '../base/errors.js';
import type { KpiDisplay } from '../base/kpi-display.js';
import { KpiWidget } from '../base/kpi-widget.js';
import { kpiLoaders, type LoadedKpi } from './kpi-loaders.js';
import { trendLine } from '../base/trend-line.js';
import { sparklineStyles } from '../charts/sparkline.styles.js';

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Any KPI of the catalogue as a card: value, change against the compared period, target and a
 * 12-month sparkline. `kpi` names it (`cac`, `mrr`, `win-rate`, ...); engine options are attributes
 * (`cost-basis`, `weighted`, `method`, `gross-margin`, ...); summary numbers go in the `summary` JSON
 * attribute, by the engine's input names (`{"spend": "5500", "newCustomers": "12"}`). The code of the
 * KPI it shows is loaded on demand (a chunk per KPI for bundlers), so a page loads only the KPIs it shows.
 *
 * @summary A card for any catalogue KPI: value, delta, sparkline, target.
 * @tag kpi-card
 */
export class KpiCard extends KpiWidget {
  static override styles = [cardStyles, sparklineStyles];
  static override seriesMonths = 12;
  static override sparkline = trendLine;
  // Each option attribute's property has the engine option's name.
  static override engineOptions = Object.fromEntries(
    [
      'costBasis',
      'weighted',
      'method',
      'grossMargin',
      'retentionRate',
      'arpa',
      'discountRate',
      'cycleDeals',
      'discountPolicy',
    ].map((name) => [name, name]),
  );

  // Reactive properties (Lit): the attribute and type of each field below.
  static override properties: PropertyDeclarations = {
    kpi: {},
    summary: {},
    costBasis: { attribute: 'cost-basis' },
    weighted: { type: Boolean },
    method: {},
    grossMargin: { attribute: 'gross-margin' },
    retentionRate: { attribute: 'retention-rate' },
    arpa: {},
    discountRate: { attribute: 'discount-rate' },
    cycleDeals: { attribute: 'cycle-deals' },
    discountPolicy: { attribute: 'discount-policy' },
  };

  /** The catalogue id of the KPI, e.g. `cac`, `mrr`, `win-rate`, `customer-churn-rate`. */
  kpi?: KpiId;

  /**
   * Summary numbers as JSON, by the engine's input names, e.g. `{"spend": "5500", "newCustomers": "12"}`
   * for `cac`; `previous` (the attribute) adds the comparison.
   */
  summary?: string;

  /** CAC cost basis: `marketing` (default: spend with a channel) or `fully-loaded` (all spend). */
  costBasis?: 'marketing' | 'fully-loaded';

  /** Win rate and pipeline velocity by amount rather than by count. */
  weighted = false;

  /** CLTV method: `simple` (default), `churn` or `discounted`. */
  method?: 'simple' | 'churn' | 'discounted';

  /** Gross margin as a fraction, e.g. `0.8`, for CLTV, CAC payback and LTV:CAC. */
  grossMargin?: string;

  /** Retention rate as a fraction, for CLTV instead of the one derived from subscriptions. */
  retentionRate?: string;

  /** ARPA, for CLTV, CAC payback and LTV:CAC instead of the one derived from subscriptions. */
  arpa?: string;

  /** Discount rate per period as a fraction, for the `discounted` CLTV method. */
  discountRate?: string;

  /** Sales cycle deals: `won` (default) or `closed` (won and lost). */
  cycleDeals?: 'won' | 'closed';

  /** How discounts reduce MRR: `all` (default), `forever-only` or `none`. */
  discountPolicy?: 'all' | 'forever-only' | 'none';

  /** The KPI of `kpi`, once its code has loaded; a load in flight; a load that failed. */
  private loaded?: LoadedKpi;
  private loading?: { id: string; promise: Promise<void> };
  private loadFailure?: { id: string; error: unknown };

  /** The catalogue id named by `kpi`, when it is one. */
  private get kpiId(): KpiId | undefined {
    const id = this.kpi?.trim();
    return id && Object.hasOwn(kpiLoaders, id) ? (id as KpiId) : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const id = this.kpiId;
    if (id && this.loaded?.info.id !== id && this.loading?.id !== id && this.loadFailure?.id !== id) {
      const promise = kpiLoaders[id]().then(
        (loaded) => {
          this.loaded = loaded;
        },
        (error: unknown) => {
          this.loadFailure = { id, error };
        },
      );
      this.loading = { id, promise };
      void promise.then(() => {
        if (this.loading?.promise === promise) this.loading = undefined;
        this.requestUpdate();
      });
    }
    super.willUpdate(changed);
  }

  protected override get kpiPending(): Promise<unknown> | undefined {
    return this.loading?.id === this.kpiId ? this.loading?.promise : undefined;
  }

  /** The loaded KPI, when it is the one `kpi` names. */
  private get current(): LoadedKpi | undefined {
    return this.loaded?.info.id === this.kpiId ? this.loaded : undefined;
  }

  protected override get kpiModule(): KpiModule | undefined {
    return this.current?.kpi;
  }

  protected override get kpiInfo(): KpiDefinition | undefined {
    return this.current?.info;
  }

  protected override get kpiDisplay(): KpiDisplay | undefined {
    return this.current?.display;
  }

  /** An id the catalogue does not know labels the card as written; a known one is named once it loads. */
  protected override get displayName(): string {
    if (this.kpiInfo) return super.displayName;
    if (this.kpiPending) return this.label || this.format.t.loading;
    return this.label || this.kpi || 'KPI';
  }

  protected override missingKpi(): Error {
    const failure = this.loadFailure;
    if (failure && failure.id === this.kpiId) {
      return new KpiLoadError(
        'kpi-code-unavailable',
        `The code of the KPI "${failure.id}" could not be loaded (${messageOf(failure.error)}).`,
        { attribute: 'kpi' },
      );
    }
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
    if (this.summary?.trim()) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(this.summary);
      } catch (e) {
        throw invalidAttribute('summary', `The summary attribute is not valid JSON (${messageOf(e)}).`);
      }
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw invalidAttribute('summary', 'The summary attribute must be a JSON object of numbers.');
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
