import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, render } from 'lit';
import {
  FormatController,
  matchLocale,
  periodGrain,
  registerTranslation,
} from '../../src/components/controllers/format-controller.js';
import { cacDisplay, cltvDisplay, quotaAttainmentDisplay } from '../../src/components/base/kpi-display.js';
import { Decimal } from '../../src/engine/index.js';
import type { KpiResult } from '../../src/engine/types.js';

class FormatHost extends LitElement {
  readonly format = new FormatController(this);
}
customElements.define('format-host', FormatHost);

/** A FormatController on an element with `lang` (or under the page's own). */
async function formatter(lang?: string): Promise<FormatController> {
  const el = await fixture<FormatHost>(
    lang ? html`<format-host lang=${lang}></format-host>` : html`<format-host></format-host>`,
  );
  return el.format;
}

const minus = (s: string) => s.replace(/-/g, '\u2212');

const result = (value: string | null, unit: KpiResult['unit'], extra: Partial<KpiResult> = {}): KpiResult => ({
  id: 'mrr',
  value: value === null ? null : new Decimal(value),
  unit,
  polarity: 'higher-is-better',
  warnings: [],
  ...extra,
});

describe('matchLocale()', () => {
  it('reads Traditional Chinese (zh-TW, zh-Hant, zh-HK, zh-MO) as zh-TW and everything else as English', () => {
    const t = (expected: string, tag: string | null) => expect(matchLocale(tag), String(tag)).to.equal(expected);
    t('zh-TW', 'zh-TW');
    t('zh-TW', 'zh-Hant');
    t('zh-TW', 'zh-Hant-HK');
    t('zh-TW', 'zh-HK');
    t('zh-TW', 'zh-MO');
    t('zh-TW', 'ZH_tw');
    t('en', 'zh');
    t('en', 'zh-CN');
    t('en', 'zh-Hans-TW');
    t('en', 'en-GB');
    t('en', 'fr');
    t('en', '');
    t('en', null);
    t('en', 'not a tag!');
  });
});

describe('FormatController numbers', () => {
  it('money: exact decimals with the currency digits below 1,000,000, compact with one decimal from there', async () => {
    const f = await formatter('en');
    const t = (expected: string, actual: string) => expect(actual).to.equal(expected);
    // 0.1 + 0.2 as a float is 0.30000000000000004; as a Decimal it is exact, and stays exact to display.
    t('$0.30', f.money(new Decimal('0.1').plus('0.2'), 'USD'));
    t('$0.13', f.money('0.125000000000000000001', 'USD'));
    t('$999,999.99', f.money('999999.99', 'USD'));
    t('$1.0M', f.money('1000000', 'USD'));
    t('$1.2M', f.money('1234567', 'USD'));
    t('$12,345.7T', f.money(new Decimal('12345678901234567.89'), 'USD'));
    t('\u2212$41.67', f.money('-41.6666', 'USD'));
    t('¥1,235', f.money('1234.5', 'JPY'));
    t('NT$1,200.00', f.money('1200', 'TWD'));
    t('1,234.50', f.money('1234.5'));
    t('1.2M', f.money('1234567'));
    t('$540', f.money('540', 'USD', { strip: true }));
    t('$540.50', f.money('540.5', 'USD', { strip: true }));
  });

  it('zh-TW money compacts to 萬 and 億', async () => {
    const f = await formatter('zh-TW');
    expect(f.money('1234567', 'USD')).to.equal('US$123.5萬');
    expect(f.money('123456789', 'TWD')).to.equal('$1.2億');
    expect(f.money('5940', 'USD')).to.equal('US$5,940.00');
  });

  it('percent at most one decimal, counts as integers, days and months with one decimal, ratios with two and ×', async () => {
    const f = await formatter('en');
    const t = (expected: string, actual: string) => expect(actual).to.equal(expected);
    t('25%', f.percent('0.25'));
    t('64.9%', f.percent('0.6489'));
    t('+10%', f.percent('0.1', { signDisplay: 'exceptZero' }));
    t('\u22128.3%', f.percent('-0.0833', { signDisplay: 'exceptZero' }));
    t('0%', f.percent('-0.0001', { signDisplay: 'exceptZero' }));
    t('1,204', f.count('1204'));
    t('13', f.count('12.6'));
    t('23.3 days', f.days('23.33'));
    t('1 day', f.days('1'));
    t('14.2 months', f.months('14.24'));
    t('1.54×', f.ratio('1.5432'));
    t('3.00×', f.ratio('3'));
    t('$1,234.50/day', f.unit('1234.5', 'currency-per-day', 'USD'));
  });

  it('a rate change is in percentage points: +5.2 pp, −3.1 pp; 5.2 個百分點 in zh-TW', async () => {
    const f = await formatter('en');
    expect(f.points('0.052')).to.equal('+5.2 pp');
    expect(f.points('-0.031')).to.equal('\u22123.1 pp');
    expect(f.points('0.052', true)).to.equal('+5.2 percentage points');
    const zh = await formatter('zh-TW');
    expect(zh.points('0.052')).to.equal('+5.2 個百分點');
  });

  it('value() applies notation and decimals over the unit defaults', async () => {
    const f = await formatter('en');
    const r = result('5940', 'currency', { currency: 'USD' });
    expect(f.value(r)).to.equal('$5,940.00');
    expect(f.value(r, { notation: 'compact' })).to.equal('$5.9K');
    expect(f.value(r, { decimals: 0 })).to.equal('$5,940');
    expect(f.value(result('0.2543', 'percent'), { decimals: 2 })).to.equal('25.43%');
    expect(f.value(result(null, 'percent'))).to.equal('—');
  });

  it('another language reads English words with its own number formats', async () => {
    const f = await formatter('de-DE');
    expect(f.locale).to.equal('en');
    expect(f.tag).to.equal('de-DE');
    expect(f.t.loading).to.equal('Loading…');
    expect(f.money('5940', 'USD')).to.equal('5.940,00\u00a0$');
    expect(f.percent('-0.0833', { signDisplay: 'exceptZero' })).to.equal(minus('-8,3\u00a0%'));
    expect(f.points('0.052')).to.equal('+5,2 pp');
  });
});

