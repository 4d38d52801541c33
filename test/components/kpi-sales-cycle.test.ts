import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/sales-cycle/kpi-sales-cycle.js';
import type { KpiSalesCycle } from '../../src/components/sales-cycle/sales-cycle.js';
import type { KpiLoadDetail, KpiSelectDetail } from '../../src/components/base/events.js';
import type { Dataset } from '../../src/engine/types.js';
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

/**
 * Deals (UTC). Won in May 2025: Ana's of 20 and 40 days, Ben's of 10: mean 70 ÷ 3 = 23.3 days, median
 * 20. Cy lost one of 30 days. Won in April: Ana's of 20 days, so May is up 3.3 days (+16.7%).
 */
const pipeline = (): Dataset => ({
  reps: [
    { id: 'r1', name: 'Ana' },
    { id: 'r2', name: 'Ben' },
    { id: 'r3', name: 'Cy' },
  ],
  deals: [
    { id: 'd0', createdAt: '2025-03-22', closedAt: '2025-04-11', stage: 'won', amount: '100', repId: 'r1' },
    { id: 'd1', createdAt: '2025-04-21', closedAt: '2025-05-11', stage: 'won', amount: '100', repId: 'r1' },
    { id: 'd2', createdAt: '2025-04-01', closedAt: '2025-05-11', stage: 'won', amount: '100', repId: 'r1' },
    { id: 'd3', createdAt: '2025-05-01', closedAt: '2025-05-11', stage: 'won', amount: '100', repId: 'r2' },
    { id: 'd4', createdAt: '2025-05-01', closedAt: '2025-05-31', stage: 'lost', amount: '100', repId: 'r3' },
  ],
});

