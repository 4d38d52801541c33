import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/cac-by-channel/kpi-cac-by-channel.js';
import type { KpiCacByChannel } from '../../src/components/cac-by-channel/cac-by-channel.js';
import type { KpiLoadDetail, KpiSelectDetail } from '../../src/components/base/events.js';
import type { Customer, Spend } from '../../src/engine/types.js';
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

const CHANNELS = JSON.stringify([
  { channel: 'seo', spend: '1500', newCustomers: '3' },
  { channel: 'ads', spend: '2000', newCustomers: '0' },
  { spend: '0', newCustomers: '2' },
]);

const month = (m: string, amount: string, channel?: string): Spend => ({
  id: `${channel ?? 'overhead'}-${m}`,
  periodStart: `2025-${m}-01`,
  periodEnd: m === '04' ? '2025-05-01' : '2025-06-01',
  amount,
  currency: 'USD',
  ...(channel ? { channel } : {}),
});
const customers = (n: number, date: string, channel?: string): Customer[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${channel ?? 'none'}-${date}-${i}`,
    firstPaidAt: date,
    ...(channel ? { channel } : {}),
  }));

/**
 * Channels in USD (UTC). April: ads 2,000 for 4 customers, blended 500. May: ads 3,000 for 3, seo 1,000
 * for 2, events 500 for none, referral free for 2, one customer without a channel, and 2,000 of overhead
 * (no channel, left out). Blended May: 4,500 ÷ 8 = 562.50, up 12.5% (+62.50) on April.
 * Per channel: ads 1,000; events null (no customers); referral 0; seo 500; unattributed null.
 */
const channels = () => ({
  spend: [
    month('04', '2000', 'ads'),
    month('05', '3000', 'ads'),
    month('05', '1000', 'seo'),
    month('05', '500', 'events'),
    month('05', '2000'),
  ],
  customers: [
    ...customers(4, '2025-04-12', 'ads'),
    ...customers(3, '2025-05-03', 'ads'),
    ...customers(2, '2025-05-09', 'seo'),
    ...customers(2, '2025-05-20', 'referral'),
    ...customers(1, '2025-05-21'),
  ],
});

const rows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="chart"] tbody tr')].map((r) =>
    [...r.querySelectorAll('th, td')].map((c) => c.textContent),
  );
const items = (el: Element) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('[part~="chart"] .item')];

describe('<kpi-cac-by-channel> summary form', () => {
  it('the channels attribute: blended 3,500 ÷ 5 = $700.00, a bar for seo, "—" and the reason for the others', async () => {
    const el = await fixture<KpiCacByChannel>(
      html`<kpi-cac-by-channel channels=${CHANNELS} previous="800" currency="USD"></kpi-cac-by-channel>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'label')).to.equal('CAC by channel');
    expect(partText(el, 'value')).to.equal('$700.00');
    expect(partText(el, 'delta')).to.equal('▼ \u221212.5% (\u2212$100) vs the previous period');
    expect(el.shadowRoot!.querySelector('[part~="delta"]')!.classList.contains('positive')).to.equal(true);
    expect(shadowText(el, '.equation')).to.equal('$3,500 ÷ 5 new customers');
    expect(el.shadowRoot!.querySelectorAll('[part~="bar"]')).to.have.length(1);
    expect(items(el).map((i) => i.getAttribute('aria-label'))).to.deep.equal([
      'ads, — Not defined: no new customers in this period',
      'seo, $500.00',
      'No channel, — Customers without a channel',
    ]);
    expect(rows(el)).to.deep.equal([
      ['ads', '—', 'Not defined: no new customers in this period'],
      ['seo', '$500.00', ''],
      ['No channel', '—', 'Customers without a channel'],
    ]);
    expect(el.shadowRoot!.querySelector('[part~="chart"] svg[role="img"]')!.getAttribute('aria-label')).to.equal(
      'CAC by channel: ads — Not defined: no new customers in this period, seo $500.00, No channel — Customers without a channel',
    );
    await expect(el).to.be.accessible();
  });

  it('bad JSON in channels is an error naming the channels attribute, with kpi-error', async () => {
    const errors: KpiErrorDetail[] = [];
    const el = await fixture<KpiCacByChannel>(
      html`<kpi-cac-by-channel
        channels="[{channel: seo}]"
        @kpi-error=${(e: CustomEvent<KpiErrorDetail>) => errors.push(e.detail)}
      ></kpi-cac-by-channel>`,
    );
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.equal(
      'Could not load data The channels attribute is not JSON text such as [{"channel":"seo","spend":"1500","newCustomers":"3"}].',
    );
    expect(errors.map((e) => e.attribute)).to.deep.equal(['channels']);
    await expect(el).to.be.accessible();
  });

  it('an entry with a count that is not whole names the channels attribute and the entry', async () => {
    const el = await fixture<KpiCacByChannel>(
      html`<kpi-cac-by-channel channels='[{"channel":"seo","spend":"1","newCustomers":"2.5"}]'></kpi-cac-by-channel>`,
    );
    expect(partText(el, 'error')).to.equal(
      'Could not load data The channels attribute entry 0: newCustomers "2.5" is not a whole number of 0 or more.',
    );
  });

  it('speaks Traditional Chinese: the unattributed row and the reasons in Chinese', async () => {
    const el = await fixture<KpiCacByChannel>(
      html`<kpi-cac-by-channel lang="zh-TW" channels=${CHANNELS} currency="TWD"></kpi-cac-by-channel>`,
    );
    expect(partText(el, 'label')).to.equal('各管道客戶獲取成本');
    expect(partText(el, 'value')).to.equal('$700.00');
    expect(rows(el)).to.deep.equal([
      ['ads', '—', '無法計算：本期沒有新客戶'],
      ['seo', '$500.00', ''],
      ['無管道', '—', '沒有管道的客戶'],
    ]);
    expect(el.shadowRoot!.querySelector('[part~="chart"] thead')!.textContent!.replace(/\s+/g, '')).to.equal(
      '項目數值備註',
    );
    await expect(el).to.be.accessible();
  });
});

