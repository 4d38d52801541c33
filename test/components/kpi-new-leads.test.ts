import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/components/new-leads/kpi-new-leads.js';
import type { KpiNewLeads } from '../../src/components/new-leads/new-leads.js';
import type { KpiLoadDetail, KpiSelectDetail } from '../../src/components/base/events.js';
import type { Lead } from '../../src/engine/types.js';
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
 * Leads (UTC): May 2025 three from seo, one from ads, one without a channel (5); April two from seo and
 * two from ads (4); January one referral (1). May against April: +25% (+1).
 */
const leads = (): { leads: Lead[] } => ({
  leads: [
    { id: 'l1', createdAt: '2025-05-02', channel: 'seo' },
    { id: 'l2', createdAt: '2025-05-09', channel: 'seo' },
    { id: 'l3', createdAt: '2025-05-12', channel: 'ads' },
    { id: 'l4', createdAt: '2025-05-20' },
    { id: 'l5', createdAt: '2025-05-31', channel: 'seo' },
    { id: 'l6', createdAt: '2025-04-01', channel: 'seo' },
    { id: 'l7', createdAt: '2025-04-11', channel: 'ads' },
    { id: 'l8', createdAt: '2025-04-18', channel: 'ads' },
    { id: 'l9', createdAt: '2025-04-30', channel: 'seo' },
    { id: 'l10', createdAt: '2025-01-15', channel: 'referral' },
  ],
});

const columns = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="chart"] .item')].map((i) => i.getAttribute('aria-label'));
const legend = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="legend"] li')].map((li) => li.textContent!.trim());

