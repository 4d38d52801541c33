import type { PropertyDeclarations, TemplateResult } from 'lit';
import { leadConversionRate, leadConversionRateInfo } from '../../engine/kpis/lead-conversion-rate.js';
import type { KpiResult } from '../../engine/types.js';
import { cardStyles } from '../base/card.styles.js';
import { leadConversionRateDisplay } from '../base/kpi-display.js';
import { KpiWidget, type KpiView } from '../base/kpi-widget.js';
import { chartBaseStyles } from '../charts/chart.styles.js';
import { ringChartStyles } from '../charts/ring.styles.js';
import { rateRing } from '../win-rate/rate-ring.js';
import { conversionRateStyles } from './conversion-rate.styles.js';

/** "1 of 20 leads converted" (numbers already formatted; `plural` is the category of the leads), by translation. */
const CONVERTED: Record<string, (converted: string, leads: string, plural: Intl.LDMLPluralRule) => string> = {
  en: (converted, leads, plural) => `${converted} of ${leads} ${plural === 'one' ? 'lead' : 'leads'} converted`,
  'zh-TW': (converted, leads) => `${leads} 筆線索中 ${converted} 筆已轉換`,
};

/**
 * Lead conversion rate: leads created in the period that converted ÷ leads created in the period, as a
 * ring with "1 of 20 leads converted" under it, and the change in percentage points against the
 * compared period. Data: the summary attributes `converted` + `leads` (with `previous`, a fraction, for
 * the delta), `.data`, the `data` JSON attribute, `src` (a JSON Dataset with leads and deals), or the
 * nearest `<kpi-source>`.
 *
 * @summary Lead conversion rate card: the rate as a ring, converted of all leads, change in percentage points.
 * @tag kpi-conversion-rate
 *
 * @slot empty - Replaces the "No data" message.
 * @slot error - Replaces the error message.
 *
 * @csspart base - The card.
 * @csspart label - The KPI name (or `label`).
 * @csspart value - The conversion rate; its accessible name is a whole sentence.
 * @csspart delta - The change in percentage points against the compared period.
 * @csspart target - Progress toward `target`, when set.
 * @csspart chart - The ring and the "converted of leads" line under it.
 * @csspart bar - The filled arc of the ring.
 * @csspart explain - The "How is this calculated?" disclosure: converted leads ÷ leads.
 * @csspart stale - The note shown when a refresh failed and the last value stays.
 * @csspart empty - The "No data" message.
 * @csspart error - The error message.
 *
 * @cssprop [--kpi-conversion-rate-color=var(--kpi-series-1)] - Colour of the ring's filled arc.
 *
 * @fires {KpiLoadEvent} kpi-load - A new result is shown; `detail: { result }`.
 * @fires {KpiErrorEvent} kpi-error - Loading or computing failed; `detail: { error, message, attribute?, status? }`.
 * @fires {KpiWarningEvent} kpi-warning - The engine skipped bad records; `detail: { warnings }`.
 */
export class KpiConversionRate extends KpiWidget {
  static override styles = [cardStyles, chartBaseStyles, ringChartStyles, ...conversionRateStyles];
  static override kpi = leadConversionRate;
  static override info = leadConversionRateInfo;
  static override display = leadConversionRateDisplay;

  // Reactive properties (Lit): the attribute and type of each field below.
  static override properties: PropertyDeclarations = {
    converted: {},
    leads: {},
  };

  /** Summary form: leads that converted, with `leads`. */
  converted?: string | number;

  /** Summary form: all leads of the period, with `converted`. */
  leads?: string | number;

  /** "1 of 20 leads converted", from the engine's numerator and denominator. */
  private convertedOf(result: KpiResult): string | undefined {
    const converted = result.details?.numerator;
    const leads = result.details?.denominator;
    if (!converted || !leads) return undefined;
    const f = this.format;
    const n = (v: NonNullable<KpiResult['value']>) => f.count(v, { maximumFractionDigits: 2 });
    return (CONVERTED[f.locale] ?? CONVERTED.en!)(n(converted), n(leads), f.plural(leads));
  }

  protected override renderChart({ result }: KpiView): TemplateResult {
    const f = this.format;
    return rateRing(result.value, {
      label: this.displayName,
      centerText: result.value === null ? '' : f.value(result, this.valueFormat()),
      line: this.convertedOf(result),
      locale: f.locale,
      width: this.chartWidth,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-conversion-rate': KpiConversionRate;
  }
}
