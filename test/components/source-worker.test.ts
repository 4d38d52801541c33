import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/components/source/kpi-source.js';
import '../../src/components/mrr/kpi-mrr.js';
import '../../src/components/arr/kpi-arr.js';
import '../../src/components/card/kpi-card.js';
import '../../src/components/sales-per-rep/kpi-sales-per-rep.js';
import '../../src/components/mrr-movements/kpi-mrr-movements.js';
import '../../src/components/cac-by-channel/kpi-cac-by-channel.js';
import '../../src/components/win-rate/kpi-win-rate.js';
import { inThreadComputer, type KpiComputer } from '../../src/components/base/computer.js';
import { KpiLoadError } from '../../src/components/base/errors.js';
import { KpiWorkerClient } from '../../src/components/base/worker-computer.js';
import type { KpiLoadDetail } from '../../src/components/base/events.js';
import type { KpiSource } from '../../src/components/source/source.js';
import type { KpiModule } from '../../src/engine/context.js';
import { Decimal, KpiError, MissingFxRateError } from '../../src/engine/index.js';
import { mrr } from '../../src/engine/kpis/mrr.js';
import { netRevenueRetention } from '../../src/engine/kpis/net-revenue-retention.js';
import { salesPerRep } from '../../src/engine/kpis/sales-per-rep.js';
import { winRate } from '../../src/engine/kpis/win-rate.js';
import type { Dataset } from '../../src/engine/types.js';
import { company, type KpiErrorDetail, partText, resultLoad } from './helpers.js';

// The worker from its source, as the dev server serves TypeScript; built files are the pages tests' part.
const WORKER = new URL('../../src/worker/kpi-worker.ts', import.meta.url).href;

