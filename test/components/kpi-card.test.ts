import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/card/kpi-card.js';
import type { KpiCard } from '../../src/components/card/card.js';
import { acquisition, collect, company, partText, shadowText, valueName, type KpiErrorDetail } from './helpers.js';

const tone = (el: Element, part: string) =>
  ['positive', 'negative', 'neutral'].find((c) =>
    el.shadowRoot!.querySelector(`[part~="${part}"]`)!.classList.contains(c),
  );

describe('<kpi-card kpi="cac"> (lower is better)', () => {
  it('.data for May 2025: $458.33, "−8.3% (−$41.67) vs April" in the good colour, and a sentence for the value', async () => {
    const el = await fixture<KpiCard>(
      html`<kpi-card kpi="cac" .data=${acquisition()} period="2025-05" time-zone="UTC"></kpi-card>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'label')).to.equal('Customer acquisition cost');
    expect(partText(el, 'value')).to.equal('$458.33');
    expect(partText(el, 'delta')).to.equal('▼ \u22128.3% (\u2212$41.67) vs April');
    expect(tone(el, 'delta')).to.equal('positive');
    expect(valueName(el)).to.equal('Customer acquisition cost, $458.33, down 8.3% versus April, lower is better');
    expect(shadowText(el, '.equation')).to.equal('$5,500 ÷ 12 new customers');
    expect(shadowText(el, '.details')).to.equal('Spend $5,500 New customers 12');
    expect(el.shadowRoot!.querySelector('[part~="sparkline"] svg')!.getAttribute('aria-label')).to.equal(
      '12-month trend: from $500.00 to $458.33',
    );
    await expect(el).to.be.accessible();
  });

  it('summary="{spend, newCustomers}" with previous gives the same value and change', async () => {
    const el = await fixture<KpiCard>(
      html`<kpi-card
        kpi="cac"
        summary='{"spend": "5500", "newCustomers": 12}'
        previous="500"
        currency="USD"
      ></kpi-card>`,
    );
    expect(partText(el, 'value')).to.equal('$458.33');
    expect(partText(el, 'delta')).to.equal('▼ \u22128.3% (\u2212$41.67) vs the previous period');
    expect(tone(el, 'delta')).to.equal('positive');
    expect(shadowText(el, '.equation')).to.equal('$5,500 ÷ 12 new customers');
  });

  it('a target for a lower-is-better KPI says how far under or over it the value is', async () => {
    const el = await fixture<KpiCard>(
      html`<kpi-card kpi="cac" .data=${acquisition()} period="2025-05" time-zone="UTC" target="400"></kpi-card>`,
    );
    expect(partText(el, 'target')).to.equal('$58.33 over the $400 target');
    expect(tone(el, 'target')).to.equal('negative');
    el.target = '500';
    await el.updateComplete;
    expect(partText(el, 'target')).to.equal('$41.67 under the $500 target');
    expect(tone(el, 'target')).to.equal('positive');
  });

  it('no new customers: "—" and the reason in words, still ready', async () => {
    const el = await fixture<KpiCard>(
      html`<kpi-card kpi="cac" .data=${acquisition()} period="2025-03" time-zone="UTC"></kpi-card>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('—');
    expect(shadowText(el, '.reason')).to.equal('Not defined: no new customers in this period');
    expect(partText(el, 'delta')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('cost-basis is forwarded to the engine: fully-loaded adds overhead spend', async () => {
    const data = acquisition();
    data.spend.push({
      id: 'rent',
      periodStart: '2025-05-01',
      periodEnd: '2025-06-01',
      amount: '1200',
      currency: 'USD',
    });
    const el = await fixture<KpiCard>(
      html`<kpi-card kpi="cac" .data=${data} period="2025-05" time-zone="UTC"></kpi-card>`,
    );
    expect(partText(el, 'value')).to.equal('$458.33');
    el.costBasis = 'fully-loaded';
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('$558.33');
  });

  it('an option outside its set is an error naming the attribute', async () => {
    const errors = collect<KpiErrorDetail>(document, 'kpi-error');
    const el = await fixture<KpiCard>(
      html`<kpi-card kpi="cac" .data=${acquisition()} period="2025-05" cost-basis="everything"></kpi-card>`,
    );
    expect(partText(el, 'error')).to.equal(
      'Could not load data The cost-basis attribute "everything" is not one of "marketing", "fully-loaded".',
    );
    expect(errors.at(-1)!.attribute).to.equal('cost-basis');
  });

  it('speaks Traditional Chinese: name, money, formula and inputs', async () => {
    const el = await fixture<KpiCard>(
      html`<kpi-card lang="zh-TW" kpi="cac" .data=${acquisition()} period="2025-05" time-zone="UTC"></kpi-card>`,
    );
    expect(partText(el, 'label')).to.equal('客戶獲取成本');
    expect(partText(el, 'value')).to.equal('US$458.33');
    expect(partText(el, 'delta')).to.equal('▼ 較4月 \u22128.3%（\u2212US$41.67）');
    expect(valueName(el)).to.equal('客戶獲取成本，US$458.33，較4月下降 8.3%，越低越好');
    expect(shadowText(el, '.equation')).to.equal('US$5,500 ÷ 12 位新客戶');
    expect(shadowText(el, '.details')).to.equal('支出 US$5,500 新客戶 12');
    await expect(el).to.be.accessible();
  });
});

describe('<kpi-card> other KPIs', () => {
  it('a rate changes in percentage points: churn 33.3%, "+33.3 pp vs April", bad news', async () => {
    const el = await fixture<KpiCard>(
      html`<kpi-card kpi="customer-churn-rate" .data=${company()} period="2025-05" time-zone="UTC"></kpi-card>`,
    );
    expect(partText(el, 'label')).to.equal('Customer churn rate');
    expect(partText(el, 'value')).to.equal('33.3%');
    expect(partText(el, 'delta')).to.equal('▲ +33.3 pp vs April');
    expect(tone(el, 'delta')).to.equal('negative');
    expect(valueName(el)).to.equal(
      'Customer churn rate, 33.3%, up 33.3 percentage points versus April, lower is better',
    );
    expect(shadowText(el, '.equation')).to.equal('1 churned customer ÷ 3 customers at the start');
  });

  it('CLTV needs a gross margin: without one the reason says so; gross-margin="0.8" gives $29.20', async () => {
    const el = await fixture<KpiCard>(
      html`<kpi-card kpi="cltv" .data=${company()} period="2025-05" time-zone="UTC"></kpi-card>`,
    );
    expect(partText(el, 'value')).to.equal('—');
    expect(shadowText(el, '.reason')).to.equal('Needs a gross margin: set gross-margin, e.g. 0.8');
    el.grossMargin = '0.8';
    await el.updateComplete;
    // 0.8 × retention 2/3 × ARPA 109.50 / 2
    expect(partText(el, 'value')).to.equal('$29.20');
    expect(shadowText(el, '.details')).to.equal('Gross margin 80% Retention rate 66.7% ARPA $54.75 Discount rate 0%');
  });

  it('changing kpi recomputes as the new KPI', async () => {
    const el = await fixture<KpiCard>(
      html`<kpi-card kpi="mrr" .data=${company()} period="2025-05" time-zone="UTC"></kpi-card>`,
    );
    expect(partText(el, 'value')).to.equal('$109.50');
    el.kpi = 'arpa';
    await el.updateComplete;
    expect(partText(el, 'label')).to.equal('Average revenue per account');
    expect(partText(el, 'value')).to.equal('$54.75');
    expect(shadowText(el, '.equation')).to.equal('$109.50 ÷ 2 paying customers');
  });

  it("loads the KPI's code on demand: loading (no raw id in the header) until it arrives, then the KPI", async () => {
    const el = document.createElement('kpi-card') as KpiCard;
    const seen: string[] = [];
    // Import() always settles in a later microtask, so the first render is the loading card.
    new MutationObserver(() => seen.push(`${el.getAttribute('state')}: ${partText(el, 'label')}`)).observe(el, {
      attributes: true,
      attributeFilter: ['state'],
    });
    Object.assign(el, { kpi: 'quick-ratio', data: company(), period: '2025-05', timeZone: 'UTC' });
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(seen[0]).to.equal('loading: Loading…');
      expect(seen.at(-1)).to.equal(`${el.state}: SaaS quick ratio`);
      expect(el.state).to.not.equal('loading');
    } finally {
      el.remove();
    }
  });

  it('an unknown or missing kpi is an error naming the kpi attribute', async () => {
    const errors = collect<KpiErrorDetail>(document, 'kpi-error');
    const el = await fixture<KpiCard>(html`<kpi-card kpi="cack" .data=${company()}></kpi-card>`);
    expect(el.state).to.equal('error');
    expect(partText(el, 'label')).to.equal('cack');
    expect(partText(el, 'error')).to.equal(
      'Could not load data The kpi attribute "cack" is not a catalogue KPI (such as cac, mrr or win-rate; listKpis() names them all).',
    );
    expect(errors.at(-1)!.attribute).to.equal('kpi');
    const bare = await fixture<KpiCard>(html`<kpi-card></kpi-card>`);
    expect(partText(bare, 'error')).to.equal(
      'Could not load data Set the kpi attribute to a catalogue KPI, e.g. kpi="cac".',
    );
    await expect(bare).to.be.accessible();
  });

  it('summary JSON that is not JSON, or holds a bad number, names the summary attribute', async () => {
    const broken = await fixture<KpiCard>(html`<kpi-card kpi="cac" summary="{spend: 1"></kpi-card>`);
    expect(partText(broken, 'error')).to.match(/^Could not load data The summary attribute is not valid JSON \(/);
    const errors = collect<KpiErrorDetail>(document, 'kpi-error');
    const bad = await fixture<KpiCard>(
      html`<kpi-card kpi="cac" summary='{"spend": "lots", "newCustomers": "12"}'></kpi-card>`,
    );
    expect(partText(bad, 'error')).to.equal(
      'Could not load data The summary attribute\'s spend "lots" is not a decimal number.',
    );
    expect(errors.at(-1)!.attribute).to.equal('summary');
  });

  it('summary numbers for a KPI that takes none say to give it records', async () => {
    const el = await fixture<KpiCard>(html`<kpi-card kpi="pipeline-velocity" summary='{"deals": 3}'></kpi-card>`);
    expect(partText(el, 'error')).to.equal(
      'Could not load data Pipeline velocity takes no summary numbers: give it records (data, src or a <kpi-source>).',
    );
  });

  it('no-sparkline hides the trend', async () => {
    const el = await fixture<KpiCard>(
      html`<kpi-card kpi="mrr" .data=${company()} period="2025-05" time-zone="UTC" no-sparkline></kpi-card>`,
    );
    expect(el.shadowRoot!.querySelector('[part~="sparkline"]')).to.equal(null);
  });
});

describe('<kpi-card> KPI loaders', () => {
  it('load every catalogue KPI with its own module, words and display', async () => {
    const { listKpis } = await import('../../src/engine/index.js');
    const { kpiLoaders } = await import('../../src/components/card/kpi-loaders.js');
    const ids = listKpis().map((k) => k.id);
    expect(ids).to.have.length(28);
    expect(Object.keys(kpiLoaders).sort()).to.deep.equal([...ids].sort());
    for (const id of ids) {
      const loaded = await kpiLoaders[id]();
      expect(loaded.kpi.id, id).to.equal(id);
      expect(loaded.info.id, id).to.equal(id);
      expect(typeof loaded.kpi.compute, id).to.equal('function');
      expect(loaded.display?.reasons?.['zero-denominator'] ?? loaded.display?.formula, id).to.not.equal(undefined);
    }
  });
});