describe('<kpi-cac-by-channel> dataset', () => {
  it('.data for May 2025: blended 4,500 ÷ 8 = $562.50, "+12.5% (+$62.50) vs April" in the negative colour, five rows', async () => {
    const loads: KpiLoadDetail[] = [];
    const el = await fixture<KpiCacByChannel>(
      html`<kpi-cac-by-channel
        .data=${channels()}
        period="2025-05"
        currency="USD"
        time-zone="UTC"
        @kpi-load=${(e: CustomEvent<KpiLoadDetail>) => loads.push(e.detail)}
      ></kpi-cac-by-channel>`,
    );
    expect(partText(el, 'value')).to.equal('$562.50');
    expect(partText(el, 'delta')).to.equal('▲ +12.5% (+$62.50) vs April');
    expect(el.shadowRoot!.querySelector('[part~="delta"]')!.classList.contains('negative')).to.equal(true);
    expect(valueName(el)).to.equal('CAC by channel, $562.50, up 12.5% versus April, lower is better');
    expect(shadowText(el, '.equation')).to.equal('$4,500 ÷ 8 new customers');
    expect(rows(el)).to.deep.equal([
      ['ads', '$1,000.00', ''],
      ['events', '—', 'Not defined: no new customers in this period'],
      ['referral', '$0.00', ''],
      ['seo', '$500.00', ''],
      ['No channel', '—', 'Customers without a channel'],
    ]);
    expect(el.shadowRoot!.querySelectorAll('[part~="bar"]')).to.have.length(3);
    // Visible notes are shortened to fit; the table and the bars' names keep them whole.
    expect(
      [...el.shadowRoot!.querySelectorAll('text.value.empty')].map((t) => t.textContent!.slice(0, 15)),
    ).to.deep.equal(['— Not defined: ', '— Customers wit']);
    const { result } = resultLoad(loads[0]!);
    expect(result.breakdown!.map((b) => [b.key, b.value?.toString() ?? b.reason])).to.deep.equal([
      ['ads', '1000'],
      ['events', 'zero-denominator'],
      ['referral', '0'],
      ['seo', '500'],
      ['unattributed', 'unattributed'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('Enter on a focused bar fires kpi-select {key, value}; a channel without a CAC sends null', async () => {
    const selects = collect<KpiSelectDetail>(document, 'kpi-select');
    const el = await fixture<KpiCacByChannel>(
      html`<kpi-cac-by-channel .data=${channels()} period="2025-05" time-zone="UTC"></kpi-cac-by-channel>`,
    );
    const [, events, , seo] = items(el);
    expect(seo!.getAttribute('role')).to.equal('button');
    seo!.focus();
    await sendKeys({ press: 'Enter' });
    events!.focus();
    await sendKeys({ press: 'Enter' });
    expect(selects).to.deep.equal([
      { key: 'seo', value: '500' },
      { key: 'events', value: null },
    ]);
  });

  it('zh-TW dataset card', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="zh-TW">
        <kpi-cac-by-channel .data=${channels()} period="2025-05" time-zone="UTC"></kpi-cac-by-channel>
      </div>`,
    );
    const el = wrap.querySelector('kpi-cac-by-channel')!;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('US$562.50');
    expect(partText(el, 'delta')).to.equal('▲ 較4月 +12.5%（+US$62.50）');
    expect(rows(el).map((r) => r[0])).to.deep.equal(['ads', 'events', 'referral', 'seo', '無管道']);
    await expect(wrap).to.be.accessible();
  });

  it('records without customers are the empty state; so is no input', async () => {
    const el = await fixture<KpiCacByChannel>(
      html`<kpi-cac-by-channel .data=${{ spend: channels().spend }} period="2025-05"></kpi-cac-by-channel>`,
    );
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data');
    expect(el.shadowRoot!.querySelector('[part~="chart"]')).to.equal(null);
    const bare = await fixture<KpiCacByChannel>(html`<kpi-cac-by-channel></kpi-cac-by-channel>`);
    expect(bare.state).to.equal('empty');
    await expect(bare).to.be.accessible();
  });

  it('shows the loading skeleton until src answers, then the bars', async () => {
    const net = controlledFetch();
    try {
      const el = fixtureSync<KpiCacByChannel>(
        html`<kpi-cac-by-channel src="/channels.json" period="2025-05" time-zone="UTC"></kpi-cac-by-channel>`,
      );
      const call = await net.call(0);
      expect(el.state).to.equal('loading');
      expect(el.shadowRoot!.querySelector('.chart-bone')).not.to.equal(null);
      await expect(el).to.be.accessible();
      call.resolve(json(channels()));
      await el.updateComplete;
      expect(partText(el, 'value')).to.equal('$562.50');
      expect(rows(el)).to.have.length(5);
    } finally {
      net.restore();
    }
  });
});
