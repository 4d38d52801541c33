import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/sales-per-rep/kpi-sales-per-rep.js';
import type { KpiSalesPerRep } from '../../src/components/sales-per-rep/sales-per-rep.js';
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
  answerSrc,
  expectMissingSrc,
} from './helpers.js';

/**
 * Three active reps in USD (UTC). May 2025: Ana won 3,000, Ben 1,500, Cy nothing, and a 500 deal has no
 * rep: 5,000 ÷ 3 reps = 1,666.67. April 2025: Ana won 3,000: 3,000 ÷ 3 = 1,000, so May is up 66.7% (+666.67).
 */
const team = (): Dataset => ({
  reps: [
    { id: 'r1', name: 'Ana' },
    { id: 'r2', name: 'Ben' },
    { id: 'r3', name: 'Cy' },
  ],
  deals: [
    {
      id: 'd1',
      createdAt: '2025-03-01',
      closedAt: '2025-04-10',
      stage: 'won',
      amount: '3000',
      currency: 'USD',
      repId: 'r1',
    },
    {
      id: 'd2',
      createdAt: '2025-04-01',
      closedAt: '2025-05-10',
      stage: 'won',
      amount: '3000',
      currency: 'USD',
      repId: 'r1',
    },
    {
      id: 'd3',
      createdAt: '2025-04-01',
      closedAt: '2025-05-12',
      stage: 'won',
      amount: '1500',
      currency: 'USD',
      repId: 'r2',
    },
    { id: 'd4', createdAt: '2025-04-01', closedAt: '2025-05-15', stage: 'won', amount: '500', currency: 'USD' },
    {
      id: 'd5',
      createdAt: '2025-04-01',
      closedAt: '2025-05-16',
      stage: 'lost',
      amount: '900',
      currency: 'USD',
      repId: 'r3',
    },
  ],
});

