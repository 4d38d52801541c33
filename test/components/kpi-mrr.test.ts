import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/components/mrr/kpi-mrr.js';
import type { KpiMrr } from '../../src/components/mrr/mrr.js';
import type { KpiErrorDetail, KpiLoadDetail, KpiWarningDetail } from '../../src/components/base/kpi-widget.js';
import { company, companyCsv, controlledFetch, json, partText } from './helpers.js';

const card = (el: KpiMrr) => el.shadowRoot!.querySelector('[part~="base"]')!;

describe('<kpi-mrr> summary form', () => {
  it('mrr="5940" previous="5400" shows $5,940.00 and "up $540 (10.0%) vs previous month"', async () => {
    const el = await fixture<KpiMrr>(html`<kpi-mrr mrr="5940" previous="5400" currency="USD"></kpi-mrr>`);
    expect(el.state).to.equal('ready');
    expect(partText(el, 'label')).to.equal('Monthly recurring revenue');
    expect(partText(el, 'value')).to.equal('$5,940.00');
    expect(partText(el, 'delta')).to.equal('▲ up $540 (10.0%) vs previous month');
    expect(el.shadowRoot!.querySelector('[part~="delta"]')!.classList.contains('positive')).to.equal(true);
    expect(partText(el, 'sparkline')).to.equal(undefined);
  });

  it('paying-customers="120" arpa="49.50" shows $5,940.00 and "120 customers × $49.50"', async () => {
    const el = await fixture<KpiMrr>(html`<kpi-mrr paying-customers="120" arpa="49.50" currency="USD"></kpi-mrr>`);
    expect(partText(el, 'value')).to.equal('$5,940.00');
    expect(partText(el, 'explain')).to.equal('120 customers × $49.50');
    expect(partText(el, 'delta')).to.equal(undefined);
  });

  it('mrr="4860" previous="5400" reads "down $540 (10.0%)" in the negative colour', async () => {
    const el = await fixture<KpiMrr>(html`<kpi-mrr mrr="4860" previous="5400" currency="USD"></kpi-mrr>`);
    expect(partText(el, 'delta')).to.equal('▼ down $540 (10.0%) vs previous month');
    expect(el.shadowRoot!.querySelector('[part~="delta"]')!.classList.contains('negative')).to.equal(true);
  });

  it('speaks Traditional Chinese under an ancestor with lang="zh-TW"', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="zh-TW"><kpi-mrr mrr="5940" previous="5400" currency="USD"></kpi-mrr></div>`,
    );
    const el = wrap.querySelector('kpi-mrr')!;
    await el.updateComplete;
    expect(partText(el, 'label')).to.equal('每月經常性收入');
    expect(partText(el, 'value')).to.equal('US$5,940.00');
    expect(partText(el, 'delta')).to.equal('▲ 較上月上升 US$540（10.0%）');
  });

  it('follows a lang change on the ancestor', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="en"><kpi-mrr paying-customers="120" arpa="49.50" currency="USD"></kpi-mrr></div>`,
    );
    const el = wrap.querySelector('kpi-mrr')!;
    expect(partText(el, 'explain')).to.equal('120 customers × $49.50');
    wrap.setAttribute('lang', 'zh-Hant-TW');
    await null; // the MutationObserver callback was queued by setAttribute and runs first
    await el.updateComplete;
    expect(partText(el, 'label')).to.equal('每月經常性收入');
    expect(partText(el, 'explain')).to.equal('120 位客戶 × US$49.50');
  });

  it('an incomplete summary (arpa alone) is an error naming the attributes', async () => {
    const el = await fixture<KpiMrr>(html`<kpi-mrr arpa="49.50"></kpi-mrr>`);
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.equal(
      'Could not load data Incomplete summary attributes: set mrr, or paying-customers + arpa.',
    );
  });

  it('a summary attribute that is not a number is an error naming that attribute', async () => {
    const el = await fixture<KpiMrr>(html`<kpi-mrr paying-customers="1,200" arpa="49.50"></kpi-mrr>`);
    expect(partText(el, 'error')).to.equal(
      'Could not load data The paying-customers attribute "1,200" is not a decimal number.',
    );
  });
});

