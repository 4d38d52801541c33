import { html, nothing, type TemplateResult } from 'lit';
import type { KpiResult } from '../../engine/types.js';
import { sparkline } from '../charts/sparkline.js';
import type { FormatController, KpiStrings } from '../controllers/format-controller.js';

/** Its name in English and zh-TW (a translation may give `trend`: see `KpiStrings`). */
const TREND: Record<string, NonNullable<KpiStrings['trend']>> = {
  en: (months, from, to) => `${months}-month trend: from ${from} to ${to}`,
  'zh-TW': (months, from, to) => `近 ${months} 個月趨勢：從 ${from} 到 ${to}`,
};

/**
 * The trend line of a card's series, named "12-month trend: from $4,800.00 to $5,940.00"; nothing with
 * fewer than two values. A widget draws it by setting `static sparkline = trendLine` (and adding
 * `sparklineStyles` to its styles).
 */
export function trendLine(series: KpiResult[], f: FormatController): TemplateResult | typeof nothing {
  const known = series.filter((r) => r.value !== null);
  if (known.length < 2) return nothing;
  const trend = f.t.trend ?? TREND[f.locale] ?? TREND.en!;
  const label = trend(series.length, f.value(known[0]!), f.value(known[known.length - 1]!));
  return html`<div part="sparkline" class="chart-box sparkline-box">
    ${sparkline(
      series.map((r) => r.value),
      { width: 120, height: 32, label },
    )}
  </div>`;
}
