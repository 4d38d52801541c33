import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/sales-growth/kpi-sales-growth.js';
import type { KpiSalesGrowth } from '../../src/components/sales-growth/sales-growth.js';
import type { KpiLoadDetail, KpiSelectDetail } from '../../src/components/base/events.js';
import type { Dataset } from '../../src/engine/types.js';
import {
  collect,
  controlledFetch,
  partText,
  resultLoad,
  shadowText,
  valueName,
  type KpiErrorDetail,
  answerSrc,
  expectMissingSrc,
} from './helpers.js';

/**
 * Won deals in USD (UTC): March 2025 2,000; April 4,000; May 2,000 + 3,000 = 5,000; a lost deal in May
 * does not count. May grew (5,000 − 4,000) ÷ 4,000 = 25%; April grew 100%, so May is 75 points lower.
 */
const sales = (): Dataset => ({
  deals: [
    { id: 'd1', createdAt: '2025-03-01', closedAt: '2025-03-15', stage: 'won', amount: '2000', currency: 'USD' },
    { id: 'd2', createdAt: '2025-03-01', closedAt: '2025-04-10', stage: 'won', amount: '4000', currency: 'USD' },
    { id: 'd3', createdAt: '2025-04-01', closedAt: '2025-05-05', stage: 'won', amount: '2000', currency: 'USD' },
    { id: 'd4', createdAt: '2025-04-01', closedAt: '2025-05-20', stage: 'won', amount: '3000', currency: 'USD' },
    { id: 'd5', createdAt: '2025-04-01', closedAt: '2025-05-21', stage: 'lost', amount: '9000', currency: 'USD' },
  ],
});