describe('<kpi-mrr> dataset', () => {
  it('.data computes May 2025: $109.50, "down $100 (47.7%) vs previous month", 2 paying customers', async () => {
    const el = await fixture<KpiMrr>(
      html`<kpi-mrr .data=${company()} period="2025-05" currency="USD" time-zone="UTC"></kpi-mrr>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('$109.50');
    // 100 / 209.50 = 0.4773...
    expect(partText(el, 'delta')).to.equal('▼ down $100 (47.7%) vs previous month');
    expect(partText(el, 'explain')).to.equal('2 paying customers');
    expect(el.shadowRoot!.querySelector('.period')!.textContent).to.equal('May 2025');
    const chart = el.shadowRoot!.querySelector('[part~="sparkline"] svg')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.equal('12-month trend: from $0.00 to $109.50');
  });

  it('.data for April 2025 reads "up $60 (40.1%)" and same-period-last-year has no percentage over a zero baseline', async () => {
    const el = await fixture<KpiMrr>(
      html`<kpi-mrr .data=${company()} period="2025-04" currency="USD" time-zone="UTC"></kpi-mrr>`,
    );
    expect(partText(el, 'value')).to.equal('$209.50');
    expect(partText(el, 'delta')).to.equal('▲ up $60 (40.1%) vs previous month');
    el.compare = 'same-period-last-year';
    await el.updateComplete;
    expect(partText(el, 'delta')).to.equal('▲ up $209.50 vs same month last year');
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
    const { result, series } = loads[0]!;
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

  it('skipped records fire kpi-warning and are summarised as "1 record skipped"', async () => {
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
    expect(el.shadowRoot!.querySelector('.warnings')!.textContent!.trim()).to.equal('1 record skipped');
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

  it('records without a currency and no currency attribute show a plain decimal: 109.50', async () => {
    const data = { subscriptions: company().subscriptions.map(({ currency: _, ...s }) => s) };
    const el = await fixture<KpiMrr>(html`<kpi-mrr .data=${data} period="2025-05" time-zone="UTC"></kpi-mrr>`);
    expect(partText(el, 'value')).to.equal('109.50');
    expect(partText(el, 'delta')).to.equal('▼ down 100 (47.7%) vs previous month');
  });

  it('a dataset without subscriptions is the empty state', async () => {
    const el = await fixture<KpiMrr>(html`<kpi-mrr .data=${{ deals: [] }} period="2025-05"></kpi-mrr>`);
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data');
  });

  it('no input at all is the empty state', async () => {
    const el = await fixture<KpiMrr>(html`<kpi-mrr></kpi-mrr>`);
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data');
  });

  it('an invalid period is an error with the engine message', async () => {
    const el = await fixture<KpiMrr>(html`<kpi-mrr .data=${company()} period="2025-13"></kpi-mrr>`);
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.match(/^Could not load data Invalid period "2025-13"/);
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
    expect(card(el).getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('.status')!.textContent).to.equal('Loading…');
    expect(partText(el, 'value')).to.equal(undefined);
    call.resolve(json(company()));
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(card(el).getAttribute('aria-busy')).to.equal('false');
    expect(partText(el, 'value')).to.equal('$109.50');
  });

  it('a 500 answer is the error state with a kpi-error event', async () => {
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
    expect(errors.map((e) => e.message)).to.deep.equal(['/data/company.json answered HTTP 500 Internal Server Error.']);
  });

  it('reads a CSV src with src-kind="subscriptions"', async () => {
    const el = fixtureSync<KpiMrr>(
      html`<kpi-mrr src="/data/subscriptions.csv" src-kind="subscriptions" period="2025-04" time-zone="UTC"></kpi-mrr>`,
    );
    (await net.call(0)).resolve(new Response(companyCsv, { headers: { 'content-type': 'text/csv; charset=utf-8' } }));
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('$209.50');
  });

  it('a CSV src without src-kind is an error that says to set it', async () => {
    const el = fixtureSync<KpiMrr>(html`<kpi-mrr src="/data/subscriptions.csv"></kpi-mrr>`);
    (await net.call(0)).resolve(new Response(companyCsv, { headers: { 'content-type': 'text/plain' } }));
    await el.updateComplete;
    expect(partText(el, 'error')).to.equal(
      'Could not load data /data/subscriptions.csv is CSV: set src-kind to its record kind, e.g. src-kind="subscriptions".',
    );
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

  it('a failed reload keeps the last good value, marked stale', async () => {
    const el = fixtureSync<KpiMrr>(html`<kpi-mrr src="/data/company.json" period="2025-05" time-zone="UTC"></kpi-mrr>`);
    (await net.call(0)).resolve(json(company()));
    await el.updateComplete;
    const reload = el.refresh();
    const again = await net.call(1);
    expect(partText(el, 'value')).to.equal('$109.50');
    again.resolve(new Response('gone', { status: 503, statusText: 'Service Unavailable' }));
    await reload;
    expect(el.state).to.equal('stale');
    expect(partText(el, 'value')).to.equal('$109.50');
    expect(partText(el, 'stale')).to.equal('Could not refresh; showing the last loaded value');
    expect(el.shadowRoot!.querySelector('[part~="stale"]')!.getAttribute('title')).to.equal(
      '/data/company.json answered HTTP 503 Service Unavailable.',
    );
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
    expect(partText(el, 'delta')).to.equal('▼ 較上月下降 US$100（47.7%）');
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
});
