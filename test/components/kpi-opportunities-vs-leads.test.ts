import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/opportunities-vs-leads/kpi-opportunities-vs-leads.js';
import type { KpiOpportunitiesVsLeads } from '../../src/components/opportunities-vs-leads/opportunities-vs-leads.js';
import type { KpiLoadDetail, KpiSelectDetail } from '../../src/components/base/events.js';
import type { Deal, Lead } from '../../src/engine/types.js';
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

const lead = (id: string, createdAt: string): Lead => ({ id, createdAt });
const deal = (id: string, createdAt: string, stage: Deal['stage'], amount: string, closedAt?: string): Deal => ({
  id,
  createdAt,
  stage,
  amount,
  currency: 'USD',
  ...(closedAt ? { closedAt } : {}),
});

/**
 * A pipeline in USD (UTC). April: 4 leads; opportunities d5 (won in May), d6 (lost in May), d7
 * (proposal): 3 ÷ 4 = 75%. May: 5 leads; opportunities d1 (interested, 1,000), d2 (meeting booked,
 * 2,000), d3 (won on May 20, 3,000); d4 is still a lead, not an opportunity: 3 ÷ 5 = 60%, −15 pp.
 * Of May's 3 opportunities, d2 and d3 booked a meeting (2 ÷ 3 = 66.7%) and d3 was won (1 ÷ 2 = 50%).
 * Opportunities worth 6,000; open at meeting booked 2,000; won in May d3 and d5: 7,000.
 */
const pipeline = () => ({
  leads: [
    ...['a1', 'a2', 'a3', 'a4'].map((id) => lead(id, '2025-04-08')),
    ...['m1', 'm2', 'm3', 'm4', 'm5'].map((id) => lead(id, '2025-05-06')),
  ],
  deals: [
    deal('d5', '2025-04-10', 'won', '4000', '2025-05-05'),
    deal('d6', '2025-04-11', 'lost', '900', '2025-05-10'),
    deal('d7', '2025-04-12', 'proposal', '1500'),
    deal('d1', '2025-05-07', 'interested', '1000'),
    deal('d2', '2025-05-08', 'meeting-booked', '2000'),
    deal('d3', '2025-05-09', 'won', '3000', '2025-05-20'),
    deal('d4', '2025-05-10', 'lead', '500'),
  ],
});

const rows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="chart"] tbody tr')].map((r) =>
    [...r.querySelectorAll('th, td')].map((c) => c.textContent),
  );
const items = (el: Element) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('[part~="chart"] .item')];

