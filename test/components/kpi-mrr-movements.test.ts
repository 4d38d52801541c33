import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/components/mrr-movements/kpi-mrr-movements.js';
import type { KpiMrrMovements } from '../../src/components/mrr-movements/mrr-movements.js';
import type { KpiLoadDetail, KpiSelectDetail } from '../../src/components/base/events.js';
import {
  collect,
  company,
  controlledFetch,
  json,
  partText,
  resultLoad,
  shadowText,
  valueName,
  type KpiErrorDetail,
  expectMissingSrc,
} from './helpers.js';

/**
 * Renders in a 400px wide box and lets the card measure it: the first ResizeObserver report comes with
 * a frame, and the chart is redrawn at that width.
 */
async function sized<T extends HTMLElement>(template: unknown, tag: string): Promise<T> {
  const wrap = await fixture<HTMLDivElement>(html`<div class="box">${template}</div>`);
  wrap.style.width = '400px';
  const el = wrap.querySelector<T>(tag)!;
  for (let i = 0; i < 2; i++) await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

/** The accessible names of the waterfall's steps, in order. */
const steps = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="chart"] .item')].map((i) => i.getAttribute('aria-label'));

const summary = html`<kpi-mrr-movements
  start="10000"
  new="1200"
  expansion="500"
  reactivation="100"
  contraction="300"
  churn="400"
  previous="800"
  currency="USD"
></kpi-mrr-movements>`;

describe('<kpi-mrr-movements> summary form', () => {
  it('10,000 + 1,200 + 500 + 100 − 300 − 400: net new +$1,100.00, "+37.5% (+$300)" against 800', async () => {
    const el = await fixture<KpiMrrMovements>(summary);
    expect(el.state).to.equal('ready');
    expect(partText(el, 'label')).to.equal('MRR movements');
    expect(partText(el, 'value')).to.equal('+$1,100.00');
    expect(partText(el, 'delta')).to.equal('▲ +37.5% (+$300) vs the previous period');
    expect(valueName(el)).to.equal('MRR movements, +$1,100.00, up 37.5% versus the previous period, higher is better');
    expect(shadowText(el, '[part~="explain"] dl')).to.equal(
      'MRR at the start $10,000 New MRR $1,200 Expansion MRR $500 Reactivation MRR $100 Contraction MRR $300 Churned MRR $400 MRR at the end $11,100',
    );
  });

  it('draws seven steps from start to end, contraction and churn as what they take away', async () => {
    const el = await sized<KpiMrrMovements>(summary, 'kpi-mrr-movements');
    expect(steps(el)).to.deep.equal([
      'Start, $10,000',
      'New, +$1,200',
      'Expansion, +$500',
      'Reactivation, +$100',
      'Contraction, −$300',
      'Churn, −$400',
      'End, $11,100',
    ]);
    const bars = el.shadowRoot!.querySelectorAll('[part~="chart"] rect[part~="bar"]');
    expect([...bars].map((b) => b.classList[1])).to.deep.equal(['total', 'up', 'up', 'up', 'down', 'down', 'total']);
    expect(el.shadowRoot!.querySelector('[part~="chart"] svg[role="img"]')!.getAttribute('aria-label')).to.equal(
      'MRR movements: Start $10,000, New +$1,200, Expansion +$500, Reactivation +$100, Contraction −$300, Churn −$400, End $11,100',
    );
    expect(el.shadowRoot!.querySelectorAll('[part~="chart"] table tbody tr').length).to.equal(7);
    await expect(el).to.be.accessible();
  });

  it('a step fires kpi-select {key, value} on Enter, the engine amount as decimal text', async () => {
    const el = await fixture<KpiMrrMovements>(summary);
    const seen = collect<KpiSelectDetail>(el, 'kpi-select');
    const churn = el.shadowRoot!.querySelector<SVGGElement>('.item[data-key="churn"]')!;
    expect(churn.getAttribute('role')).to.equal('button');
    churn.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(seen).to.deep.equal([{ key: 'churn', value: '400' }]);
  });

  it('a net loss reads −$200.00 with a real minus sign', async () => {
    const el = await fixture<KpiMrrMovements>(
      html`<kpi-mrr-movements
        start="1000"
        new="0"
        expansion="0"
        reactivation="0"
        contraction="50"
        churn="150"
        currency="USD"
      ></kpi-mrr-movements>`,
    );
    expect(partText(el, 'value')).to.equal('\u2212$200.00');
    expect(partText(el, 'delta')).to.equal(undefined);
  });

  it('an incomplete summary names the six attributes', async () => {
    const errors: KpiErrorDetail[] = [];
    const el = await fixture<KpiMrrMovements>(
      html`<kpi-mrr-movements
        start="1000"
        churn="10"
        @kpi-error=${(e: CustomEvent<KpiErrorDetail>) => errors.push(e.detail)}
      ></kpi-mrr-movements>`,
    );
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.equal(
      'Could not load data Incomplete summary attributes: set start + new + expansion + reactivation + contraction + churn.',
    );
    expect(errors.map((e) => e.attribute)).to.deep.equal(['start']);
    await expect(el).to.be.accessible();
  });

  it('speaks Traditional Chinese', async () => {
    const el = await sized<KpiMrrMovements>(html`<div lang="zh-TW">${summary}</div>`, 'kpi-mrr-movements');
    const wrap = el.parentElement!;
    expect(partText(el, 'label')).to.equal('MRR 變動');
    expect(partText(el, 'value')).to.equal('+US$1,100.00');
    expect(partText(el, 'delta')).to.equal('▲ 較前期 +37.5%（+US$300）');
    // "US$10,000" does not fit over a seventh of 358px: the labels go compact, the disclosure stays exact.
    expect(steps(el)[0]).to.equal('期初，$1萬');
    expect(steps(el)[5]).to.equal('流失，−$400');
    expect(shadowText(el, '[part~="explain"] dl')).to.match(/^期初 MRR US\$10,000 新增 MRR US\$1,200 /);
    await expect(wrap).to.be.accessible();
  });
});

