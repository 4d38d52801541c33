import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/components/win-rate/kpi-win-rate.js';
import type { KpiWinRate } from '../../src/components/win-rate/win-rate.js';
import type { KpiLoadDetail } from '../../src/components/base/events.js';
import type { Deal } from '../../src/engine/types.js';
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

/**
 * Deals in USD (UTC). May 2025: won 500, 300 and 200, lost 600 and 400: 3 of 5 (60%), by amount
 * 1,000 of 2,000 (50%). April: one won and one lost, 100 each (50% either way). June: none closed.
 */
const deals = (): { deals: Deal[] } => {
  const deal = (id: string, stage: 'won' | 'lost', closedAt: string, amount: string): Deal => ({
    id,
    createdAt: '2025-03-01',
    closedAt,
    stage,
    amount,
    currency: 'USD',
  });
  return {
    deals: [
      deal('d1', 'won', '2025-05-02', '500'),
      deal('d2', 'won', '2025-05-10', '300'),
      deal('d3', 'won', '2025-05-31', '200'),
      deal('d4', 'lost', '2025-05-05', '600'),
      deal('d5', 'lost', '2025-05-20', '400'),
      deal('d6', 'won', '2025-04-10', '100'),
      deal('d7', 'lost', '2025-04-20', '100'),
    ],
  };
};

const ringName = (el: Element) =>
  el.shadowRoot!.querySelector('[part~="chart"] svg[role="img"]')!.getAttribute('aria-label');
const counts = (el: Element) => shadowText(el, '.counts');

describe('<kpi-win-rate> summary form', () => {
  it('won="3" lost="2" is 60%, a ring with "3 won, 2 lost" under it', async () => {
    const el = await fixture<KpiWinRate>(html`<kpi-win-rate won="3" lost="2"></kpi-win-rate>`);
    expect(el.state).to.equal('ready');
    expect(partText(el, 'label')).to.equal('Win rate');
    expect(partText(el, 'value')).to.equal('60%');
    expect(partText(el, 'delta')).to.equal(undefined);
    expect(shadowText(el, '.ring-text')).to.equal('60%');
    expect(counts(el)).to.equal('3 won, 2 lost');
    expect(ringName(el)).to.equal('Win rate: 60%, 3 won, 2 lost');
    expect(shadowText(el, '.equation')).to.equal('3 won deals ÷ 5 closed deals');
    await expect(el).to.be.accessible();
  });

  it('previous="0.5" gives the change in percentage points: "+10 pp"', async () => {
    const el = await fixture<KpiWinRate>(html`<kpi-win-rate won="3" lost="2" previous="0.5"></kpi-win-rate>`);
    expect(partText(el, 'delta')).to.equal('▲ +10 pp vs the previous period');
    expect(valueName(el)).to.equal(
      'Win rate, 60%, up 10 percentage points versus the previous period, higher is better',
    );
  });

  it('won="0" lost="0" is "—" with the reason, and an empty ring', async () => {
    const el = await fixture<KpiWinRate>(html`<kpi-win-rate won="0" lost="0"></kpi-win-rate>`);
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('—');
    expect(shadowText(el, '.reason')).to.equal('Not defined: no deals closed in this period');
    expect(shadowText(el, '.ring-text')).to.equal('—');
    expect(el.shadowRoot!.querySelector('.ring-value')).to.equal(null);
    expect(counts(el)).to.equal('0 won, 0 lost');
    await expect(el).to.be.accessible();
  });

  it('won alone is an error naming won + lost', async () => {
    const errors: KpiErrorDetail[] = [];
    const el = await fixture<KpiWinRate>(
      html`<kpi-win-rate
        won="3"
        @kpi-error=${(e: CustomEvent<KpiErrorDetail>) => errors.push(e.detail)}
      ></kpi-win-rate>`,
    );
    expect(partText(el, 'error')).to.equal('Could not load data Incomplete summary attributes: set won + lost.');
    expect(errors.map((e) => e.attribute)).to.deep.equal(['won']);
    await expect(el).to.be.accessible();
  });

  it('speaks Traditional Chinese', async () => {
    const el = await fixture<KpiWinRate>(
      html`<kpi-win-rate lang="zh-TW" won="3" lost="2" previous="0.5"></kpi-win-rate>`,
    );
    expect(partText(el, 'label')).to.equal('成交率');
    expect(partText(el, 'value')).to.equal('60%');
    expect(partText(el, 'delta')).to.equal('▲ 較前期 +10 個百分點');
    expect(counts(el)).to.equal('成交 3，失敗 2');
    expect(ringName(el)).to.equal('成交率：60%，成交 3，失敗 2');
  });
});

