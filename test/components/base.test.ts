import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { KpiMrr } from '../../src/components/mrr/mrr.js';
import '../../src/components/mrr/kpi-mrr.js';
import { sparkline } from '../../src/components/charts/sparkline.js';
import { FormatController, matchLocale, periodGrain } from '../../src/components/controllers/format-controller.js';
import { Decimal } from '../../src/engine/index.js';

describe('KpiElement.define', () => {
  it('define() of a tag the same class holds is a silent no-op', () => {
    const warn = console.warn;
    const warned: unknown[][] = [];
    console.warn = (...args: unknown[]) => warned.push(args);
    try {
      expect(() => KpiMrr.define('kpi-mrr')).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(warned).to.have.length(0);
    expect(customElements.get('kpi-mrr')).to.equal(KpiMrr);
  });

  it('define() of a tag another copy of the kit holds warns once, does not throw, and keeps the first', () => {
    class SecondCopy extends KpiMrr {}
    const warn = console.warn;
    const warned: unknown[][] = [];
    console.warn = (...args: unknown[]) => warned.push(args);
    try {
      expect(() => SecondCopy.define('kpi-mrr')).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(warned).to.have.length(1);
    expect(String(warned[0]![0])).to.match(/^kpi-elements: <kpi-mrr> is already defined/);
    expect(customElements.get('kpi-mrr')).to.equal(KpiMrr);
  });
});

describe('FormatController', () => {
  it('matchLocale() falls back by language: zh-* to zh-TW, everything else to en', () => {
    const t = (expected: string, tag: string | null) => expect(matchLocale(tag), String(tag)).to.equal(expected);
    t('zh-TW', 'zh-TW');
    t('zh-TW', 'zh-Hant-HK');
    t('zh-TW', 'zh');
    t('zh-TW', 'ZH_tw');
    t('en', 'en-GB');
    t('en', 'fr');
    t('en', '');
    t('en', null);
  });

  it('formats decimals exactly from their text, percent from fractions, counts, days and compact', async () => {
    const el = await fixture<KpiMrr>(html`<kpi-mrr></kpi-mrr>`);
    const f = new FormatController(el);
    const t = (expected: string, actual: string) => expect(actual).to.equal(expected);
    // 0.1 + 0.2 as a float is 0.30000000000000004; as a Decimal it is exact, and stays exact to display.
    t('$0.30', f.currency(new Decimal('0.1').plus('0.2'), 'USD'));
    t('$12,345,678,901,234,567.89', f.currency(new Decimal('12345678901234567.89'), 'USD'));
    t('$0.13', f.currency('0.125000000000000000001', 'USD'));
    t('NT$1,200.00', f.currency('1200', 'TWD'));
    t('25.0%', f.percent(new Decimal('0.25')));
    t('25%', f.percent('0.25', 0));
    t('1,204', f.count('1204'));
    t('45 days', f.days('45'));
    t('$5.94K', f.compact('5940', 'USD'));
    t('1,234.50', f.currency('1234.5'));
  });

  it('formats zh-TW under a lang="zh-TW" ancestor', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="zh-TW"><kpi-mrr></kpi-mrr></div>`);
    const f = new FormatController(wrap.querySelector('kpi-mrr')!);
    expect(f.locale).to.equal('zh-TW');
    expect(f.currency('5940', 'USD')).to.equal('US$5,940.00');
    expect(f.currency('5940', 'TWD')).to.equal('$5,940.00');
    expect(f.days('45')).to.equal('45 天');
    expect(f.period({ start: '2025-12-01', end: '2026-01-01' })).to.equal('2025年12月');
    expect(f.period({ start: '2025-10-01', end: '2026-01-01' })).to.equal('2025 年第 4 季');
  });

  it('finds lang across a shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="zh-TW"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    render(html`<kpi-mrr mrr="5940" currency="USD"></kpi-mrr>`, root);
    const el = root.querySelector('kpi-mrr')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="value"]')!.textContent!.trim()).to.equal('US$5,940.00');
  });

  it('periodGrain() tells a month, quarter, year and any other range apart', () => {
    const t = (expected: string, start: string, end: string) => expect(periodGrain({ start, end })).to.equal(expected);
    t('month', '2025-12-01', '2026-01-01');
    t('quarter', '2025-10-01', '2026-01-01');
    t('period', '2025-11-01', '2026-02-01');
    t('year', '2025-01-01', '2026-01-01');
    t('period', '2025-05-03', '2025-05-10');
  });
});

describe('sparkline()', () => {
  const draw = (values: Parameters<typeof sparkline>[0]) => {
    const box = document.createElement('div');
    render(sparkline(values, { width: 100, height: 20, label: 'trend' }), box);
    return box.querySelector('svg')!;
  };

  it('draws one segment per pair of values, top for the highest and bottom for the lowest', () => {
    const svg = draw([new Decimal(0), new Decimal(5), new Decimal(10)]);
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('trend');
    expect(svg.getAttribute('viewBox')).to.equal('0 0 100 20');
    expect(svg.querySelector('.sparkline-line')!.getAttribute('d')).to.equal('M0,18L50,10L100,2');
  });

  it('leaves a gap for a null and draws a flat series in the middle', () => {
    expect(draw([1, 2, null, 3, 4]).querySelector('.sparkline-line')!.getAttribute('d')).to.equal(
      'M0,18L25,12.667M75,7.333L100,2',
    );
    expect(draw([7, 7]).querySelector('.sparkline-line')!.getAttribute('d')).to.equal('M0,10L100,10');
  });
});