describe('FormatController periods and times', () => {
  it('names months, quarters, years and ranges in en and zh-TW', async () => {
    const en = await formatter('en');
    const zh = await formatter('zh-TW');
    const p = (start: string, end: string) => ({ start, end });
    expect(en.period(p('2024-05-01', '2024-06-01'))).to.equal('May 2024');
    expect(zh.period(p('2024-05-01', '2024-06-01'))).to.equal('2024年5月');
    expect(en.period(p('2024-04-01', '2024-07-01'))).to.equal('Q2 2024');
    expect(zh.period(p('2024-04-01', '2024-07-01'))).to.equal('2024 年第 2 季');
    expect(en.period(p('2024-01-01', '2025-01-01'))).to.equal('2024');
    expect(zh.period(p('2024-01-01', '2025-01-01'))).to.equal('2024年');
    expect(en.period(p('2024-01-01', '2024-07-01'))).to.equal('January – June 2024');
    expect(zh.period(p('2024-01-01', '2024-07-01'))).to.equal('2024年1月至2024年6月');
    expect(en.period(p('2025-01-01', '2025-06-16'))).to.equal('Jan 1 – Jun 15, 2025');
    expect(zh.period(p('2025-01-01', '2025-06-16'))).to.equal('2025年1月1日至2025年6月15日');
  });

  it('periodAgainst() names a month of the same year by its month alone', async () => {
    const en = await formatter('en');
    const may = { start: '2025-05-01', end: '2025-06-01' };
    expect(en.periodAgainst({ start: '2025-04-01', end: '2025-05-01' }, may)).to.equal('April');
    expect(en.periodAgainst({ start: '2024-05-01', end: '2024-06-01' }, may)).to.equal('May 2024');
    const jan = { start: '2025-01-01', end: '2025-02-01' };
    expect(en.periodAgainst({ start: '2024-12-01', end: '2025-01-01' }, jan)).to.equal('December 2024');
  });

  it('periodGrain() tells a month, quarter, year and any other range apart', () => {
    const t = (expected: string, start: string, end: string) => expect(periodGrain({ start, end })).to.equal(expected);
    t('month', '2025-12-01', '2026-01-01');
    t('quarter', '2025-10-01', '2026-01-01');
    t('period', '2025-11-01', '2026-02-01');
    t('year', '2025-01-01', '2026-01-01');
    t('period', '2025-05-03', '2025-05-10');
  });

  it('age() reads "just now", then minutes, hours and days through Intl.RelativeTimeFormat', async () => {
    const en = await formatter('en');
    const zh = await formatter('zh-TW');
    expect(en.t.updated(en.age(30_000))).to.equal('Updated just now');
    expect(en.t.updated(en.age(5 * 60_000))).to.equal('Updated 5 minutes ago');
    expect(en.t.updated(en.age(3 * 3_600_000))).to.equal('Updated 3 hours ago');
    expect(en.t.updated(en.age(2 * 86_400_000))).to.equal('Updated 2 days ago');
    expect(zh.t.updated(zh.age(5 * 60_000))).to.equal('5 分鐘前更新');
  });
});

