import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/quota-attainment/kpi-quota-attainment.js';
import type { KpiQuotaAttainment } from '../../src/components/quota-attainment/quota-attainment.js';
import type { KpiLoadDetail, KpiSelectDetail } from '../../src/components/base/events.js';
import type { Dataset } from '../../src/engine/types.js';
import {
  collect,
  controlledFetch,
  partText,
  resultLoad,
  shadowText,
  valueName,
  type KpiErrorDetail,
  answerSrc,
  expectMissingSrc,
} from './helpers.js';

const quota = (repId: string, month: string, next: string) => ({
  repId,
  periodStart: `${month}-01`,
  periodEnd: `${next}-01`,
  amount: '4000',
  currency: 'USD',
});
const won = (id: string, closedAt: string, amount: string, repId?: string) => ({
  id,
  createdAt: '2025-03-01',
  closedAt,
  stage: 'won' as const,
  amount,
  currency: 'USD',
  ...(repId ? { repId } : {}),
});

/**
 * USD (UTC). Ana and Ben have quotas of 4,000 in April and May 2025; Cy has none. May: Ana won 4,000
 * (100%), Ben 1,000 (25%), Cy 500, and 300 was won without a rep: (4,000 + 1,000) ÷ 8,000 = 62.5%; 1 of
 * the 2 reps with a quota reached it. April: Ana 4,000 of 8,000 = 50%, so May is 12.5 points up.
 */
const team = (): Dataset => ({
  reps: [
    { id: 'r1', name: 'Ana' },
    { id: 'r2', name: 'Ben' },
    { id: 'r3', name: 'Cy' },
  ],
  quotas: [
    quota('r1', '2025-04', '2025-05'),
    quota('r2', '2025-04', '2025-05'),
    quota('r1', '2025-05', '2025-06'),
    quota('r2', '2025-05', '2025-06'),
  ],
  deals: [
    won('d0', '2025-04-10', '4000', 'r1'),
    won('d1', '2025-05-10', '4000', 'r1'),
    won('d2', '2025-05-11', '1000', 'r2'),
    won('d3', '2025-05-12', '500', 'r3'),
    won('d4', '2025-05-13', '300'),
  ],
});