const sr = (el: Element) => el.shadowRoot!;
const tableRows = (el: Element) =>
  [...sr(el).querySelectorAll('.chart table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));

describe('<kpi-sales-growth> summary form', () => {
  it('current="5000" previous="4000" is 25% (growth compares already: no delta line)', async () => {
    const el = await fixture<KpiSalesGrowth>(
      html`<kpi-sales-growth current="5000" previous="4000" currency="USD"></kpi-sales-growth>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'label')).to.equal('Monthly sales growth');
    expect(partText(el, 'value')).to.equal('25%');
    expect(partText(el, 'delta')).to.equal(undefined);
    expect(valueName(el)).to.equal('Monthly sales growth, 25%, higher is better');
    expect(shadowText(el, '.equation')).to.equal('$1,000 ÷ $4,000');
    expect(sr(el).querySelector('[part~="chart"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('previous="0" is "—" with the reason', async () => {
    const el = await fixture<KpiSalesGrowth>(html`<kpi-sales-growth current="5000" previous="0"></kpi-sales-growth>`);
    expect(partText(el, 'value')).to.equal('—');
    expect(shadowText(el, '.reason')).to.equal('Not defined: the previous period was zero');
  });

  it('current alone is an error naming the form', async () => {
    const errors = collect<KpiErrorDetail>(document, 'kpi-error');
    const el = await fixture<KpiSalesGrowth>(html`<kpi-sales-growth current="5000"></kpi-sales-growth>`);
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.equal(
      'Could not load data Incomplete summary attributes: set current + previous.',
    );
    expect(errors.at(-1)!.attribute).to.equal('current');
  });

  it('speaks Traditional Chinese', async () => {
    const el = await fixture<KpiSalesGrowth>(
      html`<kpi-sales-growth lang="zh-TW" current="5000" previous="4000"></kpi-sales-growth>`,
    );
    expect(partText(el, 'label')).to.equal('每月銷售成長');
    expect(partText(el, 'value')).to.equal('25%');
    expect(valueName(el)).to.equal('每月銷售成長，25%，越高越好');
  });
});

describe('<kpi-sales-growth> dataset', () => {
  it('May 2025: 25%, "−75 pp vs April", 12 months of won sales with May highlighted', async () => {
    const loads: KpiLoadDetail[] = [];
    const el = await fixture<KpiSalesGrowth>(
      html`<kpi-sales-growth
        .data=${sales()}
        period="2025-05"
        currency="USD"
        time-zone="UTC"
        @kpi-load=${(e: CustomEvent<KpiLoadDetail>) => loads.push(e.detail)}
      ></kpi-sales-growth>`,
    );
    expect(partText(el, 'value')).to.equal('25%');
    expect(partText(el, 'delta')).to.equal('▼ \u221275 pp vs April');
    expect(sr(el).querySelector('[part~="delta"]')!.classList.contains('negative')).to.equal(true);
    expect(valueName(el)).to.equal(
      'Monthly sales growth, 25%, down 75 percentage points versus April, higher is better',
    );
    const rows = tableRows(el);
    expect(rows).to.have.length(12);
    expect(rows.map((r) => r[0])).to.deep.equal([
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
    ]);
    expect(rows.slice(-4)).to.deep.equal([
      ['Feb', '$0'],
      ['Mar', '$2,000'],
      ['Apr', '$4,000'],
      ['May', '$5,000'],
    ]);
    const columns = [...sr(el).querySelectorAll('rect.bar')];
    expect(columns).to.have.length(12);
    expect(columns.filter((c) => c.classList.contains('highlight'))).to.have.length(1);
    expect(columns[11]!.classList.contains('highlight')).to.equal(true);
    expect(shadowText(el, '.highlight-value')).to.equal('$5,000');
    const { result, series } = resultLoad(loads[0]!);
    expect(result.value!.toString()).to.equal('0.25');
    expect(series!.map((r) => r.details!.current!.toString()).slice(-3)).to.deep.equal(['2000', '4000', '5000']);
    await expect(el).to.be.accessible();
  });

  it('Enter on a column fires kpi-select with the month and its won sales', async () => {
    const el = await fixture<KpiSalesGrowth>(
      html`<kpi-sales-growth .data=${sales()} period="2025-05" time-zone="UTC"></kpi-sales-growth>`,
    );
    const selected = collect<KpiSelectDetail>(el, 'kpi-select');
    const april = sr(el).querySelector<SVGGElement>('.chart-items .item[data-key="2025-04"]')!;
    expect(april.getAttribute('aria-label')).to.equal('Apr, $4,000');
    april.focus();
    await sendKeys({ press: 'Enter' });
    expect(selected).to.deep.equal([{ key: '2025-04', value: '4000' }]);
  });

  it('zh-TW: the change in points and months in Chinese', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="zh-TW">
        <kpi-sales-growth .data=${sales()} period="2025-05" currency="USD" time-zone="UTC"></kpi-sales-growth>
      </div>`,
    );
    const el = wrap.querySelector('kpi-sales-growth')!;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('25%');
    expect(partText(el, 'delta')).to.equal('▼ 較4月 \u221275 個百分點');
    expect(tableRows(el).at(-1)).to.deep.equal(['5月', 'US$5,000']);
    expect(sr(el).querySelector('.chart caption')!.textContent).to.equal('每月成交銷售額');
    await expect(wrap).to.be.accessible();
  });

  it('records without deals are the empty state; no input too', async () => {
    const el = await fixture<KpiSalesGrowth>(
      html`<kpi-sales-growth .data=${{ subscriptions: [] }} period="2025-05"></kpi-sales-growth>`,
    );
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data');
    const bare = await fixture<KpiSalesGrowth>(html`<kpi-sales-growth></kpi-sales-growth>`);
    expect(bare.state).to.equal('empty');
    await expect(bare).to.be.accessible();
  });

  it('src: loading first, then the value; a 404 is the error state', async () => {
    const net = controlledFetch();
    try {
      const el = fixtureSync<KpiSalesGrowth>(
        html`<kpi-sales-growth src="/deals.json" period="2025-05" time-zone="UTC"></kpi-sales-growth>`,
      );
      await answerSrc(el, net, sales());
      expect(partText(el, 'value')).to.equal('25%');
      await expectMissingSrc(el, net, new Response('', { status: 404 }));
    } finally {
      net.restore();
    }
  });
});