const widgets = (source: Element) => [...source.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
const settled = async (source: KpiSource) => {
  await source.updateComplete;
  for (const el of widgets(source)) await el.updateComplete;
};
const text = (el: Element) =>
  (el.shadowRoot?.textContent ?? '')
    .replace(/Updated[^\n]*/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Every Worker the page starts, and whether it was stopped. */
function watchWorkers() {
  const original = window.Worker;
  const started: { url: string; terminated: boolean }[] = [];
  let onStart = () => {};
  const firstStart = new Promise<void>((resolve) => (onStart = resolve));
  window.Worker = class extends original {
    private readonly entry: { url: string; terminated: boolean };
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.entry = { url: String(url), terminated: false };
      started.push(this.entry);
      onStart();
    }
    override terminate(): void {
      this.entry.terminated = true;
      super.terminate();
    }
  };
  return {
    started,
    /** Settles in the same turn as the first Worker is made: before it can answer anything. */
    firstStart,
    restore() {
      window.Worker = original;
    },
  };
}

/**
 * The same widgets over the same `src`, once computed in the worker and once on the page: their
 * `kpi-load` details (as JSON) and what they show. The details are collected per element.
 */
async function twins(src: string, attrs: { period: string; currency?: string; kind?: string }, body: () => unknown) {
  const loads = new Map<EventTarget, string>();
  const errors = new Map<EventTarget, KpiErrorDetail>();
  const onLoad = (e: Event) => {
    const detail = (e as CustomEvent<KpiLoadDetail>).detail;
    if (detail.result) loads.set(e.target!, JSON.stringify(detail));
  };
  const onError = (e: Event) => errors.set(e.target!, (e as CustomEvent<KpiErrorDetail>).detail);
  document.addEventListener('kpi-load', onLoad);
  document.addEventListener('kpi-error', onError);
  try {
    const make = (worker: boolean) =>
      fixture<KpiSource>(
        html`<kpi-source
          ?worker=${worker}
          worker-url=${WORKER}
          src=${src}
          src-kind=${attrs.kind ?? nothing}
          period=${attrs.period}
          currency=${attrs.currency ?? nothing}
          time-zone="America/New_York"
          >${body()}</kpi-source
        >`,
      );
    const inWorker = await make(true);
    const onPage = await make(false);
    await settled(inWorker);
    await settled(onPage);
    const side = (source: KpiSource) => ({
      source,
      state: source.state,
      texts: widgets(source).map(text),
      loads: widgets(source).map((w) => loads.get(w)),
      errors: [source, ...widgets(source)].map((w) => errors.get(w)),
    });
    return { worker: side(inWorker), page: side(onPage) };
  } finally {
    document.removeEventListener('kpi-load', onLoad);
    document.removeEventListener('kpi-error', onError);
  }
}

describe('<kpi-source worker>', () => {
  it('gives every widget the results it gets on the main thread, and keeps only the reps on the page', async () => {
    const workers = watchWorkers();
    try {
      const { worker, page } = await twins('/demo/data/company.json', { period: '2025-12', currency: 'USD' }, () => [
        html`<kpi-mrr></kpi-mrr>`,
        html`<kpi-arr></kpi-arr>`,
        html`<kpi-card kpi="net-revenue-retention"></kpi-card>`,
        html`<kpi-card kpi="pipeline-value" weighted></kpi-card>`,
        html`<kpi-sales-per-rep></kpi-sales-per-rep>`,
        html`<kpi-mrr-movements></kpi-mrr-movements>`,
        html`<kpi-cac-by-channel></kpi-cac-by-channel>`,
      ]);
      expect(worker.state).to.equal('ready');
      expect(widgets(worker.source).map((w) => w.getAttribute('state'))).to.deep.equal(Array(7).fill('ready'));
      expect(worker.loads.every((l) => l !== undefined)).to.equal(true);
      expect(worker.loads).to.deep.equal(page.loads);
      expect(worker.texts).to.deep.equal(page.texts);
      expect(partText(widgets(worker.source)[0]!, 'value')).to.equal('$73,057.78');
      // Decimals come back as the engine's Decimal, exact.
      const mrr = JSON.parse(worker.loads[0]!) as { result: { value: string } };
      expect(mrr.result.value).to.match(/^73057\.78\d*$/);
      // The page holds the reps only (for names); the records stay in the one worker started.
      expect(Object.keys(worker.source.records ?? {})).to.deep.equal(['reps']);
      expect(Object.keys(page.source.records ?? {})).to.include('deals');
      expect(workers.started.map((w) => w.url)).to.deep.equal([WORKER]);
    } finally {
      workers.restore();
    }
  });

  it('hands back Decimal instances equal to the main thread ones', async () => {
    const results: KpiLoadDetail[] = [];
    const source = await fixture<KpiSource>(
      html`<kpi-source worker worker-url=${WORKER} src="/demo/data/company.json" period="2025-12" currency="USD"
        ><kpi-mrr @kpi-load=${(e: CustomEvent<KpiLoadDetail>) => results.push(e.detail)}></kpi-mrr
      ></kpi-source>`,
    );
    await settled(source);
    const load = resultLoad(results[0]!);
    const result = load.result;
    expect(Decimal.isDecimal(result.value)).to.equal(true);
    expect(result.value!.toFixed(2)).to.equal('73057.78');
    expect(Decimal.isDecimal(result.comparison!.delta)).to.equal(true);
    expect(load.series!.length).to.be.above(1);
    expect(load.series!.every((r) => r.value === null || Decimal.isDecimal(r.value))).to.equal(true);
  });

  it('reads CSV of one kind in the worker', async () => {
    const { worker, page } = await twins(
      '/demo/data/deals.csv',
      { period: '2025-Q4', currency: 'USD', kind: 'deals' },
      () => [html`<kpi-win-rate></kpi-win-rate>`, html`<kpi-card kpi="average-deal-size"></kpi-card>`],
    );
    expect(worker.state).to.equal('ready');
    expect(Object.keys(worker.source.records ?? {})).to.deep.equal([]);
    expect(worker.loads[0]).to.be.a('string');
    expect(worker.loads).to.deep.equal(page.loads);
    expect(worker.texts).to.deep.equal(page.texts);
  });

  it('a fetch that fails in the worker is the same KpiLoadError, told once by the source', async () => {
    const { worker, page } = await twins('/demo/data/missing.json', { period: '2025-12' }, () => [
      html`<kpi-mrr></kpi-mrr>`,
    ]);
    expect(worker.state).to.equal('error');
    const [told, ...widgetErrors] = worker.errors;
    expect(told!.error).to.be.instanceOf(KpiLoadError);
    expect((told!.error as KpiLoadError).fetch).to.equal(true);
    expect([told!.status, told!.message]).to.deep.equal([404, '/demo/data/missing.json answered HTTP 404 Not Found.']);
    expect(widgetErrors).to.deep.equal([undefined]);
    expect(worker.errors.map((e) => e && [e.message, e.status, e.attribute])).to.deep.equal(
      page.errors.map((e) => e && [e.message, e.status, e.attribute]),
    );
    expect(partText(widgets(worker.source)[0]!, 'error')).to.equal(
      'Could not load data /demo/data/missing.json answered HTTP 404 Not Found.',
    );
  });

  it('a body that is not a Dataset fails the same way', async () => {
    const { worker, page } = await twins('/demo/data/README.md', { period: '2025-12' }, () => [
      html`<kpi-mrr></kpi-mrr>`,
    ]);
    expect(worker.state).to.equal('error');
    expect(worker.errors[0]!.message).to.match(/^\/demo\/data\/README\.md is not valid JSON/);
    expect(worker.errors[0]!.message).to.equal(page.errors[0]!.message);
    expect(worker.texts).to.deep.equal(page.texts);
  });

  it('an engine error in the worker reaches the widget as the same class and message', async () => {
    // Yen: the records carry no rate to it.
    const { worker, page } = await twins('/demo/data/company.json', { period: '2025-12', currency: 'JPY' }, () => [
      html`<kpi-mrr></kpi-mrr>`,
    ]);
    const error = worker.errors[1]!.error;
    expect(error).to.be.instanceOf(MissingFxRateError);
    expect((error as MissingFxRateError).from).to.equal((page.errors[1]!.error as MissingFxRateError).from);
    expect(worker.errors[1]!.message).to.equal(page.errors[1]!.message);
    expect(widgets(worker.source)[0]!.getAttribute('state')).to.equal('error');
    expect(worker.texts).to.deep.equal(page.texts);
  });

  it('an unknown KPI shows the same error', async () => {
    const { worker, page } = await twins('/demo/data/company.json', { period: '2025-12' }, () => [
      html`<kpi-card kpi="no-such-kpi"></kpi-card>`,
    ]);
    expect(worker.errors[1]!.message).to.match(/"no-such-kpi" is not a catalogue KPI/);
    expect(worker.errors[1]!.message).to.equal(page.errors[1]!.message);
    expect(worker.texts).to.deep.equal(page.texts);
  });

  it('stops its worker when it leaves the page, and loads again in a new one when put back', async () => {
    const workers = watchWorkers();
    try {
      const source = await fixture<KpiSource>(
        html`<kpi-source worker worker-url=${WORKER} src="/demo/data/company.json" period="2025-12" currency="USD"
          ><kpi-mrr></kpi-mrr
        ></kpi-source>`,
      );
      await settled(source);
      const parent = source.parentElement!;
      source.remove();
      expect(workers.started.map((w) => w.terminated)).to.deep.equal([true]);
      parent.append(source);
      await settled(source);
      expect(workers.started.map((w) => w.terminated)).to.deep.equal([true, false]);
      expect(source.state).to.equal('ready');
      expect(partText(widgets(source)[0]!, 'value')).to.equal('$73,057.78');
      source.remove();
      expect(workers.started.map((w) => w.terminated)).to.deep.equal([true, true]);
    } finally {
      workers.restore();
    }
  });

  it('a source removed while its worker loads stops it, and shows no error', async () => {
    const workers = watchWorkers();
    const errors: KpiErrorDetail[] = [];
    const onError = (e: Event) => errors.push((e as CustomEvent<KpiErrorDetail>).detail);
    document.addEventListener('kpi-error', onError);
    try {
      const source = fixtureSync<KpiSource>(
        html`<kpi-source worker worker-url=${WORKER} src="/demo/data/company.json" period="2025-12"
          ><kpi-mrr></kpi-mrr
        ></kpi-source>`,
      );
      await workers.firstStart;
      expect(source.state).to.equal('loading');
      source.remove();
      expect(workers.started.map((w) => w.terminated)).to.deep.equal([true]);
      await source.updateComplete;
      expect(errors).to.deep.equal([]);
    } finally {
      document.removeEventListener('kpi-error', onError);
      workers.restore();
    }
  });

  it('refresh() loads again in the same worker, and the widgets recompute from the new records', async () => {
    const workers = watchWorkers();
    try {
      const source = await fixture<KpiSource>(
        html`<kpi-source worker worker-url=${WORKER} src="/demo/data/company.json" period="2025-12" currency="USD"
          ><kpi-mrr></kpi-mrr><kpi-card kpi="win-rate"></kpi-card
        ></kpi-source>`,
      );
      await settled(source);
      const before = source.records;
      await source.refresh();
      await settled(source);
      expect(source.records).not.to.equal(before);
      expect(widgets(source).map((w) => w.getAttribute('state'))).to.deep.equal(['ready', 'ready']);
      expect(widgets(source).map((w) => partText(w, 'value'))).to.deep.equal(['$73,057.78', '29.3%']);
      expect(workers.started.map((w) => w.terminated)).to.deep.equal([false]);
    } finally {
      workers.restore();
    }
  });

  it('turning worker off loads on the main thread and stops the worker', async () => {
    const workers = watchWorkers();
    try {
      const source = await fixture<KpiSource>(
        html`<kpi-source worker worker-url=${WORKER} src="/demo/data/company.json" period="2025-12" currency="USD"
          ><kpi-mrr></kpi-mrr
        ></kpi-source>`,
      );
      await settled(source);
      expect(Object.keys(source.records ?? {})).to.deep.equal(['reps']);
      source.worker = false;
      await settled(source);
      expect(Object.keys(source.records ?? {})).to.include('subscriptions');
      expect(partText(widgets(source)[0]!, 'value')).to.equal('$73,057.78');
      expect(workers.started.map((w) => w.terminated)).to.deep.equal([true]);
    } finally {
      workers.restore();
    }
  });

  it('computes on the main thread, with a console warning, when the worker file is missing', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const source = await fixture<KpiSource>(
        html`<kpi-source
          worker
          worker-url="/no/kpi-worker.js"
          src="/demo/data/company.json"
          period="2025-12"
          currency="USD"
          ><kpi-mrr></kpi-mrr
        ></kpi-source>`,
      );
      await settled(source);
      expect(source.state).to.equal('ready');
      expect(partText(widgets(source)[0]!, 'value')).to.equal('$73,057.78');
      expect(Object.keys(source.records ?? {})).to.include('deals');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/\/no\/kpi-worker\.js did not load as a module worker.*main thread/);
    } finally {
      console.warn = warn;
    }
  });
});