describe('<kpi-new-leads> summary form', () => {
  it('count="20" previous="16" shows 20, "+25% (+4) vs the previous period", and no chart', async () => {
    const el = await fixture<KpiNewLeads>(html`<kpi-new-leads count="20" previous="16"></kpi-new-leads>`);
    expect(el.state).to.equal('ready');
    expect(partText(el, 'label')).to.equal('New leads in pipeline');
    expect(partText(el, 'value')).to.equal('20');
    expect(partText(el, 'delta')).to.equal('▲ +25% (+4) vs the previous period');
    expect(valueName(el)).to.equal('New leads in pipeline, 20, up 25% versus the previous period, higher is better');
    expect(el.shadowRoot!.querySelector('[part~="chart"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('count="1204" alone: grouped, no delta', async () => {
    const el = await fixture<KpiNewLeads>(html`<kpi-new-leads count="1204"></kpi-new-leads>`);
    expect(partText(el, 'value')).to.equal('1,204');
    expect(partText(el, 'delta')).to.equal(undefined);
  });

  it('previous alone shows nothing; a count that is not a number names the count attribute', async () => {
    const errors: KpiErrorDetail[] = [];
    const el = await fixture<KpiNewLeads>(
      html`<kpi-new-leads
        previous="16"
        @kpi-error=${(e: CustomEvent<KpiErrorDetail>) => errors.push(e.detail)}
      ></kpi-new-leads>`,
    );
    // `previous` alone is no summary: with no records either, the card has nothing to show.
    expect(el.state).to.equal('empty');
    expect(errors).to.deep.equal([]);
    el.count = 'twenty';
    await el.updateComplete;
    expect(partText(el, 'error')).to.equal('Could not load data The count attribute "twenty" is not a decimal number.');
    expect(errors.map((e) => e.attribute)).to.deep.equal(['count']);
    await expect(el).to.be.accessible();
  });

  it('speaks Traditional Chinese', async () => {
    const el = await fixture<KpiNewLeads>(html`<kpi-new-leads lang="zh-TW" count="20" previous="16"></kpi-new-leads>`);
    expect(partText(el, 'label')).to.equal('管道中的新線索');
    expect(partText(el, 'delta')).to.equal('▲ 較前期 +25%（+4）');
  });
});

describe('<kpi-new-leads> dataset', () => {
  it('.data for May 2025: 5, "+25% (+1) vs April", six monthly columns stacked by channel', async () => {
    const loads: KpiLoadDetail[] = [];
    const el = await fixture<KpiNewLeads>(
      html`<kpi-new-leads
        .data=${leads()}
        period="2025-05"
        time-zone="UTC"
        @kpi-load=${(e: CustomEvent<KpiLoadDetail>) => loads.push(e.detail)}
      ></kpi-new-leads>`,
    );
    expect(partText(el, 'value')).to.equal('5');
    expect(partText(el, 'delta')).to.equal('▲ +25% (+1) vs April');
    expect(columns(el)).to.deep.equal([
      'Dec: Total 0',
      'Jan: referral 1, Total 1',
      'Feb: Total 0',
      'Mar: Total 0',
      'Apr: ads 2, seo 2, Total 4',
      'May: ads 1, seo 3, No channel 1, Total 5',
    ]);
    expect(legend(el)).to.deep.equal(['ads', 'referral', 'seo', 'No channel']);
    expect(el.shadowRoot!.querySelectorAll('[part~="chart"] rect[part~="bar"]').length).to.equal(6);
    expect(shadowText(el, '[part~="chart"] table caption')).to.equal('New leads by channel, last 6 months');
    const may = el.shadowRoot!.querySelectorAll('[part~="chart"] table tbody tr:last-child > *');
    expect([...may].map((c) => c.textContent)).to.deep.equal(['May', '1', '—', '3', '1', '5']);
    const { result, series } = resultLoad(loads[0]!);
    expect(result.breakdown!.map((b) => [b.key, b.value!.toString()])).to.deep.equal([
      ['ads', '1'],
      ['seo', '3'],
      ['unattributed', '1'],
    ]);
    expect(series!.map((r) => r.value!.toString())).to.deep.equal(['0', '1', '0', '0', '4', '5']);
    await expect(el).to.be.accessible();
  });

  it('months="12" draws twelve columns, June 2024 to May 2025', async () => {
    const el = await fixture<KpiNewLeads>(
      html`<kpi-new-leads .data=${leads()} period="2025-05" time-zone="UTC" months="12"></kpi-new-leads>`,
    );
    expect(columns(el).length).to.equal(12);
    expect(columns(el)[0]).to.equal('Jun: Total 0');
    expect(shadowText(el, '[part~="chart"] table caption')).to.equal('New leads by channel, last 12 months');
  });

  it("a month fires kpi-select {key, value} on Enter, with that month's count", async () => {
    const el = await fixture<KpiNewLeads>(
      html`<kpi-new-leads .data=${leads()} period="2025-05" time-zone="UTC"></kpi-new-leads>`,
    );
    const seen = collect<KpiSelectDetail>(el, 'kpi-select');
    const may = el.shadowRoot!.querySelector<SVGGElement>('.item[data-key="2025-05"]')!;
    may.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(seen).to.deep.equal([{ key: '2025-05', value: '5' }]);
  });

  it('a month without leads is 0, not empty, and "No comparison" against a zero month', async () => {
    const el = await fixture<KpiNewLeads>(
      html`<kpi-new-leads .data=${leads()} period="2025-03" time-zone="UTC"></kpi-new-leads>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('0');
    expect(partText(el, 'delta')).to.equal('No comparison: February was zero');
  });

  it('zh-TW: months and "No channel" in Chinese', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="zh-TW"><kpi-new-leads .data=${leads()} period="2025-05" time-zone="UTC"></kpi-new-leads></div>`,
    );
    const el = wrap.querySelector('kpi-new-leads')!;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('5');
    expect(partText(el, 'delta')).to.equal('▲ 較4月 +25%（+1）');
    expect(columns(el)[5]).to.equal('5月：ads 1，seo 3，無管道 1，合計 5');
    expect(legend(el)).to.deep.equal(['ads', 'referral', 'seo', '無管道']);
    await expect(wrap).to.be.accessible();
  });

  it('without leads it is empty; with no input too', async () => {
    const el = await fixture<KpiNewLeads>(
      html`<kpi-new-leads .data=${{ deals: [] }} period="2025-05"></kpi-new-leads>`,
    );
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data');
    const bare = await fixture<KpiNewLeads>(html`<kpi-new-leads></kpi-new-leads>`);
    expect(bare.state).to.equal('empty');
    await expect(bare).to.be.accessible();
  });

  it('loads src, showing the loading state first; a 500 is the error state', async () => {
    const net = controlledFetch();
    try {
      const el = fixtureSync<KpiNewLeads>(
        html`<kpi-new-leads src="/leads.json" period="2025-05" time-zone="UTC"></kpi-new-leads>`,
      );
      const call = await net.call(0);
      expect(el.state).to.equal('loading');
      await expect(el).to.be.accessible();
      call.resolve(json(leads()));
      await el.updateComplete;
      expect(partText(el, 'value')).to.equal('5');

      const errors = collect<KpiErrorDetail>(el, 'kpi-error');
      el.src = '/broken.json';
      (await net.call(1)).resolve(json({}, 500));
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(errors[0]!.status).to.equal(500);
      await expect(el).to.be.accessible();
    } finally {
      net.restore();
    }
  });
});
