import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/components/arr/kpi-arr.js';
import type { KpiArr } from '../../src/components/arr/arr.js';
import type { KpiLoadDetail } from '../../src/components/base/events.js';
import {
  company,
  controlledFetch,
  json,
  partText,
  resultLoad,
  shadowText,
  valueName,
  type KpiErrorDetail,
} from './helpers.js';

describe('<kpi-arr> summary forms', () => {
  it('the source article form: 60,000 + 6,000 − 4,500 is $61,500.00, explained line by line', async () => {
    const el = await fixture<KpiArr>(
      html`<kpi-arr
        annual-subscription-revenue="60000"
        additional-recurring="6000"
        cancellations="4500"
        previous="60000"
        currency="USD"
      ></kpi-arr>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'label')).to.equal('Annual recurring revenue');
    expect(partText(el, 'value')).to.equal('$61,500.00');
    expect(partText(el, 'delta')).to.equal('▲ +2.5% (+$1,500) vs the previous period');
    expect(valueName(el)).to.equal(
      'Annual recurring revenue, $61,500.00, up 2.5% versus the previous period, higher is better',
    );
    expect(shadowText(el, '.details')).to.equal(
      'Annual subscription revenue $60,000 Additional recurring revenue $6,000 Cancellations $4,500',
    );
  });

  it('mrr="5940" is $71,280.00 (MRR × 12)', async () => {
    const el = await fixture<KpiArr>(html`<kpi-arr mrr="5940" currency="USD"></kpi-arr>`);
    expect(partText(el, 'value')).to.equal('$71,280.00');
    expect(partText(el, 'delta')).to.equal(undefined);
    expect(shadowText(el, '.details')).to.equal('MRR $5,940');
  });

  it('arr="1250000" previous="1000000" is $1.3M, "+25% (+$250,000)"', async () => {
    const el = await fixture<KpiArr>(html`<kpi-arr arr="1250000" previous="1000000" currency="USD"></kpi-arr>`);
    expect(partText(el, 'value')).to.equal('$1.3M');
    expect(partText(el, 'delta')).to.equal('▲ +25% (+$250,000) vs the previous period');
  });

  it('cancellations alone is an error listing the three forms', async () => {
    const errors: KpiErrorDetail[] = [];
    const el = await fixture<KpiArr>(
      html`<kpi-arr
        cancellations="4500"
        @kpi-error=${(e: CustomEvent<KpiErrorDetail>) => errors.push(e.detail)}
      ></kpi-arr>`,
    );
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.equal(
      'Could not load data Incomplete summary attributes: set annual-subscription-revenue + additional-recurring + cancellations, or mrr, or arr.',
    );
    expect(errors.map((e) => e.attribute)).to.deep.equal(['cancellations']);
    await expect(el).to.be.accessible();
  });

  it('a value that is not a number names its attribute', async () => {
    const el = await fixture<KpiArr>(
      html`<kpi-arr annual-subscription-revenue="60k" additional-recurring="0" cancellations="0"></kpi-arr>`,
    );
    expect(partText(el, 'error')).to.equal(
      'Could not load data The annual-subscription-revenue attribute "60k" is not a decimal number.',
    );
  });

  it('speaks Traditional Chinese', async () => {
    const el = await fixture<KpiArr>(html`<kpi-arr lang="zh-TW" mrr="5940" previous="5400" currency="TWD"></kpi-arr>`);
    expect(partText(el, 'label')).to.equal('年度經常性收入');
    expect(partText(el, 'value')).to.equal('$71,280.00');
    expect(partText(el, 'delta')).to.equal('▲ 較前期 +1,220%（+$65,880）');
  });
});

describe('<kpi-arr> dataset', () => {
  it('.data for May 2025: $1,314.00, "−47.7% (−$1,200) vs April", a 12-month trend', async () => {
    const loads: KpiLoadDetail[] = [];
    const el = await fixture<KpiArr>(
      html`<kpi-arr
        .data=${company()}
        period="2025-05"
        currency="USD"
        time-zone="UTC"
        @kpi-load=${(e: CustomEvent<KpiLoadDetail>) => loads.push(e.detail)}
      ></kpi-arr>`,
    );
    expect(partText(el, 'value')).to.equal('$1,314.00');
    expect(partText(el, 'delta')).to.equal('▼ \u221247.7% (\u2212$1,200) vs April');
    expect(el.shadowRoot!.querySelector('[part~="delta"]')!.classList.contains('negative')).to.equal(true);
    expect(shadowText(el, '.details')).to.equal('MRR $109.50');
    expect(el.shadowRoot!.querySelector('[part~="sparkline"] svg')!.getAttribute('aria-label')).to.equal(
      '12-month trend: from $0.00 to $1,314.00',
    );
    const { result, series } = resultLoad(loads[0]!);
    expect(result.id).to.equal('arr');
    expect(result.value!.toString()).to.equal('1314');
    expect(series!.map((r) => r.value!.toString()).slice(-3)).to.deep.equal(['1794', '2514', '1314']);
    await expect(el).to.be.accessible();
  });

  it('zh-TW dataset card: US$1,314.00 and the change in Chinese', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="zh-Hant"><kpi-arr .data=${company()} period="2025-05" time-zone="UTC"></kpi-arr></div>`,
    );
    const el = wrap.querySelector('kpi-arr')!;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('US$1,314.00');
    expect(partText(el, 'delta')).to.equal('▼ 較4月 \u221247.7%（\u2212US$1,200）');
    expect(shadowText(el, '.formula')).to.equal('期末 MRR × 12（摘要：年度訂閱收入 + 額外經常性收入 − 取消金額）');
    await expect(wrap).to.be.accessible();
  });

  it('without subscriptions it is empty; with no input too', async () => {
    const el = await fixture<KpiArr>(html`<kpi-arr .data=${{ deals: [] }} period="2025-05"></kpi-arr>`);
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data');
    const bare = await fixture<KpiArr>(html`<kpi-arr></kpi-arr>`);
    expect(bare.state).to.equal('empty');
    await expect(bare).to.be.accessible();
  });

  it('loads src, showing the loading state first', async () => {
    const net = controlledFetch();
    try {
      const el = fixtureSync<KpiArr>(html`<kpi-arr src="/company.json" period="2025-05" time-zone="UTC"></kpi-arr>`);
      const call = await net.call(0);
      expect(el.state).to.equal('loading');
      await expect(el).to.be.accessible();
      call.resolve(json(company()));
      await el.updateComplete;
      expect(partText(el, 'value')).to.equal('$1,314.00');
    } finally {
      net.restore();
    }
  });
});
