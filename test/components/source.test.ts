import { expect, fixture, fixtureSync, html, nextFrame } from '@open-wc/testing';
import '../../src/components/source/kpi-source.js';
import '../../src/components/mrr/kpi-mrr.js';
import '../../src/components/arr/kpi-arr.js';
import '../../src/components/card/kpi-card.js';
import { KpiSource } from '../../src/components/source/source.js';
import type { KpiLoadDetail } from '../../src/components/base/events.js';
import type { KpiMrr } from '../../src/components/mrr/mrr.js';
import {
  acquisition,
  collect,
  company,
  controlledFetch,
  holdClock,
  json,
  partText,
  shadowText,
  type KpiErrorDetail,
} from './helpers.js';

const all = (source: Element) => [...source.querySelectorAll('kpi-mrr, kpi-arr, kpi-card')] as KpiMrr[];
const settled = async (source: KpiSource) => {
  await source.updateComplete;
  for (const el of all(source)) await el.updateComplete;
};

describe('<kpi-source> with .data', () => {
  it('shares its records and period, currency and time zone with the elements that set none', async () => {
    const source = await fixture<KpiSource>(
      html`<kpi-source .data=${{ ...company(), ...acquisition() }} period="2025-05" currency="USD" time-zone="UTC">
        <kpi-mrr></kpi-mrr>
        <kpi-arr></kpi-arr>
        <kpi-card kpi="cac"></kpi-card>
        <kpi-mrr period="2025-04"></kpi-mrr>
      </kpi-source>`,
    );
    await settled(source);
    const [mrr, arr, cac, april] = all(source);
    expect(source.state).to.equal('ready');
    expect(source.getAttribute('state')).to.equal('ready');
    expect(getComputedStyle(source).display).to.equal('contents');
    expect(partText(mrr!, 'value')).to.equal('$109.50');
    expect(partText(arr!, 'value')).to.equal('$1,314.00');
    expect(partText(cac!, 'value')).to.equal('$458.33');
    expect(partText(april!, 'value')).to.equal('$209.50');
    expect(shadowText(april!, '.period')).to.equal('April 2025');
    // Records given as .data were not fetched: no "Updated" line.
    expect(shadowText(mrr!, '.updated')).to.equal(undefined);
  });

  it('an element with its own inputs uses them, and still takes the source currency', async () => {
    const source = await fixture<KpiSource>(
      html`<kpi-source .data=${company()} currency="EUR" period="2025-05" time-zone="UTC">
        <kpi-mrr mrr="5940" previous="5400"></kpi-mrr>
      </kpi-source>`,
    );
    await settled(source);
    const [el] = all(source);
    expect(partText(el!, 'value')).to.equal('€5,940.00');
    expect(partText(el!, 'delta')).to.equal('▲ +10% (+€540) vs April');
  });

  it('a lang on the source is the language of the elements inside', async () => {
    const source = await fixture<KpiSource>(
      html`<kpi-source lang="zh-TW" .data=${company()} period="2025-05" time-zone="UTC">
        <kpi-mrr></kpi-mrr>
      </kpi-source>`,
    );
    await settled(source);
    const [el] = all(source);
    expect(partText(el!, 'label')).to.equal('每月經常性收入');
    expect(shadowText(el!, '.period')).to.equal('2025年5月');
    await expect(source).to.be.accessible();
  });

  it('changing the source period recomputes every element', async () => {
    const source = await fixture<KpiSource>(
      html`<kpi-source .data=${company()} period="2025-05" time-zone="UTC"><kpi-mrr></kpi-mrr></kpi-source>`,
    );
    await settled(source);
    source.period = '2025-04';
    await settled(source);
    expect(partText(all(source)[0]!, 'value')).to.equal('$209.50');
  });

  it('an element moved out of the source forgets its records; moved back, it reads them again', async () => {
    const source = await fixture<KpiSource>(
      html`<kpi-source .data=${company()} period="2025-05" time-zone="UTC"><kpi-mrr></kpi-mrr></kpi-source>`,
    );
    await settled(source);
    const el = all(source)[0]!;
    source.after(el);
    await el.updateComplete;
    expect(el.state).to.equal('empty');
    source.append(el);
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('$109.50');
  });

  it('an empty source leaves the elements empty', async () => {
    const source = await fixture<KpiSource>(html`<kpi-source><kpi-mrr></kpi-mrr></kpi-source>`);
    await settled(source);
    expect(source.state).to.equal('empty');
    expect(all(source)[0]!.state).to.equal('empty');
  });
});

