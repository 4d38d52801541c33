import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/components/conversion-rate/kpi-conversion-rate.js';
import type { KpiConversionRate } from '../../src/components/conversion-rate/conversion-rate.js';
import type { KpiLoadDetail } from '../../src/components/base/events.js';
import type { Lead } from '../../src/engine/types.js';
import {
  controlledFetch,
  partText,
  resultLoad,
  shadowText,
  valueName,
  type KpiErrorDetail,
  answerSrc,
  expectMissingSrc,
} from './helpers.js';

/** Leads (UTC): May 2025 four, one converted (25%); April two, one converted (50%); June none. */
const leads = (): { leads: Lead[] } => ({
  leads: [
    { id: 'm1', createdAt: '2025-05-03', convertedAt: '2025-05-10' },
    { id: 'm2', createdAt: '2025-05-08' },
    { id: 'm3', createdAt: '2025-05-15' },
    { id: 'm4', createdAt: '2025-05-31' },
    { id: 'a1', createdAt: '2025-04-02', convertedAt: '2025-06-01' },
    { id: 'a2', createdAt: '2025-04-22' },
  ],
});

const ringName = (el: Element) =>
  el.shadowRoot!.querySelector('[part~="chart"] svg[role="img"]')!.getAttribute('aria-label');
const line = (el: Element) => shadowText(el, '.counts');

describe('<kpi-conversion-rate> summary form', () => {
  it('converted="1" leads="20" is 5%, a ring with "1 of 20 leads converted"', async () => {
    const el = await fixture<KpiConversionRate>(
      html`<kpi-conversion-rate converted="1" leads="20"></kpi-conversion-rate>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'label')).to.equal('Lead conversion rate');
    expect(partText(el, 'value')).to.equal('5%');
    expect(partText(el, 'delta')).to.equal(undefined);
    expect(shadowText(el, '.ring-text')).to.equal('5%');
    expect(line(el)).to.equal('1 of 20 leads converted');
    expect(ringName(el)).to.equal('Lead conversion rate: 5%, 1 of 20 leads converted');
    expect(shadowText(el, '.equation')).to.equal('1 converted lead ÷ 20 leads');
    await expect(el).to.be.accessible();
  });

  it('previous="0.08" gives "−3 pp", in the negative colour; one lead reads in the singular', async () => {
    const el = await fixture<KpiConversionRate>(
      html`<kpi-conversion-rate converted="1" leads="20" previous="0.08"></kpi-conversion-rate>`,
    );
    expect(partText(el, 'delta')).to.equal('▼ \u22123 pp vs the previous period');
    expect(el.shadowRoot!.querySelector('[part~="delta"]')!.classList.contains('negative')).to.equal(true);
    expect(valueName(el)).to.equal(
      'Lead conversion rate, 5%, down 3 percentage points versus the previous period, higher is better',
    );
    el.leads = '1';
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('100%');
    expect(line(el)).to.equal('1 of 1 lead converted');
  });

  it('leads="0" is "—" with the reason', async () => {
    const el = await fixture<KpiConversionRate>(
      html`<kpi-conversion-rate converted="0" leads="0"></kpi-conversion-rate>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('—');
    expect(shadowText(el, '.reason')).to.equal('Not defined: no leads in this period');
    expect(shadowText(el, '.ring-text')).to.equal('—');
    expect(line(el)).to.equal('0 of 0 leads converted');
    await expect(el).to.be.accessible();
  });

  it('converted alone is an error naming converted + leads', async () => {
    const errors: KpiErrorDetail[] = [];
    const el = await fixture<KpiConversionRate>(
      html`<kpi-conversion-rate
        converted="1"
        @kpi-error=${(e: CustomEvent<KpiErrorDetail>) => errors.push(e.detail)}
      ></kpi-conversion-rate>`,
    );
    expect(partText(el, 'error')).to.equal('Could not load data Incomplete summary attributes: set converted + leads.');
    expect(errors.map((e) => e.attribute)).to.deep.equal(['converted']);
    await expect(el).to.be.accessible();
  });

  it('speaks Traditional Chinese', async () => {
    const el = await fixture<KpiConversionRate>(
      html`<kpi-conversion-rate lang="zh-TW" converted="1" leads="20" previous="0.08"></kpi-conversion-rate>`,
    );
    expect(partText(el, 'label')).to.equal('線索轉換率');
    expect(partText(el, 'value')).to.equal('5%');
    expect(partText(el, 'delta')).to.equal('▼ 較前期 \u22123 個百分點');
    expect(line(el)).to.equal('20 筆線索中 1 筆已轉換');
    expect(shadowText(el, '.equation')).to.equal('1 筆已轉換線索 ÷ 20 筆線索');
  });
});

describe('<kpi-conversion-rate> dataset', () => {
  it('.data for May 2025: 25%, "−25 pp vs April", 1 of 4 leads converted', async () => {
    const loads: KpiLoadDetail[] = [];
    const el = await fixture<KpiConversionRate>(
      html`<kpi-conversion-rate
        .data=${leads()}
        period="2025-05"
        time-zone="UTC"
        @kpi-load=${(e: CustomEvent<KpiLoadDetail>) => loads.push(e.detail)}
      ></kpi-conversion-rate>`,
    );
    expect(partText(el, 'value')).to.equal('25%');
    expect(partText(el, 'delta')).to.equal('▼ \u221225 pp vs April');
    expect(line(el)).to.equal('1 of 4 leads converted');
    const { result } = resultLoad(loads[0]!);
    expect(result.id).to.equal('lead-conversion-rate');
    expect([result.details!.numerator!.toString(), result.details!.denominator!.toString()]).to.deep.equal(['1', '4']);
    await expect(el).to.be.accessible();
  });

  it('a month without leads is "—" with the reason, not empty', async () => {
    const el = await fixture<KpiConversionRate>(
      html`<kpi-conversion-rate .data=${leads()} period="2025-06" time-zone="UTC"></kpi-conversion-rate>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('—');
    expect(valueName(el)).to.equal('Lead conversion rate, no value. Not defined: no leads in this period');
  });

  it('zh-TW dataset card', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="zh-TW">
        <kpi-conversion-rate .data=${leads()} period="2025-05" time-zone="UTC"></kpi-conversion-rate>
      </div>`,
    );
    const el = wrap.querySelector('kpi-conversion-rate')!;
    await el.updateComplete;
    expect(partText(el, 'delta')).to.equal('▼ 較4月 \u221225 個百分點');
    expect(line(el)).to.equal('4 筆線索中 1 筆已轉換');
    await expect(wrap).to.be.accessible();
  });

  it('without leads it is empty; with no input too', async () => {
    const el = await fixture<KpiConversionRate>(
      html`<kpi-conversion-rate .data=${{ deals: [] }} period="2025-05"></kpi-conversion-rate>`,
    );
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data');
    const bare = await fixture<KpiConversionRate>(html`<kpi-conversion-rate></kpi-conversion-rate>`);
    expect(bare.state).to.equal('empty');
    await expect(bare).to.be.accessible();
  });

  it('loads src, showing the loading state first; a 404 is the error state', async () => {
    const net = controlledFetch();
    try {
      const el = fixtureSync<KpiConversionRate>(
        html`<kpi-conversion-rate src="/leads.json" period="2025-05" time-zone="UTC"></kpi-conversion-rate>`,
      );
      await answerSrc(el, net, leads());
      expect(partText(el, 'value')).to.equal('25%');

      await expectMissingSrc(el, net);
    } finally {
      net.restore();
    }
  });
});