describe('<kpi-win-rate> dataset', () => {
  it('.data for May 2025: 60%, "+10 pp vs April", 3 won and 2 lost', async () => {
    const loads: KpiLoadDetail[] = [];
    const el = await fixture<KpiWinRate>(
      html`<kpi-win-rate
        .data=${deals()}
        period="2025-05"
        time-zone="UTC"
        @kpi-load=${(e: CustomEvent<KpiLoadDetail>) => loads.push(e.detail)}
      ></kpi-win-rate>`,
    );
    expect(partText(el, 'value')).to.equal('60%');
    expect(partText(el, 'delta')).to.equal('▲ +10 pp vs April');
    expect(counts(el)).to.equal('3 won, 2 lost');
    expect(shadowText(el, '[part~="explain"] dl')).to.equal('Won 3 Lost 2');
    const { result } = resultLoad(loads[0]!);
    expect(result.id).to.equal('win-rate');
    expect(result.value!.toString()).to.equal('0.6');
    await expect(el).to.be.accessible();
  });

  it('weighted: 50% by amount, the counts become amounts, unchanged against April', async () => {
    const el = await fixture<KpiWinRate>(
      html`<kpi-win-rate .data=${deals()} period="2025-05" time-zone="UTC" weighted></kpi-win-rate>`,
    );
    expect(partText(el, 'value')).to.equal('50%');
    expect(partText(el, 'delta')).to.equal('▶ 0 pp vs April');
    expect(counts(el)).to.equal('$1,000 won, $1,000 lost');
    expect(shadowText(el, '.equation')).to.equal('$1,000 ÷ $2,000');
    expect(shadowText(el, '[part~="explain"] dl')).to.equal('Won $1,000 Lost $1,000');
    expect(el.result!.details!.won!.toString()).to.equal('1000');
  });

  it('a month without closed deals is "—" with the reason, not empty', async () => {
    const el = await fixture<KpiWinRate>(
      html`<kpi-win-rate .data=${deals()} period="2025-06" time-zone="UTC"></kpi-win-rate>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('—');
    expect(shadowText(el, '.reason')).to.equal('Not defined: no deals closed in this period');
    expect(valueName(el)).to.equal('Win rate, no value. Not defined: no deals closed in this period');
    expect(counts(el)).to.equal('0 won, 0 lost');
  });

  it('zh-TW dataset card', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="zh-Hant"><kpi-win-rate .data=${deals()} period="2025-05" time-zone="UTC"></kpi-win-rate></div>`,
    );
    const el = wrap.querySelector('kpi-win-rate')!;
    await el.updateComplete;
    expect(partText(el, 'delta')).to.equal('▲ 較4月 +10 個百分點');
    expect(counts(el)).to.equal('成交 3，失敗 2');
    expect(shadowText(el, '.formula')).to.equal('成交 ÷（成交 + 失敗），以本期結案者計（加權：依金額）');
    await expect(wrap).to.be.accessible();
  });

  it('without deals it is empty; with no input too', async () => {
    const el = await fixture<KpiWinRate>(html`<kpi-win-rate .data=${{ leads: [] }} period="2025-05"></kpi-win-rate>`);
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data');
    const bare = await fixture<KpiWinRate>(html`<kpi-win-rate></kpi-win-rate>`);
    expect(bare.state).to.equal('empty');
    await expect(bare).to.be.accessible();
  });

  it('loads src, showing the loading state first; a 404 is the error state', async () => {
    const net = controlledFetch();
    try {
      const el = fixtureSync<KpiWinRate>(
        html`<kpi-win-rate src="/deals.json" period="2025-05" time-zone="UTC"></kpi-win-rate>`,
      );
      await answerSrc(el, net, deals());
      expect(partText(el, 'value')).to.equal('60%');

      await expectMissingSrc(el, net);
    } finally {
      net.restore();
    }
  });
});