describe('KpiWorkerClient', () => {
  const options = { period: '2025-12', currency: 'USD', timeZone: 'America/New_York' } as const;
  let client: KpiWorkerClient;
  let records: Dataset;
  let standIn: Dataset;
  before(async () => {
    records = (await (await fetch('/demo/data/company.json')).json()) as Dataset;
    client = new KpiWorkerClient(WORKER);
    standIn = await client.load('/demo/data/company.json', undefined, {}, 15, new AbortController().signal);
  });
  after(() => client.terminate());

  it('computes from the stand-in what the engine computes from the records', async () => {
    for (const kpi of [mrr, winRate, salesPerRep, netRevenueRetention]) {
      const there = await client.computer.compute(kpi, standIn, { ...options, target: '1000' });
      const here = await inThreadComputer.compute(kpi, records, { ...options, target: '1000' });
      expect(JSON.stringify(there)).to.equal(JSON.stringify(here));
      expect(Decimal.isDecimal(there.target!.value)).to.equal(true);
    }
    const series = { currency: 'USD', timeZone: 'America/New_York', from: '2025-01', to: '2025-12' };
    expect(JSON.stringify(await client.computer.computeSeries(mrr, standIn, series))).to.equal(
      JSON.stringify(await inThreadComputer.computeSeries(mrr, records, series)),
    );
  });

  it('computes any other Dataset on the main thread', async () => {
    const result = await client.computer.compute(mrr, company(), { period: '2025-05', timeZone: 'UTC' });
    expect(result.value!.toFixed(2)).to.equal('109.50');
  });

  it('revives the engine errors thrown in the worker as their classes, fields included', async () => {
    const failure = async (run: (c: KpiComputer, d: Dataset) => Promise<unknown>, data: Dataset, c: KpiComputer) => {
      try {
        await run(c, data);
      } catch (e) {
        return e;
      }
      throw new Error('no error');
    };
    const cases: ((c: KpiComputer, d: Dataset) => Promise<unknown>)[] = [
      (c, d) => c.compute(mrr, d, { ...options, period: '2025-13' }),
      (c, d) => c.compute(mrr, d, { ...options, timeZone: 'Mars/Olympus' }),
      (c, d) => c.compute(mrr, d, { ...options, discountPolicy: 'some' as 'all' }),
      (c, d) => c.compute(mrr, d, { ...options, currency: 'JPY' }),
    ];
    for (const run of cases) {
      const there = (await failure(run, standIn, client.computer)) as Error;
      const here = (await failure(run, records, inThreadComputer)) as Error;
      expect(there.constructor).to.equal(here.constructor);
      expect(there).to.be.instanceOf(KpiError);
      expect({ ...there, message: there.message }).to.deep.equal({ ...here, message: here.message });
    }
  });

  it("refuses a KPI module that is not the kit's", async () => {
    const own = { ...mrr, id: 'my-kpi' } as unknown as KpiModule;
    const error = await client.computer.compute(own, standIn, options).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(KpiLoadError);
    expect((error as KpiLoadError).code).to.equal('worker-unknown-kpi');
  });

  it('an abort rejects the load at once with its reason', async () => {
    const controller = new AbortController();
    const load = client.load('/demo/data/company.json', undefined, {}, 15, controller.signal);
    const reason = new Error('stop');
    controller.abort(reason);
    expect(await load.catch((e: unknown) => e)).to.equal(reason);
  });
});