describe('<kpi-source src>', () => {
  let net: ReturnType<typeof controlledFetch>;
  let time: ReturnType<typeof holdClock>;
  beforeEach(() => {
    net = controlledFetch();
    time = holdClock('2025-06-15T12:00:00Z');
  });
  afterEach(() => {
    net.restore();
    time.restore();
  });

  it('fetches once for every element inside; they load together and say when the data was updated', async () => {
    const loads: KpiLoadDetail[] = [];
    const source = fixtureSync<KpiSource>(
      html`<kpi-source
        src="/company.json"
        period="2025-05"
        time-zone="UTC"
        @kpi-load=${(e: CustomEvent<KpiLoadDetail>) => {
          if (e.target === e.currentTarget) loads.push(e.detail);
        }}
      >
        <kpi-mrr></kpi-mrr>
        <kpi-arr></kpi-arr>
        <kpi-mrr no-sparkline></kpi-mrr>
      </kpi-source>`,
    );
    const call = await net.call(0);
    expect(call.init?.credentials).to.equal('same-origin');
    // Widgets render in tasks of their own (scheduleUpdate): a frame later all of them say loading.
    await nextFrame();
    expect(source.getAttribute('state')).to.equal('loading');
    expect(all(source).map((el) => el.getAttribute('state'))).to.deep.equal(['loading', 'loading', 'loading']);
    call.resolve(json(company()));
    await settled(source);
    expect(net.calls).to.have.length(1);
    expect(all(source).map((el) => partText(el, 'value'))).to.deep.equal(['$109.50', '$1,314.00', '$109.50']);
    expect(shadowText(all(source)[0]!, '.updated')).to.equal('Updated just now');
    expect(loads).to.have.length(1);
    const detail = loads[0]!;
    if (!detail.dataset) throw new Error('the source sent no dataset');
    expect(detail.dataset.subscriptions).to.have.length(3);
    expect(detail.updatedAt).to.equal(Date.parse('2025-06-15T12:00:00Z'));
  });

  it('a failed fetch is shown by every element and told once, by the source', async () => {
    const errors = collect<KpiErrorDetail>(document, 'kpi-error');
    const source = fixtureSync<KpiSource>(
      html`<kpi-source src="/missing.json"><kpi-mrr></kpi-mrr><kpi-arr></kpi-arr></kpi-source>`,
    );
    (await net.call(0)).resolve(new Response('', { status: 404, statusText: 'Not Found' }));
    await settled(source);
    expect(source.state).to.equal('error');
    expect(all(source).map((el) => el.state)).to.deep.equal(['error', 'error']);
    expect(partText(all(source)[0]!, 'error')).to.equal(
      'Could not load data /missing.json answered HTTP 404 Not Found.',
    );
    expect(errors.map((e) => [e.status, e.message])).to.deep.equal([
      [404, '/missing.json answered HTTP 404 Not Found.'],
    ]);
  });

  it('a refresh that fails leaves the source and its elements stale, with the age of their data', async () => {
    const source = fixtureSync<KpiSource>(
      html`<kpi-source src="/company.json" period="2025-05" time-zone="UTC"><kpi-mrr></kpi-mrr></kpi-source>`,
    );
    (await net.call(0)).resolve(json(company()));
    await settled(source);
    const [el] = all(source);
    time.set('2025-06-15T14:00:00Z');
    // A widget's refresh() reloads the source it reads.
    const reload = el!.refresh();
    (await net.call(1)).resolve(new Response('', { status: 503, statusText: 'Service Unavailable' }));
    await reload;
    await settled(source);
    expect(net.calls).to.have.length(2);
    expect(source.state).to.equal('stale');
    expect(el!.state).to.equal('stale');
    expect(partText(el!, 'value')).to.equal('$109.50');
    expect(partText(el!, 'stale')).to.equal('Could not refresh; showing the last loaded value (updated 2 hours ago)');
    await expect(el!).to.be.accessible();
  });

  it('a source period change recomputes without fetching again', async () => {
    const source = fixtureSync<KpiSource>(
      html`<kpi-source src="/company.json" period="2025-05" time-zone="UTC"><kpi-mrr></kpi-mrr></kpi-source>`,
    );
    (await net.call(0)).resolve(json(company()));
    await settled(source);
    source.period = '2025-04';
    await settled(source);
    expect(partText(all(source)[0]!, 'value')).to.equal('$209.50');
    expect(net.calls).to.have.length(1);
  });
});

describe('<kpi-source> defined after the elements inside it', () => {
  it('still reaches elements that connected before it was defined', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <late-source period="2025-05" time-zone="UTC"><kpi-mrr></kpi-mrr></late-source>
      </div>`,
    );
    const el = wrap.querySelector('kpi-mrr')!;
    await el.updateComplete;
    expect(el.state).to.equal('empty');
    const late = wrap.querySelector('late-source')!;
    (late as unknown as { data: unknown }).data = company();
    customElements.define('late-source', class extends KpiSource {});
    await (late as KpiSource).updateComplete;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('$109.50');
  });
});