const sr = (el: Element) => el.shadowRoot!;
const tableRows = (el: Element) =>
  [...sr(el).querySelectorAll('.chart table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));

describe('<kpi-sales-cycle> summary form', () => {
  it('average-days="23.3" previous="25" is 23.3 days, "−6.8% (−1.7 days)" in the good colour', async () => {
    const el = await fixture<KpiSalesCycle>(
      html`<kpi-sales-cycle average-days="23.3" previous="25"></kpi-sales-cycle>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'label')).to.equal('Sales cycle length');
    expect(partText(el, 'value')).to.equal('23.3 days');
    expect(partText(el, 'delta')).to.equal('▼ \u22126.8% (\u22121.7 days) vs the previous period');
    expect(sr(el).querySelector('[part~="delta"]')!.classList.contains('positive')).to.equal(true);
    expect(valueName(el)).to.equal(
      'Sales cycle length, 23.3 days, down 6.8% versus the previous period, lower is better',
    );
    expect(sr(el).querySelector('.subline')).to.equal(null);
    expect(sr(el).querySelector('[part~="chart"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks Traditional Chinese', async () => {
    const el = await fixture<KpiSalesCycle>(
      html`<kpi-sales-cycle lang="zh-TW" average-days="23.3" previous="25"></kpi-sales-cycle>`,
    );
    expect(partText(el, 'label')).to.equal('銷售週期長度');
    expect(partText(el, 'value')).to.equal('23.3 天');
    expect(partText(el, 'delta')).to.equal('▼ 較前期 \u22126.8%（\u22121.7 天）');
  });
});

describe('<kpi-sales-cycle> dataset', () => {
  it('May 2025: 23.3 days, "+16.7% (+3.3 days) vs April" in the bad colour, median 20 days, bars by rep', async () => {
    const loads: KpiLoadDetail[] = [];
    const el = await fixture<KpiSalesCycle>(
      html`<kpi-sales-cycle
        .data=${pipeline()}
        period="2025-05"
        time-zone="UTC"
        @kpi-load=${(e: CustomEvent<KpiLoadDetail>) => loads.push(e.detail)}
      ></kpi-sales-cycle>`,
    );
    expect(partText(el, 'value')).to.equal('23.3 days');
    expect(partText(el, 'delta')).to.equal('▲ +16.7% (+3.3 days) vs April');
    expect(sr(el).querySelector('[part~="delta"]')!.classList.contains('negative')).to.equal(true);
    expect(shadowText(el, '.subline')).to.equal('Median 20 days · 3 won deals');
    expect(shadowText(el, '.equation')).to.equal('70 days ÷ 3 won deals');
    expect(tableRows(el)).to.deep.equal([
      ['Ana', '30 days', ''],
      ['Ben', '10 days', ''],
      ['Cy', '—', 'Not defined: no deals won in this period'],
    ]);
    expect(sr(el).querySelectorAll('rect.bar')).to.have.length(2);
    expect(shadowText(el, '.chart-graphic .value.empty')).to.equal('— Not defined: no deals won in this period');
    const { result } = resultLoad(loads[0]!);
    expect(result.details!.median!.toString()).to.equal('20');
    await expect(el).to.be.accessible();
  });

  it('cycle-deals="closed" adds lost deals: 25 days, median 25, 4 closed deals, Cy 30 days', async () => {
    const el = await fixture<KpiSalesCycle>(
      html`<kpi-sales-cycle
        .data=${pipeline()}
        period="2025-05"
        time-zone="UTC"
        cycle-deals="closed"
      ></kpi-sales-cycle>`,
    );
    expect(partText(el, 'value')).to.equal('25 days');
    expect(shadowText(el, '.subline')).to.equal('Median 25 days · 4 closed deals');
    expect(tableRows(el).map((r) => r.slice(0, 2))).to.deep.equal([
      ['Ana', '30 days'],
      ['Ben', '10 days'],
      ['Cy', '30 days'],
    ]);
  });

  it('an unknown cycle-deals is an error naming the attribute', async () => {
    const errors = collect<KpiErrorDetail>(document, 'kpi-error');
    const el = await fixture<KpiSalesCycle>(
      html`<kpi-sales-cycle .data=${pipeline()} period="2025-05" cycle-deals="open"></kpi-sales-cycle>`,
    );
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.match(/^Could not load data The cycle-deals attribute /);
    expect(errors.at(-1)!.attribute).to.equal('cycle-deals');
  });

  it('Enter on a bar fires kpi-select with the rep id and its days; a rep without deals sends null', async () => {
    const el = await fixture<KpiSalesCycle>(
      html`<kpi-sales-cycle .data=${pipeline()} period="2025-05" time-zone="UTC"></kpi-sales-cycle>`,
    );
    const selected = collect<KpiSelectDetail>(el, 'kpi-select');
    const item = (key: string) => sr(el).querySelector<SVGGElement>(`.chart-items .item[data-key="${key}"]`)!;
    expect(item('r1').getAttribute('aria-label')).to.equal('Ana, 30 days');
    item('r1').focus();
    await sendKeys({ press: 'Enter' });
    item('r3').focus();
    await sendKeys({ press: 'Enter' });
    expect(selected).to.deep.equal([
      { key: 'r1', value: '30' },
      { key: 'r3', value: null },
    ]);
  });

  it('zh-TW: 23.3 天, the median line and the chart in Chinese', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="zh-TW">
        <kpi-sales-cycle .data=${pipeline()} period="2025-05" time-zone="UTC"></kpi-sales-cycle>
      </div>`,
    );
    const el = wrap.querySelector('kpi-sales-cycle')!;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('23.3 天');
    expect(partText(el, 'delta')).to.equal('▲ 較4月 +16.7%（+3.3 天）');
    expect(shadowText(el, '.subline')).to.equal('中位數 20 天 · 3 筆成交交易');
    expect(tableRows(el)[2]).to.deep.equal(['Cy', '—', '無法計算：本期沒有成交的交易']);
    expect(sr(el).querySelector('.chart caption')!.textContent).to.equal('各業務代表平均銷售週期');
    await expect(wrap).to.be.accessible();
  });

  it('no deals is the empty state; no input too', async () => {
    const el = await fixture<KpiSalesCycle>(
      html`<kpi-sales-cycle .data=${{ reps: [] }} period="2025-05"></kpi-sales-cycle>`,
    );
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data');
    const bare = await fixture<KpiSalesCycle>(html`<kpi-sales-cycle></kpi-sales-cycle>`);
    expect(bare.state).to.equal('empty');
    await expect(bare).to.be.accessible();
  });

  it('src: loading first, then the value; a 500 is the error state', async () => {
    const net = controlledFetch();
    try {
      const el = fixtureSync<KpiSalesCycle>(
        html`<kpi-sales-cycle src="/deals.json" period="2025-05" time-zone="UTC"></kpi-sales-cycle>`,
      );
      const call = await net.call(0);
      expect(el.state).to.equal('loading');
      await expect(el).to.be.accessible();
      call.resolve(json(pipeline()));
      await el.updateComplete;
      expect(partText(el, 'value')).to.equal('23.3 days');
      expect(tableRows(el).map((r) => r[0])).to.deep.equal(['Ana', 'Ben', 'Cy']);
      const errors = collect<KpiErrorDetail>(el, 'kpi-error');
      el.src = '/broken.json';
      (await net.call(1)).resolve(new Response('', { status: 500 }));
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(errors.map((e) => e.status)).to.deep.equal([500]);
      await expect(el).to.be.accessible();
    } finally {
      net.restore();
    }
  });
});
