import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KpiLoadDetail, KpiSelectDetail } from '../../src/components/base/events.js';
import '../../src/components/expansion-revenue/kpi-expansion-revenue.js';
import type { KpiExpansionRevenue } from '../../src/components/expansion-revenue/expansion-revenue.js';
import type { Subscription } from '../../src/engine/types.js';
import {
  collect,
  controlledFetch,
  json,
  partText,
  resultLoad,
  shadowText,
  valueName,
  type KpiErrorDetail,
} from './helpers.js';

const root = (el: Element) => el.shadowRoot!;
const texts = (el: Element, selector: string) =>
  [...root(el).querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const table = (el: Element) => ({
  head: texts(el, '[part~="chart"] thead th'),
  rows: [...root(el).querySelectorAll('[part~="chart"] tbody tr')].map((r) =>
    [...r.querySelectorAll('th, td')].map((c) => c.textContent),
  ),
});

/**
 * Two customers in USD (UTC): c1 pays 100 a month from 2025-01-01 and adds a 30 product on 2025-04-15
 * (cross-sell); c2 pays 200 from 2025-02-01 and adds 50 on 2025-05-10 (upsell).
 * April: start MRR 300, expansion 30 (10%); March had none. May: start 330, expansion 50 (15.15%),
 * +66.7% (+$20) on April. January: start MRR 0, so the rate is not defined.
 */
const upsells = (): { subscriptions: Subscription[] } => ({
  subscriptions: [
    { id: 's1', customerId: 'c1', amount: '100', currency: 'USD', interval: 'month', startAt: '2025-01-01' },
    { id: 's2', customerId: 'c1', amount: '30', currency: 'USD', interval: 'month', startAt: '2025-04-15' },
    { id: 's3', customerId: 'c2', amount: '200', currency: 'USD', interval: 'month', startAt: '2025-02-01' },
    { id: 's4', customerId: 'c2', amount: '50', currency: 'USD', interval: 'month', startAt: '2025-05-10' },
  ],
});

describe('<kpi-expansion-revenue> summary forms', () => {
  it('expansion="70" start="560" previous="50" is $70.00, 12.5% of start MRR, "+40% (+$20)"', async () => {
    const el = await fixture<KpiExpansionRevenue>(
      html`<kpi-expansion-revenue expansion="70" start="560" previous="50" currency="USD"></kpi-expansion-revenue>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'label')).to.equal('Upsell and cross-sell revenue');
    expect(partText(el, 'value')).to.equal('$70.00');
    expect(shadowText(el, '.rate')).to.equal('Share of start MRR 12.5%');
    expect(partText(el, 'delta')).to.equal('▲ +40% (+$20) vs the previous period');
    expect(valueName(el)).to.equal(
      'Upsell and cross-sell revenue, $70.00, up 40% versus the previous period, higher is better',
    );
    expect(shadowText(el, '.details')).to.equal('MRR at the start $560 Share of start MRR 12.5%');
    expect(root(el).querySelector('[part~="chart"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('expansion="70" alone is $70.00 with no rate', async () => {
    const el = await fixture<KpiExpansionRevenue>(
      html`<kpi-expansion-revenue expansion="70" currency="USD"></kpi-expansion-revenue>`,
    );
    expect(partText(el, 'value')).to.equal('$70.00');
    expect(partText(el, 'delta')).to.equal(undefined);
    expect(root(el).querySelector('.rate')).to.equal(null);
  });

  it('start="0": the rate is "—" with the reason in words', async () => {
    const el = await fixture<KpiExpansionRevenue>(
      html`<kpi-expansion-revenue expansion="70" start="0"></kpi-expansion-revenue>`,
    );
    expect(partText(el, 'value')).to.equal('70.00');
    expect(shadowText(el, '.rate')).to.equal('Share of start MRR — Not defined: nothing to divide by in this period');
  });

  it('start alone is an error naming both forms and the attribute', async () => {
    const errors = collect<KpiErrorDetail>(document, 'kpi-error');
    const el = await fixture<KpiExpansionRevenue>(html`<kpi-expansion-revenue start="560"></kpi-expansion-revenue>`);
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.equal(
      'Could not load data Incomplete summary attributes: set expansion + start, or expansion.',
    );
    expect(errors.at(-1)!.attribute).to.equal('start');
    await expect(el).to.be.accessible();
  });

  it('speaks Traditional Chinese', async () => {
    const el = await fixture<KpiExpansionRevenue>(
      html`<kpi-expansion-revenue
        lang="zh-TW"
        expansion="70"
        start="560"
        previous="50"
        currency="TWD"
      ></kpi-expansion-revenue>`,
    );
    expect(partText(el, 'label')).to.equal('追加銷售與交叉銷售營收');
    expect(partText(el, 'value')).to.equal('$70.00');
    expect(shadowText(el, '.rate')).to.equal('佔期初 MRR 比率 12.5%');
    expect(partText(el, 'delta')).to.equal('▲ 較前期 +40%（+$20）');
  });
});

describe('<kpi-expansion-revenue> dataset', () => {
  it('.data for May 2025: $50.00, 15.2% of start MRR, "+66.7% (+$20) vs April", 12 monthly bars', async () => {
    const loads = collect<KpiLoadDetail>(document, 'kpi-load');
    const el = await fixture<KpiExpansionRevenue>(
      html`<kpi-expansion-revenue .data=${upsells()} period="2025-05" time-zone="UTC"></kpi-expansion-revenue>`,
    );
    expect(partText(el, 'value')).to.equal('$50.00');
    expect(shadowText(el, '.rate')).to.equal('Share of start MRR 15.2%');
    expect(partText(el, 'delta')).to.equal('▲ +66.7% (+$20) vs April');
    expect(root(el).querySelector('[part~="delta"]')!.classList.contains('positive')).to.equal(true);
    expect(root(el).querySelectorAll('[part~="bar"]')).to.have.length(12);
    expect(shadowText(el, '.highlight-value')).to.equal('$50.00');
    const t = table(el);
    expect(t.head).to.deep.equal(['Item', 'Value']);
    expect(t.rows[0]).to.deep.equal(['Jun', '$0.00']);
    expect(t.rows.slice(-3)).to.deep.equal([
      ['Mar', '$0.00'],
      ['Apr', '$30.00'],
      ['May', '$50.00'],
    ]);
    const { result, series } = resultLoad(loads.at(-1)!);
    expect(result.value!.toString()).to.equal('50');
    expect(result.details!.rate!.toFixed(4)).to.equal('0.1515');
    expect(series!.map((r) => r.period!.start.slice(0, 7))).to.deep.equal([
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
    ]);
    await expect(el).to.be.accessible();
  });

  it('Enter on April\'s bar fires kpi-select {key: "2025-04", value: "30"}', async () => {
    const selects = collect<KpiSelectDetail>(document, 'kpi-select');
    const el = await fixture<KpiExpansionRevenue>(
      html`<kpi-expansion-revenue .data=${upsells()} period="2025-05" time-zone="UTC"></kpi-expansion-revenue>`,
    );
    const april = root(el).querySelector<SVGGElement>('[part~="chart"] .item[data-key="2025-04"]')!;
    expect(april.getAttribute('role')).to.equal('button');
    expect(april.getAttribute('aria-label')).to.equal('Apr, $30.00');
    april.focus();
    await sendKeys({ press: 'Enter' });
    expect(selects).to.deep.equal([{ key: '2025-04', value: '30' }]);
  });

  it('April 2025 after a month without expansion: "No comparison: March was zero"; January has no rate', async () => {
    const el = await fixture<KpiExpansionRevenue>(
      html`<kpi-expansion-revenue .data=${upsells()} period="2025-04" time-zone="UTC"></kpi-expansion-revenue>`,
    );
    expect(partText(el, 'value')).to.equal('$30.00');
    expect(shadowText(el, '.rate')).to.equal('Share of start MRR 10%');
    expect(partText(el, 'delta')).to.equal('No comparison: March was zero');
    const january = await fixture<KpiExpansionRevenue>(
      html`<kpi-expansion-revenue .data=${upsells()} period="2025-01" time-zone="UTC"></kpi-expansion-revenue>`,
    );
    expect(partText(january, 'value')).to.equal('$0.00');
    expect(shadowText(january, '.rate')).to.equal(
      'Share of start MRR — Not defined: nothing to divide by in this period',
    );
    await expect(january).to.be.accessible();
  });

  it('zh-TW dataset card: US$50.00, the change and the chart table in Chinese', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="zh-TW">
        <kpi-expansion-revenue .data=${upsells()} period="2025-05" time-zone="UTC"></kpi-expansion-revenue>
      </div>`,
    );
    const el = wrap.querySelector('kpi-expansion-revenue')!;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('US$50.00');
    expect(partText(el, 'delta')).to.equal('▲ 較4月 +66.7%（+US$20）');
    expect(shadowText(el, '.rate')).to.equal('佔期初 MRR 比率 15.2%');
    const t = table(el);
    expect(t.head).to.deep.equal(['項目', '數值']);
    expect(t.rows.at(-1)).to.deep.equal(['5月', 'US$50.00']);
    await expect(wrap).to.be.accessible();
  });

  it('without subscriptions it is empty; with no input too', async () => {
    const el = await fixture<KpiExpansionRevenue>(
      html`<kpi-expansion-revenue .data=${{ deals: [] }} period="2025-05"></kpi-expansion-revenue>`,
    );
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data');
    const bare = await fixture<KpiExpansionRevenue>(html`<kpi-expansion-revenue></kpi-expansion-revenue>`);
    expect(bare.state).to.equal('empty');
    await expect(bare).to.be.accessible();
  });

  it('loads src, showing the loading state first; a failed fetch is the error state', async () => {
    const net = controlledFetch();
    try {
      const el = fixtureSync<KpiExpansionRevenue>(
        html`<kpi-expansion-revenue src="/upsells.json" period="2025-05" time-zone="UTC"></kpi-expansion-revenue>`,
      );
      const call = await net.call(0);
      expect(el.state).to.equal('loading');
      await expect(el).to.be.accessible();
      call.resolve(json(upsells()));
      await el.updateComplete;
      expect(partText(el, 'value')).to.equal('$50.00');

      const errors = collect<KpiErrorDetail>(document, 'kpi-error');
      const failing = fixtureSync<KpiExpansionRevenue>(
        html`<kpi-expansion-revenue src="/gone.json"></kpi-expansion-revenue>`,
      );
      (await net.call(1)).resolve(new Response('', { status: 500, statusText: 'Internal Server Error' }));
      await failing.updateComplete;
      expect(failing.state).to.equal('error');
      expect(partText(failing, 'error')).to.equal(
        'Could not load data /gone.json answered HTTP 500 Internal Server Error.',
      );
      expect(errors.at(-1)!.status).to.equal(500);
      await expect(failing).to.be.accessible();
    } finally {
      net.restore();
    }
  });
});
