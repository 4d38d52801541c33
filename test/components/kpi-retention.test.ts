import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KpiLoadDetail } from '../../src/components/base/events.js';
import '../../src/components/retention/kpi-retention.js';
import type { KpiRetention } from '../../src/components/retention/retention.js';
import {
  collect,
  company,
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
/** The chart's hidden table: header row, then one array per body row. */
const table = (el: Element) => ({
  head: texts(el, '[part~="chart"] thead th'),
  rows: [...root(el).querySelectorAll('[part~="chart"] tbody tr')].map((r) =>
    [...r.querySelectorAll('th, td')].map((c) => c.textContent),
  ),
});

describe('<kpi-retention> summary form', () => {
  it('customers-start="4" customers-end="5" new-customers="2" is 75%, with no chart and no side rates', async () => {
    const el = await fixture<KpiRetention>(
      html`<kpi-retention customers-start="4" customers-end="5" new-customers="2" previous="0.8"></kpi-retention>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'label')).to.equal('Customer retention rate');
    expect(partText(el, 'value')).to.equal('75%');
    expect(partText(el, 'delta')).to.equal('▼ \u22125 pp vs the previous period');
    expect(root(el).querySelector('[part~="delta"]')!.classList.contains('negative')).to.equal(true);
    expect(valueName(el)).to.equal(
      'Customer retention rate, 75%, down 5 percentage points versus the previous period, higher is better',
    );
    expect(shadowText(el, '.equation')).to.equal('3 retained customers ÷ 4 customers at the start');
    expect(root(el).querySelector('[part~="chart"]')).to.equal(null);
    expect(root(el).querySelector('.rates')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reactivated-customers is subtracted apart: (5 − 1 − 1) ÷ 4 is 75%', async () => {
    const el = await fixture<KpiRetention>(
      html`<kpi-retention
        customers-start="4"
        customers-end="5"
        new-customers="1"
        reactivated-customers="1"
      ></kpi-retention>`,
    );
    expect(partText(el, 'value')).to.equal('75%');
    expect(partText(el, 'delta')).to.equal(undefined);
  });

  it('customers-start alone is an error naming the forms and the attribute', async () => {
    const errors = collect<KpiErrorDetail>(document, 'kpi-error');
    const el = await fixture<KpiRetention>(html`<kpi-retention customers-start="4"></kpi-retention>`);
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.equal(
      'Could not load data Incomplete summary attributes: set customers-start + customers-end + new-customers + reactivated-customers, or customers-start + customers-end + new-customers.',
    );
    expect(errors.at(-1)!.attribute).to.equal('customers-start');
    await expect(el).to.be.accessible();
  });

  it('customers-start="0" shows "—" and the reason in words', async () => {
    const el = await fixture<KpiRetention>(
      html`<kpi-retention customers-start="0" customers-end="2" new-customers="2"></kpi-retention>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('—');
    expect(shadowText(el, '.reason')).to.equal('Not defined: no paying customers at the start');
  });

  it('speaks Traditional Chinese: 75% and the change in 個百分點', async () => {
    const el = await fixture<KpiRetention>(
      html`<kpi-retention
        lang="zh-TW"
        customers-start="4"
        customers-end="5"
        new-customers="2"
        previous="0.7"
      ></kpi-retention>`,
    );
    expect(partText(el, 'label')).to.equal('客戶保留率');
    expect(partText(el, 'value')).to.equal('75%');
    expect(partText(el, 'delta')).to.equal('▲ 較前期 +5 個百分點');
  });
});

describe('<kpi-retention> dataset', () => {
  // company(), UTC. May 2025: c1, c2, c3 pay at the start; c2 ends May 20: retention 2 ÷ 3, churn 1 ÷ 3.
  // Start MRR 209.50, churned MRR 100: NRR = GRR = 109.50 ÷ 209.50 = 52.27%. April: 100% retained.
  it('.data for May 2025: 66.7%, "−33.3 pp vs April", churn / NRR / GRR beside it, and four 12-month lines', async () => {
    const loads = collect<KpiLoadDetail>(document, 'kpi-load');
    const el = await fixture<KpiRetention>(
      html`<kpi-retention .data=${company()} period="2025-05" time-zone="UTC"></kpi-retention>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('66.7%');
    expect(partText(el, 'delta')).to.equal('▼ \u221233.3 pp vs April');
    expect(texts(el, '.rates .rate')).to.deep.equal([
      'Customer churn rate 33.3%',
      'Net revenue retention 52.3%',
      'Gross revenue retention 52.3%',
    ]);
    expect(root(el).querySelectorAll('[part~="chart"] path.line')).to.have.length(4);
    expect(texts(el, '[part~="legend"] li')).to.deep.equal([
      'Customer retention rate',
      'Customer churn rate',
      'Net revenue retention',
      'Gross revenue retention',
    ]);
    const t = table(el);
    expect(t.head).to.deep.equal([
      'Item',
      'Customer retention rate',
      'Customer churn rate',
      'Net revenue retention',
      'Gross revenue retention',
    ]);
    expect(t.rows).to.have.length(12);
    // June 2024 to January 2025: nobody paid at the start, so every rate is undefined.
    expect(t.rows[0]).to.deep.equal(['Jun', '—', '—', '—', '—']);
    expect(t.rows.slice(-2)).to.deep.equal([
      ['Apr', '100%', '0%', '100%', '100%'],
      ['May', '66.7%', '33.3%', '52.3%', '52.3%'],
    ]);
    // A month is a focusable column whose name lists every series, not a button.
    const may = root(el).querySelector<SVGGElement>('[part~="chart"] .item[data-key="May"]')!;
    expect(may.getAttribute('role')).to.equal('img');
    expect(may.getAttribute('aria-label')).to.equal(
      'May: Customer retention rate: 66.7%, Customer churn rate: 33.3%, Net revenue retention: 52.3%, Gross revenue retention: 52.3%',
    );

    const { result, series, extras } = resultLoad(loads.at(-1)!);
    expect(result.id).to.equal('customer-retention-rate');
    expect(series).to.have.length(12);
    expect(Object.keys(extras!)).to.deep.equal(['churn', 'nrr', 'grr']);
    expect(extras!.churn!.result.value!.toString()).to.equal(extras!.churn!.series!.at(-1)!.value!.toString());
    expect(extras!.nrr!.result.value!.toFixed(4)).to.equal('0.5227');
    await expect(el).to.be.accessible();
  });

  it('a column takes focus and shows its tooltip, but Enter fires no kpi-select (lines have no bars)', async () => {
    const selects = collect(document, 'kpi-select');
    const el = await fixture<KpiRetention>(
      html`<kpi-retention .data=${company()} period="2025-05" time-zone="UTC"></kpi-retention>`,
    );
    const may = root(el).querySelector<SVGGElement>('[part~="chart"] .item[data-key="May"]')!;
    may.focus();
    await sendKeys({ press: 'Enter' });
    expect(root(el).activeElement).to.equal(may);
    expect(texts(el, '[part~="chart"] .item[data-key="May"] .tooltip-text')).to.deep.equal([
      'May',
      'Customer retention rate: 66.7%',
      'Customer churn rate: 33.3%',
      'Net revenue retention: 52.3%',
      'Gross revenue retention: 52.3%',
    ]);
    expect(selects).to.have.length(0);
  });

  it('May 2024, before any customer: "—" with the reason for the headline and each side rate, and no chart', async () => {
    const el = await fixture<KpiRetention>(
      html`<kpi-retention .data=${company()} period="2024-05" time-zone="UTC"></kpi-retention>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('—');
    expect(shadowText(el, '.reason')).to.equal('Not defined: no paying customers at the start');
    expect(texts(el, '.rates .rate')).to.deep.equal([
      'Customer churn rate — Not defined: no paying customers at the start',
      'Net revenue retention — Not defined: no MRR at the start of the period',
      'Gross revenue retention — Not defined: no MRR at the start of the period',
    ]);
    // Twelve months without a single rate draw no chart.
    expect(root(el).querySelector('[part~="chart"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('zh-TW dataset card: names, rates and the chart table in Chinese', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="zh-TW">
        <kpi-retention .data=${company()} period="2025-05" time-zone="UTC"></kpi-retention>
      </div>`,
    );
    const el = wrap.querySelector('kpi-retention')!;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('66.7%');
    expect(partText(el, 'delta')).to.equal('▼ 較4月 \u221233.3 個百分點');
    expect(texts(el, '.rates .rate')).to.deep.equal(['客戶流失率 33.3%', '淨收入留存率 52.3%', '總收入留存率 52.3%']);
    const t = table(el);
    expect(t.head[0]).to.equal('項目');
    expect(t.rows.at(-1)).to.deep.equal(['5月', '66.7%', '33.3%', '52.3%', '52.3%']);
    await expect(wrap).to.be.accessible();
  });

  it('without subscriptions it is empty; with no input too', async () => {
    const el = await fixture<KpiRetention>(
      html`<kpi-retention .data=${{ deals: [] }} period="2025-05"></kpi-retention>`,
    );
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data');
    const bare = await fixture<KpiRetention>(html`<kpi-retention></kpi-retention>`);
    expect(bare.state).to.equal('empty');
    await expect(bare).to.be.accessible();
  });

  it('loads src, showing the loading state first; a failed fetch is the error state', async () => {
    const net = controlledFetch();
    try {
      const el = fixtureSync<KpiRetention>(
        html`<kpi-retention src="/company.json" period="2025-05" time-zone="UTC"></kpi-retention>`,
      );
      const call = await net.call(0);
      expect(el.state).to.equal('loading');
      expect(root(el).querySelector('.chart-bone')).to.not.equal(null);
      await expect(el).to.be.accessible();
      call.resolve(json(company()));
      await el.updateComplete;
      expect(partText(el, 'value')).to.equal('66.7%');

      const errors = collect<KpiErrorDetail>(document, 'kpi-error');
      const failing = fixtureSync<KpiRetention>(html`<kpi-retention src="/gone.json"></kpi-retention>`);
      (await net.call(1)).resolve(new Response('', { status: 404, statusText: 'Not Found' }));
      await failing.updateComplete;
      expect(failing.state).to.equal('error');
      expect(partText(failing, 'error')).to.equal('Could not load data /gone.json answered HTTP 404 Not Found.');
      expect(errors.at(-1)!.status).to.equal(404);
      await expect(failing).to.be.accessible();
    } finally {
      net.restore();
    }
  });
});
