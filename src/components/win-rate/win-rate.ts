import type { PropertyDeclarations, TemplateResult } from 'lit';
import { winRate, winRateInfo } from '../../engine/kpis/win-rate.js';
import type { KpiResult } from '../../engine/types.js';
import { cardStyles } from '../base/card.styles.js';
import type { DetailSpec } from '../base/details.js';
import { winRateDisplay } from '../base/kpi-display.js';
import { KpiWidget, type KpiView } from '../base/kpi-widget.js';
import { chartBaseStyles } from '../charts/chart.styles.js';
import { ringChartStyles } from '../charts/ring.styles.js';
import { rateRing } from './rate-ring.js';
import { winRateStyles } from './win-rate.styles.js';

/** "3 won, 2 lost" (counts or amounts, already formatted), by translation. */
const WON_LOST: Record<string, (won: string, lost: string) => string> = {
  en: (won, lost) => `${won} won, ${lost} lost`,
  'zh-TW': (won, lost) => `成交 ${won}，失敗 ${lost}`,
};

/**
 * Win rate: deals won ÷ deals closed (won + lost) in the period, as a ring with the won and lost
 * counts under it, and the change in percentage points against the compared period. `weighted` weighs
 * each deal by its amount, and the counts become amounts. Data: the summary attributes `won` + `lost`
 * (with `previous`, a fraction, for the delta), `.data`, the `data` JSON attribute, `src` (JSON Dataset
 * or CSV deals), or the nearest `<kpi-source>`.
 *
 * @summary Win rate card: the rate as a ring, won and lost deals, change in percentage points.
 * @tag kpi-win-rate
 *
 * @slot empty - Replaces the "No data" message.
 * @slot error - Replaces the error message.
 *
 * @csspart base - The card.
 * @csspart label - The KPI name (or `label`).
 * @csspart value - The win rate; its accessible name is a whole sentence.
 * @csspart delta - The change in percentage points against the compared period.
 * @csspart target - Progress toward `target`, when set.
 * @csspart chart - The ring and the won / lost line under it.
 * @csspart bar - The filled arc of the ring.
 * @csspart explain - The "How is this calculated?" disclosure: won ÷ closed deals.
 * @csspart stale - The note shown when a refresh failed and the last value stays.
 * @csspart empty - The "No data" message.
 * @csspart error - The error message.
 *
 * @cssprop [--kpi-win-rate-color=var(--kpi-series-1)] - Colour of the ring's filled arc.
 *
 * @fires {KpiLoadEvent} kpi-load - A new result is shown; `detail: { result }`.
 * @fires {KpiErrorEvent} kpi-error - Loading or computing failed; `detail: { error, message, attribute?, status? }`.
 * @fires {KpiWarningEvent} kpi-warning - The engine skipped bad records; `detail: { warnings }`.
 */
export class KpiWinRate extends KpiWidget {
  static override styles = [cardStyles, chartBaseStyles, ringChartStyles, ...winRateStyles];
  static override kpi = winRate;
  static override info = winRateInfo;
  static override display = winRateDisplay;
  static override engineOptions = { weighted: 'weighted' };

  // Reactive properties (Lit): the attribute and type of each field below.
  static override properties: PropertyDeclarations = {
    won: {},
    lost: {},
    weighted: { type: Boolean },
  };

  /** Summary form: deals won, with `lost`. */
  won?: string | number;

  /** Summary form: deals lost, with `won`. */
  lost?: string | number;

  /** Weigh each deal by its amount (in the reporting currency) rather than counting deals. */
  weighted = false;

  /** Weighted, the details are amounts. */
  protected override detailSpec(): DetailSpec | undefined {
    if (!this.weighted) return super.detailSpec();
    return {
      quotient: { numerator: { unit: 'money' }, denominator: { unit: 'money' } },
      units: { won: 'money', lost: 'money' },
    };
  }

  /** "3 won, 2 lost", or amounts when weighted; undefined without the engine's won and lost. */
  private wonLost(result: KpiResult): string | undefined {
    const won = result.details?.won;
    const lost = result.details?.lost;
    if (!won || !lost) return undefined;
    const f = this.format;
    const text = (v: NonNullable<KpiResult['value']>) =>
      this.weighted ? f.detail(v, 'money', result.currency) : f.count(v, { maximumFractionDigits: 2 });
    return (WON_LOST[f.locale] ?? WON_LOST.en!)(text(won), text(lost));
  }

  protected override renderChart({ result }: KpiView): TemplateResult {
    const f = this.format;
    return rateRing(result.value, {
      label: this.displayName,
      centerText: result.value === null ? '' : f.value(result, this.valueFormat()),
      line: this.wonLost(result),
      locale: f.locale,
      width: this.chartWidth,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-win-rate': KpiWinRate;
  }
}