const sr = (el: Element) => el.shadowRoot!;
const tableRows = (el: Element) =>
  [...sr(el).querySelectorAll('.chart table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
const notes = (el: Element) => [...sr(el).querySelectorAll('.chart-note')].map((n) => n.textContent!.trim());

describe('<kpi-quota-attainment> summary form', () => {
  it('actual="5000" quota="8000" is 62.5%; previous="0.5" reads "+12.5 pp"', async () => {
    const el = await fixture<KpiQuotaAttainment>(
      html`<kpi-quota-attainment actual="5000" quota="8000" previous="0.5" currency="USD"></kpi-quota-attainment>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'label')).to.equal('Quota attainment');
    expect(partText(el, 'value')).to.equal('62.5%');
    expect(partText(el, 'delta')).to.equal('▲ +12.5 pp vs the previous period');
    expect(valueName(el)).to.equal(
      'Quota attainment, 62.5%, up 12.5 percentage points versus the previous period, higher is better',
    );
    expect(sr(el).querySelector('.reps-at-quota')).to.equal(null);
    expect(sr(el).querySelector('[part~="chart"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('quota="0" is "—" with the reason', async () => {
    const el = await fixture<KpiQuotaAttainment>(
      html`<kpi-quota-attainment actual="5000" quota="0"></kpi-quota-attainment>`,
    );
    expect(partText(el, 'value')).to.equal('—');
    expect(shadowText(el, '.reason')).to.equal('Not defined: no quota in this period');
  });

  it('actual alone is an error naming the form', async () => {
    const errors = collect<KpiErrorDetail>(document, 'kpi-error');
    const el = await fixture<KpiQuotaAttainment>(html`<kpi-quota-attainment actual="5000"></kpi-quota-attainment>`);
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.equal('Could not load data Incomplete summary attributes: set actual + quota.');
    expect(errors.at(-1)!.attribute).to.equal('actual');
  });

  it('speaks Traditional Chinese', async () => {
    const el = await fixture<KpiQuotaAttainment>(
      html`<kpi-quota-attainment lang="zh-TW" actual="5000" quota="8000" previous="0.5"></kpi-quota-attainment>`,
    );
    expect(partText(el, 'label')).to.equal('配額達成率');
    expect(partText(el, 'value')).to.equal('62.5%');
    expect(partText(el, 'delta')).to.equal('▲ 較前期 +12.5 個百分點');
  });
});

describe('<kpi-quota-attainment> dataset', () => {
  it('May 2025: 62.5%, "+12.5 pp vs April", "1 of 2 reps reached quota", bullet bars with reasons', async () => {
    const loads: KpiLoadDetail[] = [];
    const el = await fixture<KpiQuotaAttainment>(
      html`<kpi-quota-attainment
        .data=${team()}
        period="2025-05"
        currency="USD"
        time-zone="UTC"
        @kpi-load=${(e: CustomEvent<KpiLoadDetail>) => loads.push(e.detail)}
      ></kpi-quota-attainment>`,
    );
    expect(partText(el, 'value')).to.equal('62.5%');
    expect(partText(el, 'delta')).to.equal('▲ +12.5 pp vs April');
    expect(shadowText(el, '.reps-at-quota')).to.equal('1 of 2 reps reached quota');
    expect(tableRows(el)).to.deep.equal([
      ['Ana', '100%', '$4,000'],
      ['Ben', '25%', '$4,000'],
      ['Cy', '—', 'No quota in this period'],
      ['Unassigned', '—', 'No rep, so no quota'],
    ]);
    // Every row has a won-sales bar; only reps with a quota have a marker, and Ana's bar is met.
    expect(sr(el).querySelectorAll('rect.bar')).to.have.length(4);
    expect(sr(el).querySelectorAll('line.target-marker')).to.have.length(2);
    expect(sr(el).querySelectorAll('rect.bar.met')).to.have.length(1);
    expect(notes(el)).to.deep.equal(['— No quota in this period: Cy', '— No rep, so no quota: Unassigned']);
    const { result } = resultLoad(loads[0]!);
    expect(result.details!.repsAtQuota!.toString()).to.equal('0.5');
    expect([result.details!.repsWithQuota, result.details!.repsReachingQuota].map(String)).to.deep.equal(['2', '1']);
    await expect(el).to.be.accessible();
  });

  it('Enter on a bar fires kpi-select with the rep id and its won sales', async () => {
    const el = await fixture<KpiQuotaAttainment>(
      html`<kpi-quota-attainment .data=${team()} period="2025-05" time-zone="UTC"></kpi-quota-attainment>`,
    );
    const selected = collect<KpiSelectDetail>(el, 'kpi-select');
    const ben = sr(el).querySelector<SVGGElement>('.chart-items .item[data-key="r2"]')!;
    expect(ben.getAttribute('aria-label')).to.equal('Ben, 25%, Target $4,000');
    ben.focus();
    await sendKeys({ press: 'Enter' });
    expect(selected).to.deep.equal([{ key: 'r2', value: '1000' }]);
  });

  it('zh-TW: how many reps reached quota, and the reasons, in Chinese', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="zh-TW">
        <kpi-quota-attainment .data=${team()} period="2025-05" currency="USD" time-zone="UTC"></kpi-quota-attainment>
      </div>`,
    );
    const el = wrap.querySelector('kpi-quota-attainment')!;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('62.5%');
    expect(partText(el, 'delta')).to.equal('▲ 較4月 +12.5 個百分點');
    expect(shadowText(el, '.reps-at-quota')).to.equal('2 位業務代表中 1 位達成配額');
    expect(notes(el)).to.deep.equal(['— 本期沒有配額：Cy', '— 沒有業務代表，因此沒有配額：未指派']);
    expect(sr(el).querySelector('.chart caption')!.textContent).to.equal('各業務代表配額達成率');
    await expect(wrap).to.be.accessible();
  });

  it('one rep with a quota reads in the singular: "1 of 1 rep reached quota", then "0 of 1 rep…"', async () => {
    const data = { ...team(), quotas: team().quotas!.filter((q) => q.repId === 'r1') };
    const el = await fixture<KpiQuotaAttainment>(
      html`<kpi-quota-attainment .data=${data} period="2025-05" time-zone="UTC"></kpi-quota-attainment>`,
    );
    expect(shadowText(el, '.reps-at-quota')).to.equal('1 of 1 rep reached quota');
    el.data = { ...data, deals: team().deals!.filter((d) => d.id !== 'd1') };
    await el.updateComplete;
    expect(shadowText(el, '.reps-at-quota')).to.equal('0 of 1 rep reached quota');
  });

  it('no quota overlapping the period: "—" and no sentence about reps', async () => {
    const data = { ...team(), quotas: [quota('r1', '2025-01', '2025-02')] };
    const el = await fixture<KpiQuotaAttainment>(
      html`<kpi-quota-attainment .data=${data} period="2025-05" time-zone="UTC"></kpi-quota-attainment>`,
    );
    expect(partText(el, 'value')).to.equal('—');
    expect(sr(el).querySelector('.reps-at-quota')).to.equal(null);
  });

  it('deals without quotas are the empty state; no input too', async () => {
    const el = await fixture<KpiQuotaAttainment>(
      html`<kpi-quota-attainment .data=${{ deals: team().deals }} period="2025-05"></kpi-quota-attainment>`,
    );
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data');
    const bare = await fixture<KpiQuotaAttainment>(html`<kpi-quota-attainment></kpi-quota-attainment>`);
    expect(bare.state).to.equal('empty');
    await expect(bare).to.be.accessible();
  });

  it('src: loading first, then the value; a 404 is the error state', async () => {
    const net = controlledFetch();
    try {
      const el = fixtureSync<KpiQuotaAttainment>(
        html`<kpi-quota-attainment src="/team.json" period="2025-05" time-zone="UTC"></kpi-quota-attainment>`,
      );
      await answerSrc(el, net, team());
      expect(partText(el, 'value')).to.equal('62.5%');
      // The Rep records fetched by the card's own src name its bars.
      expect(tableRows(el).map((r) => r[0])).to.deep.equal(['Ana', 'Ben', 'Cy', 'Unassigned']);
      await expectMissingSrc(el, net, new Response('', { status: 404 }));
    } finally {
      net.restore();
    }
  });
});