describe('<kpi-opportunities-vs-leads> summary form', () => {
  it('opportunities="8" leads="20" previous="0.35" is 40%, "+5 pp", a two-step funnel with the conversion', async () => {
    const el = await fixture<KpiOpportunitiesVsLeads>(
      html`<kpi-opportunities-vs-leads opportunities="8" leads="20" previous="0.35"></kpi-opportunities-vs-leads>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'label')).to.equal('Sales opportunities vs leads');
    expect(partText(el, 'value')).to.equal('40%');
    expect(partText(el, 'delta')).to.equal('▲ +5 pp vs the previous period');
    expect(valueName(el)).to.equal(
      'Sales opportunities vs leads, 40%, up 5 percentage points versus the previous period, higher is better',
    );
    expect(shadowText(el, '.equation')).to.equal('8 opportunities ÷ 20 leads');
    expect(el.shadowRoot!.querySelectorAll('[part~="bar"]')).to.have.length(2);
    expect(rows(el)).to.deep.equal([
      ['Leads', '20', ''],
      ['Opportunities', '8', '40%'],
    ]);
    expect(el.shadowRoot!.querySelector('.conversion')!.textContent).to.equal('↓ 40%');
    expect(el.shadowRoot!.querySelector('.stage-values')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('opportunities alone is an error naming the form', async () => {
    const errors: KpiErrorDetail[] = [];
    const el = await fixture<KpiOpportunitiesVsLeads>(
      html`<kpi-opportunities-vs-leads
        opportunities="8"
        @kpi-error=${(e: CustomEvent<KpiErrorDetail>) => errors.push(e.detail)}
      ></kpi-opportunities-vs-leads>`,
    );
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.equal(
      'Could not load data Incomplete summary attributes: set opportunities + leads.',
    );
    expect(errors.map((e) => e.attribute)).to.deep.equal(['opportunities']);
    await expect(el).to.be.accessible();
  });

  it('leads="0" shows "—" and the reason; the funnel keeps its counts', async () => {
    const el = await fixture<KpiOpportunitiesVsLeads>(
      html`<kpi-opportunities-vs-leads opportunities="0" leads="0"></kpi-opportunities-vs-leads>`,
    );
    expect(partText(el, 'value')).to.equal('—');
    expect(shadowText(el, '.reason')).to.equal('Not defined: no leads in this period');
    expect(rows(el)).to.deep.equal([
      ['Leads', '0', ''],
      ['Opportunities', '0', ''],
    ]);
  });

  it('speaks Traditional Chinese', async () => {
    const el = await fixture<KpiOpportunitiesVsLeads>(
      html`<kpi-opportunities-vs-leads
        lang="zh-TW"
        opportunities="8"
        leads="20"
        previous="0.35"
      ></kpi-opportunities-vs-leads>`,
    );
    expect(partText(el, 'label')).to.equal('銷售機會與銷售線索');
    expect(partText(el, 'value')).to.equal('40%');
    expect(partText(el, 'delta')).to.equal('▲ 較前期 +5 個百分點');
    expect(rows(el)).to.deep.equal([
      ['線索', '20', ''],
      ['銷售機會', '8', '40%'],
    ]);
    expect(shadowText(el, '.equation')).to.equal('8 個銷售機會 ÷ 20 筆線索');
  });
});

describe('<kpi-opportunities-vs-leads> dataset', () => {
  it('May 2025: 3 ÷ 5 = 60%, "−15 pp vs April", funnel 5 → 3 → 2 → 1 with the engine’s conversions, and the amounts', async () => {
    const loads: KpiLoadDetail[] = [];
    const el = await fixture<KpiOpportunitiesVsLeads>(
      html`<kpi-opportunities-vs-leads
        .data=${pipeline()}
        period="2025-05"
        currency="USD"
        time-zone="UTC"
        @kpi-load=${(e: CustomEvent<KpiLoadDetail>) => loads.push(e.detail)}
      ></kpi-opportunities-vs-leads>`,
    );
    expect(partText(el, 'value')).to.equal('60%');
    expect(partText(el, 'delta')).to.equal('▼ \u221215 pp vs April');
    expect(el.shadowRoot!.querySelector('[part~="delta"]')!.classList.contains('negative')).to.equal(true);
    expect(rows(el)).to.deep.equal([
      ['Leads', '5', ''],
      ['Opportunities', '3', '60%'],
      ['Meetings booked', '2', '66.7%'],
      ['Won', '1', '50%'],
    ]);
    expect(el.shadowRoot!.querySelectorAll('[part~="bar"]')).to.have.length(4);
    expect(items(el).map((i) => i.getAttribute('aria-label'))).to.deep.equal([
      'Leads, 5',
      'Opportunities, 3 (60%)',
      'Meetings booked, 2 (66.7%)',
      'Won, 1 (50%)',
    ]);
    expect([...el.shadowRoot!.querySelectorAll('.conversion')].map((c) => c.textContent)).to.deep.equal([
      '↓ 60%',
      '↓ 66.7%',
      '↓ 50%',
    ]);
    expect(shadowText(el, '.stage-values')).to.equal(
      'Value of opportunities $6,000 Open: meeting booked $2,000 Won in the period $7,000',
    );
    expect(shadowText(el, '[part~="explain"] dl')).to.equal(
      'Leads 5 Opportunities 3 Meetings booked 2 Won 1 Opportunities that booked a meeting 66.7% ' +
        'Meetings booked that were won 50% Value of opportunities $6,000 Open: interested $1,000 ' +
        'Open: meeting booked $2,000 Won in the period $7,000',
    );
    const { result, extras } = resultLoad(loads[0]!);
    expect(result.value!.toString()).to.equal('0.6');
    expect(result.comparison!.baseline!.toString()).to.equal('0.75');
    expect(result.details!.wonRate!.toString()).to.equal('0.5');
    // Every step is the result's own: the card asks for no other KPI.
    expect(Object.keys(extras ?? {})).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('Enter on a focused funnel step fires kpi-select {key, value}; amounts take the records’ currency', async () => {
    const selects = collect<KpiSelectDetail>(document, 'kpi-select');
    const el = await fixture<KpiOpportunitiesVsLeads>(
      html`<kpi-opportunities-vs-leads
        .data=${pipeline()}
        period="2025-05"
        time-zone="UTC"
      ></kpi-opportunities-vs-leads>`,
    );
    const [, opportunities, meetings, won] = items(el);
    expect(opportunities!.getAttribute('role')).to.equal('button');
    for (const step of [opportunities, meetings, won]) {
      step!.focus();
      await sendKeys({ press: 'Enter' });
    }
    expect(selects).to.deep.equal([
      { key: 'opportunities', value: '3' },
      { key: 'meetingsBooked', value: '2' },
      { key: 'won', value: '1' },
    ]);
    // No currency attribute: the engine names the one currency the deals carry.
    expect(shadowText(el, '.stage-values')).to.equal(
      'Value of opportunities $6,000 Open: meeting booked $2,000 Won in the period $7,000',
    );
  });

  it('zh-TW dataset card', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="zh-TW">
        <kpi-opportunities-vs-leads
          .data=${pipeline()}
          period="2025-05"
          currency="USD"
          time-zone="UTC"
        ></kpi-opportunities-vs-leads>
      </div>`,
    );
    const el = wrap.querySelector('kpi-opportunities-vs-leads')!;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('60%');
    expect(partText(el, 'delta')).to.equal('▼ 較4月 \u221215 個百分點');
    expect(rows(el)).to.deep.equal([
      ['線索', '5', ''],
      ['銷售機會', '3', '60%'],
      ['已約會議', '2', '66.7%'],
      ['已成交', '1', '50%'],
    ]);
    expect(shadowText(el, '.stage-values')).to.equal(
      '銷售機會金額 US$6,000 開啟中：已約會議 US$2,000 本期成交 US$7,000',
    );
    await expect(wrap).to.be.accessible();
  });

  it('no opportunity booked a meeting: the won step shows 0 and no conversion (the engine leaves it null)', async () => {
    const data = {
      leads: [lead('m1', '2025-05-06'), lead('m2', '2025-05-06')],
      deals: [deal('d1', '2025-05-07', 'interested', '100'), deal('d2', '2025-05-08', 'lost', '50', '2025-05-20')],
    };
    const el = await fixture<KpiOpportunitiesVsLeads>(
      html`<kpi-opportunities-vs-leads .data=${data} period="2025-05" time-zone="UTC"></kpi-opportunities-vs-leads>`,
    );
    expect(rows(el)).to.deep.equal([
      ['Leads', '2', ''],
      ['Opportunities', '2', '100%'],
      ['Meetings booked', '0', '0%'],
      ['Won', '0', ''],
    ]);
    expect(items(el).map((i) => i.getAttribute('aria-label'))).to.deep.equal([
      'Leads, 2',
      'Opportunities, 2 (100%)',
      'Meetings booked, 0 (0%)',
      'Won, 0',
    ]);
    await expect(el).to.be.accessible();
  });

  it('leads without deals are the empty state; so is no input', async () => {
    const el = await fixture<KpiOpportunitiesVsLeads>(
      html`<kpi-opportunities-vs-leads
        .data=${{ leads: pipeline().leads }}
        period="2025-05"
      ></kpi-opportunities-vs-leads>`,
    );
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data');
    const bare = await fixture<KpiOpportunitiesVsLeads>(
      html`<kpi-opportunities-vs-leads></kpi-opportunities-vs-leads>`,
    );
    expect(bare.state).to.equal('empty');
    await expect(bare).to.be.accessible();
  });

  it('shows the loading state until src answers; a 500 is the error state', async () => {
    const net = controlledFetch();
    try {
      const el = fixtureSync<KpiOpportunitiesVsLeads>(
        html`<kpi-opportunities-vs-leads
          src="/pipeline.json"
          period="2025-05"
          time-zone="UTC"
        ></kpi-opportunities-vs-leads>`,
      );
      const call = await net.call(0);
      expect(el.state).to.equal('loading');
      await expect(el).to.be.accessible();
      call.resolve(json(pipeline()));
      await el.updateComplete;
      expect(partText(el, 'value')).to.equal('60%');
      el.src = '/broken.json';
      (await net.call(1)).resolve(new Response('', { status: 500, statusText: 'Internal Server Error' }));
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(partText(el, 'error')).to.equal(
        'Could not load data /broken.json answered HTTP 500 Internal Server Error.',
      );
    } finally {
      net.restore();
    }
  });
});
