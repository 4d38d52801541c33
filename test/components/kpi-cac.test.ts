import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/components/cac/kpi-cac.js';
import type { KpiCac } from '../../src/components/cac/cac.js';
import type { KpiLoadDetail } from '../../src/components/base/events.js';
import {
  acquisition,
  collect,
  controlledFetch,
  json,
  partText,
  resultLoad,
  shadowText,
  valueName,
  type KpiErrorDetail,
} from './helpers.js';

const deltaClass = (el: Element) => el.shadowRoot!.querySelector('[part~="delta"]')!.className;

describe('<kpi-cac> summary form', () => {
  it('spend="5500" new-customers="12" previous="500" is $458.33, down 8.3% and good news (lower is better)', async () => {
    const el = await fixture<KpiCac>(
      html`<kpi-cac spend="5500" new-customers="12" previous="500" currency="USD"></kpi-cac>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'label')).to.equal('Customer acquisition cost');
    expect(partText(el, 'value')).to.equal('$458.33');
    expect(partText(el, 'delta')).to.equal('▼ \u22128.3% (\u2212$41.67) vs the previous period');
    expect(deltaClass(el)).to.contain('positive');
    expect(valueName(el)).to.equal(
      'Customer acquisition cost, $458.33, down 8.3% versus the previous period, lower is better',
    );
    expect(shadowText(el, '.equation')).to.equal('$5,500 ÷ 12 new customers');
    expect(partText(el, 'sparkline')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('a rise in CAC is bad news: 6000 ÷ 12 against 400 is "+25% (+$100)" in the negative colour', async () => {
    const el = await fixture<KpiCac>(
      html`<kpi-cac spend="6000" new-customers="12" previous="400" currency="USD"></kpi-cac>`,
    );
    expect(partText(el, 'value')).to.equal('$500.00');
    expect(partText(el, 'delta')).to.equal('▲ +25% (+$100) vs the previous period');
    expect(deltaClass(el)).to.contain('negative');
  });

  it('new-customers="0" shows "—" and the reason in words', async () => {
    const el = await fixture<KpiCac>(html`<kpi-cac spend="5500" new-customers="0" currency="USD"></kpi-cac>`);
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('—');
    expect(shadowText(el, '.reason')).to.equal('Not defined: no new customers in this period');
  });

  it('spend alone is an error naming the form, with kpi-error {attribute: "spend"}', async () => {
    const errors: KpiErrorDetail[] = [];
    const el = await fixture<KpiCac>(
      html`<kpi-cac spend="5500" @kpi-error=${(e: CustomEvent<KpiErrorDetail>) => errors.push(e.detail)}></kpi-cac>`,
    );
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.equal(
      'Could not load data Incomplete summary attributes: set spend + new-customers.',
    );
    expect(errors.map((e) => e.attribute)).to.deep.equal(['spend']);
    await expect(el).to.be.accessible();
  });

  it('a count that is not a number names the new-customers attribute', async () => {
    const el = await fixture<KpiCac>(html`<kpi-cac spend="5500" new-customers="twelve"></kpi-cac>`);
    expect(partText(el, 'error')).to.equal(
      'Could not load data The new-customers attribute "twelve" is not a decimal number.',
    );
  });

  it('speaks Traditional Chinese', async () => {
    const el = await fixture<KpiCac>(
      html`<kpi-cac lang="zh-TW" spend="5500" new-customers="12" previous="500" currency="TWD"></kpi-cac>`,
    );
    expect(partText(el, 'label')).to.equal('客戶獲取成本');
    expect(partText(el, 'value')).to.equal('$458.33');
    expect(partText(el, 'delta')).to.equal('▼ 較前期 \u22128.3%（\u2212$41.67）');
    expect(shadowText(el, '.equation')).to.equal('$5,500 ÷ 12 位新客戶');
    expect(valueName(el)).to.equal('客戶獲取成本，$458.33，較前期下降 8.3%，越低越好');
  });
});

describe('<kpi-cac> dataset', () => {
  it('.data for May 2025: 5,500 ÷ 12 = $458.33, "−8.3% (−$41.67) vs April", a 12-month trend, kpi-load', async () => {
    const loads: KpiLoadDetail[] = [];
    const el = await fixture<KpiCac>(
      html`<kpi-cac
        .data=${acquisition()}
        period="2025-05"
        currency="USD"
        time-zone="UTC"
        @kpi-load=${(e: CustomEvent<KpiLoadDetail>) => loads.push(e.detail)}
      ></kpi-cac>`,
    );
    expect(partText(el, 'value')).to.equal('$458.33');
    expect(partText(el, 'delta')).to.equal('▼ \u22128.3% (\u2212$41.67) vs April');
    expect(deltaClass(el)).to.contain('positive');
    expect(valueName(el)).to.equal('Customer acquisition cost, $458.33, down 8.3% versus April, lower is better');
    expect(shadowText(el, '.period')).to.equal('May 2025');
    expect(shadowText(el, '.equation')).to.equal('$5,500 ÷ 12 new customers');
    expect(shadowText(el, '[part~="explain"] dl')).to.equal('Spend $5,500 New customers 12');
    expect(el.shadowRoot!.querySelector('[part~="sparkline"] svg')!.getAttribute('aria-label')).to.equal(
      '12-month trend: from $500.00 to $458.33',
    );
    expect(loads).to.have.length(1);
    const { result, series } = resultLoad(loads[0]!);
    expect(result.id).to.equal('cac');
    expect(result.value!.toDecimalPlaces(4).toString()).to.equal('458.3333');
    expect(result.comparison!.baseline!.toString()).to.equal('500');
    expect(series).to.have.length(12);
    expect(series!.slice(-3).map((r) => r.value?.toDecimalPlaces(2).toString() ?? r.reason)).to.deep.equal([
      'zero-denominator',
      '500',
      '458.33',
    ]);
    await expect(el).to.be.accessible();
  });

  it('cost-basis="fully-loaded" adds overhead: (5,500 + 1,100) ÷ 12 = $550.00; marketing leaves it out', async () => {
    const data = acquisition();
    data.spend.push({ id: 'ovh', periodStart: '2025-05-01', periodEnd: '2025-06-01', amount: '1100', currency: 'USD' });
    const el = await fixture<KpiCac>(
      html`<kpi-cac .data=${data} period="2025-05" currency="USD" time-zone="UTC" cost-basis="fully-loaded"></kpi-cac>`,
    );
    expect(partText(el, 'value')).to.equal('$550.00');
    expect(shadowText(el, '.equation')).to.equal('$6,600 ÷ 12 new customers');
    el.costBasis = 'marketing';
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('$458.33');
  });

  it('an unknown cost-basis is an error naming the attribute', async () => {
    const errors = collect<KpiErrorDetail>(document, 'kpi-error');
    const el = await fixture<KpiCac>(
      html`<kpi-cac .data=${acquisition()} period="2025-05" time-zone="UTC" cost-basis="everything"></kpi-cac>`,
    );
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.match(/^Could not load data The cost-basis attribute /);
    expect(errors.at(-1)!.attribute).to.equal('cost-basis');
  });

  it('a month with spend and no new customers reads "—" and the reason', async () => {
    const data = acquisition();
    data.customers = data.customers.filter((c) => c.firstPaidAt.startsWith('2025-04'));
    const el = await fixture<KpiCac>(html`<kpi-cac .data=${data} period="2025-05" time-zone="UTC"></kpi-cac>`);
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('—');
    expect(shadowText(el, '.reason')).to.equal('Not defined: no new customers in this period');
    expect(valueName(el)).to.equal('Customer acquisition cost, no value. Not defined: no new customers in this period');
  });

  it('zh-TW dataset card: US$458.33 and the change against April in Chinese', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="zh-TW"><kpi-cac .data=${acquisition()} period="2025-05" time-zone="UTC"></kpi-cac></div>`,
    );
    const el = wrap.querySelector('kpi-cac')!;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('US$458.33');
    expect(partText(el, 'delta')).to.equal('▼ 較4月 \u22128.3%（\u2212US$41.67）');
    expect(shadowText(el, '.period')).to.equal('2025年5月');
    await expect(wrap).to.be.accessible();
  });

  it('records without spend are the empty state; so is no input at all', async () => {
    const el = await fixture<KpiCac>(
      html`<kpi-cac .data=${{ customers: acquisition().customers }} period="2025-05"></kpi-cac>`,
    );
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data');
    const bare = await fixture<KpiCac>(html`<kpi-cac></kpi-cac>`);
    expect(bare.state).to.equal('empty');
    await expect(bare).to.be.accessible();
  });

  it('loads src, showing the loading state until the fetch answers; a 404 is the error state', async () => {
    const net = controlledFetch();
    try {
      const el = fixtureSync<KpiCac>(html`<kpi-cac src="/acq.json" period="2025-05" time-zone="UTC"></kpi-cac>`);
      const call = await net.call(0);
      expect(el.state).to.equal('loading');
      expect(partText(el, 'value')).to.equal(undefined);
      await expect(el).to.be.accessible();
      call.resolve(json(acquisition()));
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(partText(el, 'value')).to.equal('$458.33');

      const errors: KpiErrorDetail[] = [];
      const bad = fixtureSync<KpiCac>(
        html`<kpi-cac
          src="/missing.json"
          @kpi-error=${(e: CustomEvent<KpiErrorDetail>) => errors.push(e.detail)}
        ></kpi-cac>`,
      );
      (await net.call(1)).resolve(new Response('', { status: 404, statusText: 'Not Found' }));
      await bad.updateComplete;
      expect(bad.state).to.equal('error');
      expect(partText(bad, 'error')).to.equal('Could not load data /missing.json answered HTTP 404 Not Found.');
      expect(errors.map((e) => e.status)).to.deep.equal([404]);
      await expect(bad).to.be.accessible();
    } finally {
      net.restore();
    }
  });
});
