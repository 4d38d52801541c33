import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/components/mrr/kpi-mrr.js';
import type { KpiMrr } from '../../src/components/mrr/mrr.js';
import type { KpiLoadDetail, KpiWarningDetail } from '../../src/components/base/events.js';
import {
  collect,
  company,
  companyCsv,
  controlledFetch,
  json,
  partText,
  resultLoad,
  shadowText,
  valueName,
  type KpiErrorDetail,
} from './helpers.js';

const card = (el: Element) => el.shadowRoot!.querySelector('[part~="base"]')!;

describe('<kpi-mrr> summary form', () => {
  it('mrr="5940" previous="5400" shows $5,940.00 and "+10% (+$540) vs the previous period"', async () => {
    const el = await fixture<KpiMrr>(html`<kpi-mrr mrr="5940" previous="5400" currency="USD"></kpi-mrr>`);
    expect(el.state).to.equal('ready');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(partText(el, 'label')).to.equal('Monthly recurring revenue');
    expect(partText(el, 'value')).to.equal('$5,940.00');
    expect(partText(el, 'delta')).to.equal('▲ +10% (+$540) vs the previous period');
    expect(el.shadowRoot!.querySelector('[part~="delta"]')!.classList.contains('positive')).to.equal(true);
    expect(valueName(el)).to.equal(
      'Monthly recurring revenue, $5,940.00, up 10% versus the previous period, higher is better',
    );
    expect(partText(el, 'sparkline')).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('.period')).to.equal(null);
  });

  it('paying-customers="120" arpa="49.50" shows $5,940.00, explained as 120 paying customers and ARPA $49.50', async () => {
    const el = await fixture<KpiMrr>(html`<kpi-mrr paying-customers="120" arpa="49.50" currency="USD"></kpi-mrr>`);
    expect(partText(el, 'value')).to.equal('$5,940.00');
    expect(partText(el, 'delta')).to.equal(undefined);
    expect(shadowText(el, '[part~="explain"] dl')).to.equal('Paying customers 120 ARPA $49.50');
    expect(valueName(el)).to.equal('Monthly recurring revenue, $5,940.00, higher is better');
  });

  it('mrr="4860" previous="5400" reads "−10% (−$540)" with a real minus sign, in the negative colour', async () => {
    const el = await fixture<KpiMrr>(html`<kpi-mrr mrr="4860" previous="5400" currency="USD"></kpi-mrr>`);
    expect(partText(el, 'delta')).to.equal('▼ \u221210% (\u2212$540) vs the previous period');
    expect(el.shadowRoot!.querySelector('[part~="delta"]')!.classList.contains('negative')).to.equal(true);
  });

  it('mrr="1250000" shows compact money, $1.3M, and period="2025-05" names May 2025 and April', async () => {
    const el = await fixture<KpiMrr>(
      html`<kpi-mrr mrr="1250000" previous="1000000" currency="USD" period="2025-05"></kpi-mrr>`,
    );
    expect(partText(el, 'value')).to.equal('$1.3M');
    expect(partText(el, 'delta')).to.equal('▲ +25% (+$250,000) vs April');
    expect(shadowText(el, '.period')).to.equal('May 2025');
  });

  it('speaks Traditional Chinese under an ancestor with lang="zh-TW"', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="zh-TW"><kpi-mrr mrr="5940" previous="5400" currency="USD"></kpi-mrr></div>`,
    );
    const el = wrap.querySelector('kpi-mrr')!;
    await el.updateComplete;
    expect(partText(el, 'label')).to.equal('每月經常性收入');
    expect(partText(el, 'value')).to.equal('US$5,940.00');
    expect(partText(el, 'delta')).to.equal('▲ 較前期 +10%（+US$540）');
    expect(valueName(el)).to.equal('每月經常性收入，US$5,940.00，較前期上升 10%，越高越好');
  });

  it('follows a lang change on the ancestor', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="en"><kpi-mrr paying-customers="120" arpa="49.50" currency="USD"></kpi-mrr></div>`,
    );
    const el = wrap.querySelector('kpi-mrr')!;
    expect(shadowText(el, '[part~="explain"] summary')).to.equal('How is this calculated?');
    wrap.setAttribute('lang', 'zh-Hant-TW');
    await null; // the MutationObserver callback was queued by setAttribute and runs first
    await el.updateComplete;
    expect(partText(el, 'label')).to.equal('每月經常性收入');
    expect(shadowText(el, '[part~="explain"] summary')).to.equal('這是怎麼算的？');
    expect(shadowText(el, '[part~="explain"] dl')).to.equal('付費客戶 120 ARPA US$49.50');
  });

  it('an incomplete summary (arpa alone) is an error naming the attributes, with kpi-error {attribute}', async () => {
    const errors: KpiErrorDetail[] = [];
    const el = await fixture<KpiMrr>(
      html`<kpi-mrr arpa="49.50" @kpi-error=${(e: CustomEvent<KpiErrorDetail>) => errors.push(e.detail)}></kpi-mrr>`,
    );
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.equal(
      'Could not load data Incomplete summary attributes: set paying-customers + arpa, or mrr.',
    );
    expect(errors.map((e) => [e.attribute, e.message])).to.deep.equal([
      ['arpa', 'Incomplete summary attributes: set paying-customers + arpa, or mrr.'],
    ]);
  });

  it('a summary attribute that is not a number is an error naming that attribute', async () => {
    const errors: KpiErrorDetail[] = [];
    const el = await fixture<KpiMrr>(
      html`<kpi-mrr
        paying-customers="1,200"
        arpa="49.50"
        @kpi-error=${(e: CustomEvent<KpiErrorDetail>) => errors.push(e.detail)}
      ></kpi-mrr>`,
    );
    expect(partText(el, 'error')).to.equal(
      'Could not load data The paying-customers attribute "1,200" is not a decimal number.',
    );
    expect(errors[0]!.attribute).to.equal('paying-customers');
  });
});