describe('<kpi-mrr-movements> dataset', () => {
  // April 2025 (UTC): start 149.50 (end of March), c3 starts 2 × 30 = 60 new, end 209.50; net +60.
  // March: start 49.50, c2 new 100, end 149.50; net +100. So −40% (−$40).
  it('.data for April 2025: +$60.00, "−40% (−$40) vs March", seven steps', async () => {
    const loads: KpiLoadDetail[] = [];
    const el = await sized<KpiMrrMovements>(
      html`<kpi-mrr-movements
        .data=${company()}
        period="2025-04"
        currency="USD"
        time-zone="UTC"
        @kpi-load=${(e: CustomEvent<KpiLoadDetail>) => loads.push(e.detail)}
      ></kpi-mrr-movements>`,
      'kpi-mrr-movements',
    );
    expect(partText(el, 'value')).to.equal('+$60.00');
    expect(partText(el, 'delta')).to.equal('▼ \u221240% (\u2212$40) vs March');
    expect(steps(el)).to.deep.equal([
      'Start, $149.50',
      'New, +$60',
      'Expansion, $0',
      'Reactivation, $0',
      'Contraction, $0',
      'Churn, $0',
      'End, $209.50',
    ]);
    const { result } = resultLoad(loads[0]!);
    expect(result.id).to.equal('mrr-movements');
    expect(result.details!.end!.toString()).to.equal('209.5');
    await expect(el).to.be.accessible();
  });

  // May 2025: c2 (100 a month) ends on the 20th: churn 100; start 209.50, end 109.50; net −100 against +60.
  it('.data for May 2025: −$100.00, churn −$100', async () => {
    const el = await sized<KpiMrrMovements>(
      html`<kpi-mrr-movements .data=${company()} period="2025-05" currency="USD" time-zone="UTC"></kpi-mrr-movements>`,
      'kpi-mrr-movements',
    );
    expect(partText(el, 'value')).to.equal('\u2212$100.00');
    expect(partText(el, 'delta')).to.equal('▼ \u2212266.7% (\u2212$160) vs April');
    expect(steps(el)[5]).to.equal('Churn, \u2212$100');
    expect(steps(el)[6]).to.equal('End, $109.50');
  });

  it('without subscriptions it is empty; with no input too', async () => {
    const el = await fixture<KpiMrrMovements>(
      html`<kpi-mrr-movements .data=${{ deals: [] }} period="2025-05"></kpi-mrr-movements>`,
    );
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data');
    const bare = await fixture<KpiMrrMovements>(html`<kpi-mrr-movements></kpi-mrr-movements>`);
    expect(bare.state).to.equal('empty');
    await expect(bare).to.be.accessible();
  });

  it('loads src, showing the loading state first; a 404 is the error state', async () => {
    const net = controlledFetch();
    try {
      const el = fixtureSync<KpiMrrMovements>(
        html`<kpi-mrr-movements src="/company.json" period="2025-05" time-zone="UTC"></kpi-mrr-movements>`,
      );
      const call = await net.call(0);
      expect(el.state).to.equal('loading');
      expect(el.shadowRoot!.querySelector('.chart-bone')).to.not.equal(null);
      await expect(el).to.be.accessible();
      call.resolve(json(company()));
      await el.updateComplete;
      expect(partText(el, 'value')).to.equal('\u2212$100.00');

      await expectMissingSrc(el, net);
    } finally {
      net.restore();
    }
  });
});
