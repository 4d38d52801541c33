import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/components/cltv/kpi-cltv.js';
import type { KpiCltv } from '../../src/components/cltv/cltv.js';
import type { KpiLoadDetail } from '../../src/components/base/events.js';
import {
  acquisition,
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

/**
 * company() and acquisition() together, May 2025 (UTC): end MRR 109.50 over 2 paying customers, ARPA
 * 54.75; 3 customers at the start, 1 churned, retention 2/3. With margin 0.8: simple 0.8 × 2/3 × 54.75 =
 * 29.20; churn 0.8 × 54.75 ÷ 1/3 = 131.40. April: ARPA 209.50 ÷ 3, retention 1, simple 55.866…, so May
 * is −26.67 (−47.7%). CAC of May 5,500 ÷ 12, LTV:CAC 131.40 ÷ 458.33… = 0.2867.
 */
const both = () => ({ ...company(), ...acquisition() });

describe('<kpi-cltv> summary form', () => {
  it('gross-margin="0.8" retention-rate="0.9" arpa="1000" is $720.00 by the simple method, named', async () => {
    const el = await fixture<KpiCltv>(
      html`<kpi-cltv gross-margin="0.8" retention-rate="0.9" arpa="1000" previous="600" currency="USD"></kpi-cltv>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'label')).to.equal('Customer lifetime value');
    expect(partText(el, 'value')).to.equal('$720.00');
    expect(shadowText(el, '.method')).to.equal('Method: simple (margin × retention × ARPA)');
    expect(partText(el, 'delta')).to.equal('▲ +20% (+$120) vs the previous period');
    expect(valueName(el)).to.equal(
      'Customer lifetime value, $720.00, up 20% versus the previous period, higher is better',
    );
    expect(shadowText(el, '[part~="explain"] dl')).to.equal(
      'Gross margin 80% Retention rate 90% ARPA $1,000 Discount rate 0%',
    );
    expect(el.shadowRoot!.querySelector('.ltv-to-cac')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('the summary form is the simple formula whatever method says, and the card names the one used', async () => {
    const el = await fixture<KpiCltv>(
      html`<kpi-cltv method="churn" gross-margin="0.8" retention-rate="0.9" arpa="1000"></kpi-cltv>`,
    );
    expect(partText(el, 'value')).to.equal('720.00');
    expect(shadowText(el, '.method')).to.equal('Method: simple (margin × retention × ARPA)');
  });

  it('a margin above 1 is an error naming the gross-margin attribute', async () => {
    const errors: KpiErrorDetail[] = [];
    const el = await fixture<KpiCltv>(
      html`<kpi-cltv
        gross-margin="80"
        retention-rate="0.9"
        arpa="1000"
        @kpi-error=${(e: CustomEvent<KpiErrorDetail>) => errors.push(e.detail)}
      ></kpi-cltv>`,
    );
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.match(/^Could not load data The gross-margin attribute /);
    expect(errors.map((e) => e.attribute)).to.deep.equal(['gross-margin']);
    await expect(el).to.be.accessible();
  });

  it('speaks Traditional Chinese', async () => {
    const el = await fixture<KpiCltv>(
      html`<kpi-cltv
        lang="zh-TW"
        gross-margin="0.8"
        retention-rate="0.9"
        arpa="1000"
        previous="600"
        currency="TWD"
      ></kpi-cltv>`,
    );
    expect(partText(el, 'label')).to.equal('客戶終身價值');
    expect(partText(el, 'value')).to.equal('$720.00');
    expect(shadowText(el, '.method')).to.equal('方法：簡易法（毛利率 × 保留率 × ARPA）');
    expect(partText(el, 'delta')).to.equal('▲ 較前期 +20%（+$120）');
  });
});

describe('<kpi-cltv> dataset', () => {
  it('May 2025 with gross-margin 0.8: $29.20, "−47.7% (−$26.67) vs April", LTV:CAC (churn method) 0.29×', async () => {
    const loads: KpiLoadDetail[] = [];
    const el = await fixture<KpiCltv>(
      html`<kpi-cltv
        .data=${both()}
        gross-margin="0.8"
        period="2025-05"
        currency="USD"
        time-zone="UTC"
        @kpi-load=${(e: CustomEvent<KpiLoadDetail>) => loads.push(e.detail)}
      ></kpi-cltv>`,
    );
    expect(partText(el, 'value')).to.equal('$29.20');
    expect(shadowText(el, '.method')).to.equal('Method: simple (margin × retention × ARPA)');
    expect(partText(el, 'delta')).to.equal('▼ \u221247.7% (\u2212$26.67) vs April');
    expect(shadowText(el, '.ltv-to-cac')).to.equal('LTV:CAC (churn method) 0.29×');
    expect(shadowText(el, '[part~="explain"] dl')).to.equal(
      'Gross margin 80% Retention rate 66.7% ARPA $54.75 Discount rate 0%',
    );
    const { result, extras } = resultLoad(loads[0]!);
    expect(result.value!.toString()).to.equal('29.2');
    expect(extras!.ltvToCac!.result.value!.toDecimalPlaces(4).toString()).to.equal('0.2867');
    expect(extras!.ltvToCac!.result.details!.cltv!.toString()).to.equal('131.4');
    await expect(el).to.be.accessible();
  });

  it('method="churn": $131.40, named; April had no churn, so there is no comparison', async () => {
    const el = await fixture<KpiCltv>(
      html`<kpi-cltv
        .data=${both()}
        method="churn"
        gross-margin="0.8"
        period="2025-05"
        currency="USD"
        time-zone="UTC"
      ></kpi-cltv>`,
    );
    expect(partText(el, 'value')).to.equal('$131.40');
    expect(shadowText(el, '.method')).to.equal('Method: churn (ARPA × margin ÷ churn)');
    expect(partText(el, 'delta')).to.equal('No comparison: no value for April');
    el.method = 'discounted';
    el.discountRate = '0.1';
    await el.updateComplete;
    // 0.8 × 54.75 × 2/3 ÷ (1 + 0.1 − 2/3) = 29.2 ÷ 0.4333… = 67.38
    expect(partText(el, 'value')).to.equal('$67.38');
    expect(shadowText(el, '.method')).to.equal('Method: discounted (m·r ÷ (1 + d − r))');
  });

  it('without gross-margin the value is "—" with the engine\'s reason in words, and no LTV:CAC', async () => {
    const el = await fixture<KpiCltv>(html`<kpi-cltv .data=${both()} period="2025-05" time-zone="UTC"></kpi-cltv>`);
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('—');
    expect(shadowText(el, '.reason')).to.equal('Needs a gross margin: set gross-margin, e.g. 0.8');
    expect(el.shadowRoot!.querySelector('.method')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.ltv-to-cac')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('records without spend and customers show no LTV:CAC', async () => {
    const el = await fixture<KpiCltv>(
      html`<kpi-cltv .data=${company()} gross-margin="0.8" period="2025-05" time-zone="UTC"></kpi-cltv>`,
    );
    expect(partText(el, 'value')).to.equal('$29.20');
    expect(el.shadowRoot!.querySelector('.ltv-to-cac')).to.equal(null);
  });

  it('LTV:CAC without churn to measure a lifetime reads "—" and the reason', async () => {
    const el = await fixture<KpiCltv>(
      html`<kpi-cltv .data=${both()} gross-margin="0.8" period="2025-04" time-zone="UTC"></kpi-cltv>`,
    );
    expect(shadowText(el, '.ltv-to-cac')).to.equal(
      'LTV:CAC (churn method) — Not defined: no customers churned, so a lifetime has no end',
    );
  });

  it('an unknown method is an error naming the method attribute', async () => {
    const errors = collect<KpiErrorDetail>(document, 'kpi-error');
    const el = await fixture<KpiCltv>(
      html`<kpi-cltv .data=${both()} method=${'lifetime' as 'simple'} gross-margin="0.8" period="2025-05"></kpi-cltv>`,
    );
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.match(/^Could not load data The method attribute /);
    expect(errors.at(-1)!.attribute).to.equal('method');
  });

  it('zh-TW dataset card: method and LTV:CAC labelled in Chinese', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="zh-TW">
        <kpi-cltv .data=${both()} gross-margin="0.8" period="2025-05" time-zone="UTC"></kpi-cltv>
      </div>`,
    );
    const el = wrap.querySelector('kpi-cltv')!;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('US$29.20');
    expect(partText(el, 'delta')).to.equal('▼ 較4月 \u221247.7%（\u2212US$26.67）');
    expect(shadowText(el, '.ltv-to-cac')).to.equal('LTV:CAC（流失法） 0.29×');
    await expect(wrap).to.be.accessible();
  });

  it('records without subscriptions are the empty state; so is no input', async () => {
    const el = await fixture<KpiCltv>(
      html`<kpi-cltv .data=${{ deals: [] }} gross-margin="0.8" period="2025-05"></kpi-cltv>`,
    );
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data');
    const bare = await fixture<KpiCltv>(html`<kpi-cltv></kpi-cltv>`);
    expect(bare.state).to.equal('empty');
    await expect(bare).to.be.accessible();
  });

  it('shows the loading state until src answers', async () => {
    const net = controlledFetch();
    try {
      const el = fixtureSync<KpiCltv>(
        html`<kpi-cltv src="/company.json" gross-margin="0.8" period="2025-05" time-zone="UTC"></kpi-cltv>`,
      );
      const call = await net.call(0);
      expect(el.state).to.equal('loading');
      await expect(el).to.be.accessible();
      call.resolve(json(both()));
      await el.updateComplete;
      expect(partText(el, 'value')).to.equal('$29.20');
    } finally {
      net.restore();
    }
  });
});