describe('<kpi-mrr> dataset', () => {
  it('.data computes May 2025: $109.50, "−47.7% (−$100) vs April", MRR at the start and 2 paying customers', async () => {
    const el = await fixture<KpiMrr>(
      html`<kpi-mrr .data=${company()} period="2025-05" currency="USD" time-zone="UTC"></kpi-mrr>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('$109.50');
    // 100 / 209.50 = 0.4773...
    expect(partText(el, 'delta')).to.equal('▼ \u221247.7% (\u2212$100) vs April');
    expect(valueName(el)).to.equal('Monthly recurring revenue, $109.50, down 47.7% versus April, higher is better');
    expect(shadowText(el, '[part~="explain"] dl')).to.equal('MRR at the start $209.50 Paying customers 2');
    expect(shadowText(el, '.period')).to.equal('May 2025');
    const chart = el.shadowRoot!.querySelector('[part~="sparkline"] svg')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.equal('12-month trend: from $0.00 to $109.50');
    expect(el.result!.value!.toString()).to.equal('109.5');
  });

  it('.data for April 2025 reads "+40.1% (+$60)", and against a zero April 2024 "No comparison"', async () => {
    const el = await fixture<KpiMrr>(
      html`<kpi-mrr .data=${company()} period="2025-04" currency="USD" time-zone="UTC"></kpi-mrr>`,
    );
    expect(partText(el, 'value')).to.equal('$209.50');
    expect(partText(el, 'delta')).to.equal('▲ +40.1% (+$60) vs March');
    el.compare = 'same-period-last-year';
    await el.updateComplete;
    expect(partText(el, 'delta')).to.equal('No comparison: April 2024 was zero');
    expect(valueName(el)).to.equal(
      'Monthly recurring revenue, $209.50, no comparison with April 2024, higher is better',
    );
    el.compare = 'none';
    await el.updateComplete;
    expect(partText(el, 'delta')).to.equal(undefined);
  });

  it('the data JSON attribute gives the same $109.50', async () => {
    const el = await fixture<KpiMrr>(
      html`<kpi-mrr data=${JSON.stringify(company())} period="2025-05" currency="USD" time-zone="UTC"></kpi-mrr>`,
    );
    expect(partText(el, 'value')).to.equal('$109.50');
  });

  it('bad JSON in the data attribute is an error naming the attribute, with a kpi-error event', async () => {
    const errors: KpiErrorDetail[] = [];
    const el = await fixture<KpiMrr>(
      html`<kpi-mrr
        data="{subscriptions: ["
        @kpi-error=${(e: CustomEvent<KpiErrorDetail>) => errors.push(e.detail)}
      ></kpi-mrr>`,
    );
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.match(/^Could not load data The data attribute is not valid JSON \(/);
    expect(errors).to.have.length(1);
    expect(errors[0]!.attribute).to.equal('data');
    expect(errors[0]!.message).to.match(/^The data attribute is not valid JSON/);
    expect((errors[0]!.error as { code: string }).code).to.equal('invalid-data-attribute');
  });

  it('kpi-load carries the result (value 109.5) and the 12-month series 2024-06..2025-05', async () => {
    const loads: KpiLoadDetail[] = [];
    await fixture<KpiMrr>(
      html`<kpi-mrr
        .data=${company()}
        period="2025-05"
        time-zone="UTC"
        @kpi-load=${(e: CustomEvent<KpiLoadDetail>) => loads.push(e.detail)}
      ></kpi-mrr>`,
    );
    expect(loads).to.have.length(1);
    const { result, series } = resultLoad(loads[0]!);
    expect(result.id).to.equal('mrr');
    expect(result.value!.toString()).to.equal('109.5');
    expect(result.comparison!.baseline!.toString()).to.equal('209.5');
    expect(result.period).to.deep.equal({ start: '2025-05-01', end: '2025-06-01' });
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
    expect(series!.map((r) => r.value!.toString()).slice(-4)).to.deep.equal(['49.5', '149.5', '209.5', '109.5']);
  });

  it('skipped records fire kpi-warning, fill .warnings and are summarised as "1 record skipped"', async () => {
    const warnings: KpiWarningDetail[] = [];
    const data = company();
    data.subscriptions.push({ id: 'bad', customerId: 'c9', amount: 'lots', interval: 'month', startAt: '2025-01-01' });
    const el = await fixture<KpiMrr>(
      html`<kpi-mrr
        .data=${data}
        period="2025-05"
        time-zone="UTC"
        @kpi-warning=${(e: CustomEvent<KpiWarningDetail>) => warnings.push(e.detail)}
      ></kpi-mrr>`,
    );
    expect(partText(el, 'value')).to.equal('$109.50');
    expect(warnings).to.have.length(1);
    expect(warnings[0]!.warnings.map((w) => w.recordId)).to.deep.equal(['bad']);
    expect(el.warnings.map((w) => w.recordId)).to.deep.equal(['bad']);
    expect(shadowText(el, '.warnings')).to.equal('1 record skipped');
  });

  it('no-sparkline hides the trend chart', async () => {
    const el = await fixture<KpiMrr>(
      html`<kpi-mrr .data=${company()} period="2025-05" time-zone="UTC" no-sparkline></kpi-mrr>`,
    );
    expect(partText(el, 'value')).to.equal('$109.50');
    expect(el.shadowRoot!.querySelector('[part~="sparkline"]')).to.equal(null);
  });

  it('a target shows progress: 109.50 of 200 is 54.8%', async () => {
    const el = await fixture<KpiMrr>(
      html`<kpi-mrr .data=${company()} period="2025-05" time-zone="UTC" currency="USD" target="200"></kpi-mrr>`,
    );
    expect(partText(el, 'target')).to.equal('54.8% of $200 target');
  });

  it('records without a currency and no currency attribute show plain numbers: 109.50', async () => {
    const data = { subscriptions: company().subscriptions.map(({ currency: _, ...s }) => s) };
    const el = await fixture<KpiMrr>(html`<kpi-mrr .data=${data} period="2025-05" time-zone="UTC"></kpi-mrr>`);
    expect(partText(el, 'value')).to.equal('109.50');
    expect(partText(el, 'delta')).to.equal('▼ \u221247.7% (\u2212100) vs April');
  });

  it('a dataset without subscriptions is the empty state', async () => {
    const el = await fixture<KpiMrr>(html`<kpi-mrr .data=${{ deals: [] }} period="2025-05"></kpi-mrr>`);
    expect(el.state).to.equal('empty');
    expect(el.getAttribute('state')).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data');
  });

  it('no input at all is the empty state', async () => {
    const el = await fixture<KpiMrr>(html`<kpi-mrr></kpi-mrr>`);
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data');
  });

  it('an invalid period is an error naming the period attribute', async () => {
    const errors = collect<KpiErrorDetail>(document, 'kpi-error');
    const el = await fixture<KpiMrr>(html`<kpi-mrr .data=${company()} period="2025-13"></kpi-mrr>`);
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.match(/^Could not load data Invalid period "2025-13"/);
    expect(errors.at(-1)!.attribute).to.equal('period');
  });

  it('a new .data object recomputes', async () => {
    const el = await fixture<KpiMrr>(html`<kpi-mrr .data=${company()} period="2025-05" time-zone="UTC"></kpi-mrr>`);
    const data = company();
    data.subscriptions.pop();
    el.data = data;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('$49.50');
  });

  it('refresh() recomputes records changed in place', async () => {
    const data = company();
    const el = await fixture<KpiMrr>(html`<kpi-mrr .data=${data} period="2025-05" time-zone="UTC"></kpi-mrr>`);
    data.subscriptions[0]!.amount = '59.50';
    await el.refresh();
    expect(partText(el, 'value')).to.equal('$119.50');
  });
});

describe('<kpi-mrr> src', () => {
  let net: ReturnType<typeof controlledFetch>;
  beforeEach(() => {
    net = controlledFetch();
  });
  afterEach(() => net.restore());

  it('shows the loading state until the fetch answers, then the value', async () => {
    const el = fixtureSync<KpiMrr>(html`<kpi-mrr src="/data/company.json" period="2025-05" time-zone="UTC"></kpi-mrr>`);
    const call = await net.call(0);
    expect(call.url).to.equal('/data/company.json');
    expect(el.state).to.equal('loading');
    expect(el.getAttribute('state')).to.equal('loading');
    expect(card(el).getAttribute('aria-busy')).to.equal('true');
    expect(shadowText(el, '.visually-hidden:not([aria-live])')).to.equal('Loading…');
    expect(shadowText(el, '.period')).to.equal('May 2025');
    expect(partText(el, 'value')).to.equal(undefined);
    call.resolve(json(company()));
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(card(el).getAttribute('aria-busy')).to.equal('false');
    expect(partText(el, 'value')).to.equal('$109.50');
  });

  it('fetches with credentials "same-origin" unless fetchOptions says otherwise', async () => {
    const el = fixtureSync<KpiMrr>(html`<kpi-mrr src="/a.json" period="2025-05" time-zone="UTC"></kpi-mrr>`);
    expect((await net.call(0)).init?.credentials).to.equal('same-origin');
    el.fetchOptions = { credentials: 'include', headers: { 'x-token': 't' } };
    const second = await net.call(1);
    expect(second.init?.credentials).to.equal('include');
    expect(new Headers(second.init?.headers).get('x-token')).to.equal('t');
  });

  it('a 500 answer is the error state with a kpi-error event carrying the status', async () => {
    const errors: KpiErrorDetail[] = [];
    const el = fixtureSync<KpiMrr>(
      html`<kpi-mrr
        src="/data/company.json"
        @kpi-error=${(e: CustomEvent<KpiErrorDetail>) => errors.push(e.detail)}
      ></kpi-mrr>`,
    );
    (await net.call(0)).resolve(new Response('oops', { status: 500, statusText: 'Internal Server Error' }));
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.equal(
      'Could not load data /data/company.json answered HTTP 500 Internal Server Error.',
    );
    expect(errors.map((e) => [e.message, e.status])).to.deep.equal([
      ['/data/company.json answered HTTP 500 Internal Server Error.', 500],
    ]);
  });

  it('reads a CSV src with src-kind="subscriptions"', async () => {
    const el = fixtureSync<KpiMrr>(
      html`<kpi-mrr src="/data/subscriptions.csv" src-kind="subscriptions" period="2025-04" time-zone="UTC"></kpi-mrr>`,
    );
    (await net.call(0)).resolve(new Response(companyCsv, { headers: { 'content-type': 'text/csv; charset=utf-8' } }));
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('$209.50');
  });

  it('a CSV src without src-kind is an error that names src-kind', async () => {
    const errors = collect<KpiErrorDetail>(document, 'kpi-error');
    const el = fixtureSync<KpiMrr>(html`<kpi-mrr src="/data/subscriptions.csv"></kpi-mrr>`);
    (await net.call(0)).resolve(new Response(companyCsv, { headers: { 'content-type': 'text/plain' } }));
    await el.updateComplete;
    expect(partText(el, 'error')).to.equal(
      'Could not load data /data/subscriptions.csv is CSV: set src-kind to its record kind, e.g. src-kind="subscriptions".',
    );
    expect(errors.at(-1)!.attribute).to.equal('src-kind');
  });

  it('.transform turns fetched rows into a Dataset', async () => {
    const el = fixtureSync<KpiMrr>(html`<kpi-mrr src="/rows.json" period="2025-05" time-zone="UTC"></kpi-mrr>`);
    el.transform = (body) => ({ subscriptions: (body as { rows: [] }).rows });
    const call = await net.call(0);
    call.resolve(json({ rows: company().subscriptions }));
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('$109.50');
  });

  it('changing src aborts the pending fetch and shows only the new answer', async () => {
    const el = fixtureSync<KpiMrr>(html`<kpi-mrr src="/a.json" period="2025-05" time-zone="UTC"></kpi-mrr>`);
    const first = await net.call(0);
    el.src = '/b.json';
    const second = await net.call(1);
    expect(first.signal!.aborted).to.equal(true);
    expect(second.url).to.equal('/b.json');
    second.resolve(json({ subscriptions: company().subscriptions.slice(0, 1) }));
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('$49.50');
  });

  it('changing the period recomputes without fetching again', async () => {
    const el = fixtureSync<KpiMrr>(html`<kpi-mrr src="/data/company.json" period="2025-05" time-zone="UTC"></kpi-mrr>`);
    (await net.call(0)).resolve(json(company()));
    await el.updateComplete;
    el.period = '2025-04';
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('$209.50');
    expect(net.calls).to.have.length(1);
  });
});

describe('<kpi-mrr> accessibility', () => {
  it('the ready card with its sparkline passes axe', async () => {
    const el = await fixture<KpiMrr>(
      html`<kpi-mrr .data=${company()} period="2025-05" currency="USD" time-zone="UTC"></kpi-mrr>`,
    );
    expect(partText(el, 'value')).to.equal('$109.50');
    await expect(el).to.be.accessible();
  });

  it('the zh-TW card passes axe', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="zh-TW">
        <kpi-mrr .data=${company()} period="2025-05" currency="USD" time-zone="UTC"></kpi-mrr>
      </div>`,
    );
    const el = wrap.querySelector('kpi-mrr')!;
    await el.updateComplete;
    expect(partText(el, 'delta')).to.equal('▼ 較4月 \u221247.7%（\u2212US$100）');
    expect(shadowText(el, '.period')).to.equal('2025年5月');
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.equal(
      '近 12 個月趨勢：從 US$0.00 到 US$109.50',
    );
    await expect(wrap).to.be.accessible();
  });

  it('the dark error card passes axe', async () => {
    const el = await fixture<KpiMrr>(html`<kpi-mrr theme="dark" data="not json"></kpi-mrr>`);
    expect(el.state).to.equal('error');
    await expect(el).to.be.accessible();
  });

  it('the empty and loading cards pass axe', async () => {
    const net = controlledFetch();
    try {
      const empty = await fixture<KpiMrr>(html`<kpi-mrr></kpi-mrr>`);
      expect(empty.state).to.equal('empty');
      await expect(empty).to.be.accessible();
      const loading = fixtureSync<KpiMrr>(html`<kpi-mrr src="/never.json"></kpi-mrr>`);
      await net.call(0);
      expect(loading.state).to.equal('loading');
      await expect(loading).to.be.accessible();
    } finally {
      net.restore();
    }
  });
});