describe('FormatController comparisons', () => {
  const may = { start: '2025-05-01', end: '2025-06-01' };
  const april = { start: '2025-04-01', end: '2025-05-01' };
  const compared = (
    value: string,
    baseline: string | null,
    unit: KpiResult['unit'],
    polarity: KpiResult['polarity'],
  ) => {
    const v = new Decimal(value);
    const b = baseline === null ? null : new Decimal(baseline);
    const delta = b === null ? null : v.minus(b);
    return result(value, unit, {
      polarity,
      currency: 'USD',
      period: may,
      comparison: {
        basis: 'previous-period',
        period: april,
        baseline: b,
        delta,
        deltaPercent: b === null || delta === null || !b.gt(0) ? null : delta.div(b),
      },
    });
  };

  it('a lower-is-better KPI going down is good news: −8.3% (−$41.67) vs April, positive', async () => {
    const f = await formatter('en');
    const c = f.comparison(compared('458.3333333333', '500', 'currency', 'lower-is-better'))!;
    expect([c.direction, c.tone, c.text, c.spoken]).to.deep.equal([
      'down',
      'positive',
      '\u22128.3% (\u2212$41.67) vs April',
      'down 8.3%',
    ]);
  });

  it('a rate changes in percentage points, without a percentage of a percentage', async () => {
    const f = await formatter('en');
    const c = f.comparison(compared('0.302', '0.25', 'percent', 'higher-is-better'))!;
    expect([c.tone, c.text, c.spoken]).to.deep.equal(['positive', '+5.2 pp vs April', 'up 5.2 percentage points']);
    const zh = await formatter('zh-TW');
    expect(zh.comparison(compared('0.302', '0.25', 'percent', 'higher-is-better'))!.text).to.equal(
      '較4月 +5.2 個百分點',
    );
  });

  it('a zero, negative or missing baseline gives "No comparison" words, neutral', async () => {
    const f = await formatter('en');
    const t = (baseline: string | null) => {
      const c = f.comparison(compared('100', baseline, 'currency', 'higher-is-better'))!;
      return [c.direction, c.tone, c.text];
    };
    expect(t('0')).to.deep.equal(['none', 'neutral', 'No comparison: April was zero']);
    expect(t('-20')).to.deep.equal(['none', 'neutral', 'No comparison: April was negative']);
    expect(t(null)).to.deep.equal(['none', 'neutral', 'No comparison: no value for April']);
  });

  it('an unchanged value is neutral: 0% ($0) vs April', async () => {
    const f = await formatter('en');
    const c = f.comparison(compared('100', '100', 'currency', 'higher-is-better'))!;
    expect([c.direction, c.tone, c.text, c.spoken]).to.deep.equal([
      'unchanged',
      'neutral',
      '0% ($0) vs April',
      'unchanged',
    ]);
  });
});

describe('registerTranslation()', () => {
  it('adds a language whose missing words fall back to English', async () => {
    registerTranslation('fr', { loading: 'Chargement…', details: { spend: 'Dépenses' } });
    const f = await formatter('fr-CA');
    expect(f.locale).to.equal('fr');
    expect(f.t.loading).to.equal('Chargement…');
    expect(f.t.noData).to.equal('No data');
    expect(f.detailLabel('spend', cacDisplay)).to.equal('Dépenses');
    expect(f.detailLabel('newCustomers', cacDisplay)).to.equal('New customers');
    expect(f.detailLabel('openDeals')).to.equal('Open deals');
    expect(f.money('5940', 'USD')).to.equal(
      new Intl.NumberFormat('fr-CA', { style: 'currency', currency: 'USD' }).format(5940),
    );
  });

  it("counted things and a KPI's own reasons: the translation's words, else the KPI's in its language or English", async () => {
    registerTranslation('fr', {
      nouns: { reps: { one: 'commercial', other: 'commerciaux' } },
      reasons: { 'no-quota': 'Pas de quota sur la période' },
    });
    const fr = await formatter('fr');
    expect(fr.quantity(2, fr.noun('reps', quotaAttainmentDisplay))).to.equal('2 commerciaux');
    expect(fr.quantity(1, fr.noun('newCustomers', cacDisplay))).to.equal('1 new customer');
    expect(fr.reason('no-quota', 'quota-attainment', quotaAttainmentDisplay)).to.equal('Pas de quota sur la période');
    expect(fr.reason('unassigned', 'quota-attainment', quotaAttainmentDisplay)).to.equal('No rep, so no quota');
    const zh = await formatter('zh-TW');
    expect(zh.quantity(3, zh.noun('reps', quotaAttainmentDisplay))).to.equal('3 位業務代表');
    expect(zh.reason('no-quota', 'quota-attainment', quotaAttainmentDisplay)).to.equal('本期沒有配額');
    const en = await formatter('en');
    expect(en.quantity(2, en.noun('newCustomers', cacDisplay))).to.equal('2 new customers');
    expect(en.reason('zero-churn', 'cltv', cltvDisplay)).to.equal(
      'Not defined: no customers churned, so a lifetime has no end',
    );
    // A KPI that does not give the reason has no words for it.
    expect(en.reason('zero-churn', 'cac', cacDisplay)).to.equal('Not available');
  });
});

describe('FormatController locale', () => {
  it('finds lang across a shadow root and follows it', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="zh-TW"></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    render(html`<format-host></format-host>`, root);
    const el = root.querySelector<FormatHost>('format-host')!;
    await el.updateComplete;
    expect(el.format.locale).to.equal('zh-TW');
    outer.setAttribute('lang', 'en');
    await null;
    expect(el.format.locale).to.equal('en');
  });
});