const sr = (el: Element) => el.shadowRoot!;
const bars = (el: Element) => [...sr(el).querySelectorAll('.chart-items .item')];
const tableRows = (el: Element) =>
  [...sr(el).querySelectorAll('.chart table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));

describe('<kpi-sales-per-rep> summary form', () => {
  it('total-sales="5000" reps="3" is $1,666.67; previous="1000" reads "+66.7% (+$666.67)"', async () => {
    const el = await fixture<KpiSalesPerRep>(
      html`<kpi-sales-per-rep total-sales="5000" reps="3" previous="1000" currency="USD"></kpi-sales-per-rep>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'label')).to.equal('Sales per rep');
    expect(partText(el, 'value')).to.equal('$1,666.67');
    expect(partText(el, 'delta')).to.equal('▲ +66.7% (+$666.67) vs the previous period');
    expect(valueName(el)).to.equal('Sales per rep, $1,666.67, up 66.7% versus the previous period, higher is better');
    expect(shadowText(el, '.equation')).to.equal('$5,000 ÷ 3 reps');
    expect(sr(el).querySelector('[part~="chart"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reps="0" is "—" with the reason in words', async () => {
    const el = await fixture<KpiSalesPerRep>(html`<kpi-sales-per-rep total-sales="5000" reps="0"></kpi-sales-per-rep>`);
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('—');
    expect(shadowText(el, '.reason')).to.equal('Not defined: no active reps');
  });

  it('total-sales alone is an error naming the form', async () => {
    const errors = collect<KpiErrorDetail>(document, 'kpi-error');
    const el = await fixture<KpiSalesPerRep>(html`<kpi-sales-per-rep total-sales="5000"></kpi-sales-per-rep>`);
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.equal(
      'Could not load data Incomplete summary attributes: set total-sales + reps.',
    );
    expect(errors.at(-1)!.attribute).to.equal('total-sales');
    await expect(el).to.be.accessible();
  });

  it('speaks Traditional Chinese', async () => {
    const el = await fixture<KpiSalesPerRep>(
      html`<kpi-sales-per-rep
        lang="zh-TW"
        total-sales="5000"
        reps="3"
        previous="1000"
        currency="USD"
      ></kpi-sales-per-rep>`,
    );
    expect(partText(el, 'label')).to.equal('每個代表的銷售額');
    expect(partText(el, 'value')).to.equal('US$1,666.67');
    expect(partText(el, 'delta')).to.equal('▲ 較前期 +66.7%（+US$666.67）');
  });
});

describe('<kpi-sales-per-rep> dataset', () => {
  it('May 2025: $1,666.67, "+66.7% (+$666.67) vs April", a leaderboard with the team average', async () => {
    const loads: KpiLoadDetail[] = [];
    const el = await fixture<KpiSalesPerRep>(
      html`<kpi-sales-per-rep
        .data=${team()}
        period="2025-05"
        currency="USD"
        time-zone="UTC"
        @kpi-load=${(e: CustomEvent<KpiLoadDetail>) => loads.push(e.detail)}
      ></kpi-sales-per-rep>`,
    );
    expect(partText(el, 'value')).to.equal('$1,666.67');
    expect(partText(el, 'delta')).to.equal('▲ +66.7% (+$666.67) vs April');
    expect(shadowText(el, '.equation')).to.equal('$5,000 ÷ 3 reps');
    // Highest first; won deals without a rep last, in words.
    expect(tableRows(el)).to.deep.equal([
      ['Ana', '$3,000.00'],
      ['Ben', '$1,500.00'],
      ['Cy', '$0.00'],
      ['Unassigned', '$500.00'],
    ]);
    expect(sr(el).querySelectorAll('rect.bar')).to.have.length(4);
    expect(sr(el).querySelector('.reference-label')!.textContent).to.equal('Team average $1,666.67');
    expect(sr(el).querySelector('.chart-graphic')!.getAttribute('aria-label')).to.equal(
      'Won sales by rep: Ana $3,000.00, Ben $1,500.00, Cy $0.00, Unassigned $500.00, Team average $1,666.67',
    );
    expect(loads).to.have.length(1);
    const { result } = resultLoad(loads[0]!);
    expect(result.id).to.equal('sales-per-rep');
    expect(result.breakdown!.map((b) => [b.key, b.value!.toString()])).to.deep.equal([
      ['r1', '3000'],
      ['r2', '1500'],
      ['r3', '0'],
      ['unassigned', '500'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('Enter on a bar fires kpi-select with the rep id and its won sales', async () => {
    const el = await fixture<KpiSalesPerRep>(
      html`<kpi-sales-per-rep .data=${team()} period="2025-05" time-zone="UTC"></kpi-sales-per-rep>`,
    );
    const selected = collect<KpiSelectDetail>(el, 'kpi-select');
    const ben = bars(el).find((b) => b.getAttribute('data-key') === 'r2') as SVGGElement;
    expect(ben.getAttribute('role')).to.equal('button');
    expect(ben.getAttribute('aria-label')).to.equal('Ben, $1,500.00');
    ben.focus();
    await sendKeys({ press: 'Enter' });
    expect(selected).to.deep.equal([{ key: 'r2', value: '1500' }]);
  });

  it('labels bars with rep ids when the records have no names (the data JSON attribute)', async () => {
    const data = { ...team(), reps: [{ id: 'r1' }, { id: 'r2' }, { id: 'r3' }] };
    const el = await fixture<KpiSalesPerRep>(
      html`<kpi-sales-per-rep data=${JSON.stringify(data)} period="2025-05" time-zone="UTC"></kpi-sales-per-rep>`,
    );
    expect(partText(el, 'value')).to.equal('$1,666.67');
    expect(tableRows(el).map((r) => r[0])).to.deep.equal(['r1', 'r2', 'r3', 'Unassigned']);
  });

  it('src: the names of the Rep records it answered label the bars, the tooltips and the chart', async () => {
    const net = controlledFetch();
    try {
      const el = fixtureSync<KpiSalesPerRep>(
        html`<kpi-sales-per-rep src="/team.json" period="2025-05" time-zone="UTC"></kpi-sales-per-rep>`,
      );
      const data = team();
      data.reps = [
        { id: 'r1', name: ' Ana Lima ' },
        { id: 'r2', name: 'Ben Okafor' },
        { id: 'r3', name: '' }, // no name: its id
      ];
      (await net.call(0)).resolve(json(data));
      await el.updateComplete;
      expect(net.calls.map((c) => c.url)).to.deep.equal(['/team.json']);
      expect(tableRows(el)).to.deep.equal([
        ['Ana Lima', '$3,000.00'],
        ['Ben Okafor', '$1,500.00'],
        ['r3', '$0.00'],
        ['Unassigned', '$500.00'],
      ]);
      expect(bars(el).map((b) => b.getAttribute('aria-label'))).to.deep.equal([
        'Ana Lima, $3,000.00',
        'Ben Okafor, $1,500.00',
        'r3, $0.00',
        'Unassigned, $500.00',
      ]);
      await expect(el).to.be.accessible();
    } finally {
      net.restore();
    }
  });

  it('zh-TW: Chinese words for the chart and "未指派"', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="zh-TW">
        <kpi-sales-per-rep .data=${team()} period="2025-05" time-zone="UTC"></kpi-sales-per-rep>
      </div>`,
    );
    const el = wrap.querySelector('kpi-sales-per-rep')!;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('US$1,666.67');
    expect(partText(el, 'delta')).to.equal('▲ 較4月 +66.7%（+US$666.67）');
    expect(sr(el).querySelector('.reference-label')!.textContent).to.equal('團隊平均 US$1,666.67');
    expect(tableRows(el).map((r) => r[0])).to.deep.equal(['Ana', 'Ben', 'Cy', '未指派']);
    expect(sr(el).querySelector('.chart caption')!.textContent).to.equal('各業務代表成交銷售額');
    await expect(wrap).to.be.accessible();
  });

  it('records without deals are the empty state; no input too', async () => {
    const el = await fixture<KpiSalesPerRep>(
      html`<kpi-sales-per-rep .data=${{ reps: team().reps }} period="2025-05"></kpi-sales-per-rep>`,
    );
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data');
    const bare = await fixture<KpiSalesPerRep>(html`<kpi-sales-per-rep></kpi-sales-per-rep>`);
    expect(bare.state).to.equal('empty');
    await expect(bare).to.be.accessible();
  });

  it('src: loading first, then the value; a 404 is the error state with kpi-error {status}', async () => {
    const net = controlledFetch();
    try {
      const el = fixtureSync<KpiSalesPerRep>(
        html`<kpi-sales-per-rep src="/team.json" period="2025-05" time-zone="UTC"></kpi-sales-per-rep>`,
      );
      await answerSrc(el, net, team());
      expect(partText(el, 'value')).to.equal('$1,666.67');
      expect(tableRows(el).map((r) => r[0])).to.deep.equal(['Ana', 'Ben', 'Cy', 'Unassigned']);

      await expectMissingSrc(el, net, new Response('', { status: 404, statusText: 'Not Found' }));
      expect(partText(el, 'error')).to.match(/^Could not load data /);
    } finally {
      net.restore();
    }
  });
});
