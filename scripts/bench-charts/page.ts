// The page side of scripts/bench-charts.mjs: bundled by esbuild into an IIFE that sets
// `globalThis.benchCharts`. Data is made before the clock starts; the clock covers building the
// template (the chart function, so decimation too), Lit's render() into a fresh container and a forced
// style and layout (getBoundingClientRect), all on the main thread.
import { render, type TemplateResult } from 'lit';
import {
  bulletBars,
  chartStyles,
  funnel,
  horizontalBars,
  lineChart,
  ring,
  sparkline,
  stackedBars,
  verticalBars,
  waterfall,
} from '../../src/components/charts/index.js';

/** Deterministic values: a slow wave, a little noise, one spike each way and a short run of gaps. */
function wave(n: number, phase = 0): (number | null)[] {
  const out: (number | null)[] = new Array<number | null>(n);
  for (let i = 0; i < n; i++) {
    const noise = ((i * 7919 + phase * 104_729) % 101) / 101 - 0.5;
    out[i] = 50 + 30 * Math.sin((i / n) * 12 + phase) + 6 * noise;
  }
  if (n >= 10) {
    out[Math.floor(n * 0.31)] = 140;
    out[Math.floor(n * 0.67)] = -40;
    for (let i = Math.floor(n * 0.5); i < Math.floor(n * 0.52); i++) out[i] = null;
  }
  return out;
}

type Maker = (n: number) => () => TemplateResult;

const label = (i: number) => `D${i + 1}`;
const fmt = (v: number) => String(Math.round(v));

export const makers: Record<string, Maker> = {
  lineChart: (n) => {
    const labels = Array.from({ length: n }, (_, i) => label(i));
    const series = [
      { key: 'a', label: 'NRR', points: wave(n) },
      { key: 'b', label: 'GRR', points: wave(n, 1) },
    ];
    return () => lineChart(series, labels, { width: 360, height: 160, label: 'Retention', format: fmt });
  },
  sparkline: (n) => {
    const values = wave(n);
    return () => sparkline(values, { width: 120, height: 32, label: 'Trend' });
  },
  verticalBars: (n) => {
    const items = wave(n).map((v, i) => ({ key: `k${i}`, label: label(i), value: v, display: fmt(v ?? 0) }));
    return () => verticalBars(items, { width: 360, height: 160, label: 'Won sales', highlightLast: true });
  },
  stackedBars: (n) => {
    const cols = wave(n).map((v, i) => ({
      key: `k${i}`,
      label: label(i),
      segments: ['seo', 'ads', 'events'].map((series, k) => ({
        series,
        value: (v ?? 0) + k,
        display: fmt((v ?? 0) + k),
      })),
    }));
    const series = [
      { key: 'seo', label: 'SEO' },
      { key: 'ads', label: 'Ads' },
      { key: 'events', label: 'Events' },
    ];
    return () => stackedBars(cols, series, { width: 360, height: 160, label: 'New leads' });
  },
  horizontalBars: (n) => {
    const items = wave(n).map((v, i) => ({ key: `k${i}`, label: `Rep ${i + 1}`, value: v, display: fmt(v ?? 0) }));
    return () =>
      horizontalBars(items, {
        width: 360,
        height: 240,
        label: 'Sales per rep',
        reference: { value: 50, label: 'Avg' },
      });
  },
  bulletBars: (n) => {
    const items = wave(n).map((v, i) => ({
      key: `k${i}`,
      label: `Rep ${i + 1}`,
      actual: v,
      target: 60,
      display: fmt(v ?? 0),
    }));
    return () => bulletBars(items, { width: 360, height: 240, label: 'Quota attainment' });
  },
  waterfall: (n) => {
    const moves = wave(n).map((v, i) => ({
      key: `k${i}`,
      label: label(i),
      value: v === null ? null : Math.abs(v - 50),
      display: fmt(v ?? 0),
      kind: (v ?? 0) >= 50 ? ('up' as const) : ('down' as const),
    }));
    const steps = [
      { key: 'start', label: 'Start', value: 10_000, display: '10,000', kind: 'total' as const },
      ...moves,
      { key: 'end', label: 'End', value: 10_000, display: '10,000', kind: 'total' as const },
    ];
    return () => waterfall(steps, { width: 360, height: 160, label: 'MRR movements', format: fmt });
  },
  funnel: (n) => {
    const steps = Array.from({ length: n }, (_, i) => ({
      key: `k${i}`,
      label: `Step ${i + 1}`,
      value: n - i,
      display: String(n - i),
      conversion: i > 0 ? '99%' : undefined,
    }));
    return () => funnel(steps, { width: 360, height: 240, label: 'Funnel' });
  },
  ring: () => () => ring(0.6, { width: 120, height: 120, label: 'Win rate', centerText: '60%' }),
};

document.adoptedStyleSheets = [...document.adoptedStyleSheets, chartStyles.styleSheet!];

const stage = document.getElementById('stage')!;

/**
 * `make`, once the garbage its data left is collected (the page runs with `--expose-gc`): making
 * 100,000 items fills the young generation, and promoting them would otherwise land in the first
 * timed renders, a cost of making the data rather than of drawing it.
 */
function settled<T>(make: T): T {
  (globalThis as { gc?: () => void }).gc?.();
  return make;
}

/**
 * Main-thread times (ms) of `runs` renders of `chart` at `n` points, after `warmup` unmeasured ones:
 * in all, of building the template alone (the chart function, decimation included), and of Lit's
 * render() alone (the rest is style and layout).
 */
function time(
  chart: string,
  n: number,
  runs: number,
  warmup: number,
  budgetMs: number,
): { times: number[]; builds: number[]; renders: number[] } {
  const make = settled(makers[chart]!(n));
  const times: number[] = [];
  const builds: number[] = [];
  const renders: number[] = [];
  const started = performance.now();
  for (let r = 0; r < warmup + runs; r++) {
    const box = document.createElement('div');
    box.className = 'box';
    stage.append(box);
    const t0 = performance.now();
    const template = make();
    const tb = performance.now();
    render(template, box);
    const tr = performance.now();
    box.getBoundingClientRect();
    const t1 = performance.now();
    box.remove();
    if (r >= warmup) {
      times.push(t1 - t0);
      builds.push(tb - t0);
      renders.push(tr - tb);
    }
    if (r >= warmup && performance.now() - started > budgetMs) break;
  }
  return { times, builds, renders };
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * `runs` renders of `chart` at `n` points, each left on screen until a frame has been painted, for
 * the caller to read the main thread's busy time (CDP `TaskDuration`) around it: that time includes
 * style, layout and paint, which a performance.now() around render() does not.
 */
async function frames(chart: string, n: number, runs: number): Promise<void> {
  const make = settled(makers[chart]!(n));
  await frame();
  for (let r = 0; r < runs; r++) {
    const box = document.createElement('div');
    box.className = 'box';
    stage.append(box);
    render(make(), box);
    await frame();
    await frame();
    box.remove();
  }
  await frame();
}

/** Frames with nothing rendered: the idle cost the caller subtracts from `frames`. */
async function idle(runs: number): Promise<void> {
  await frame();
  for (let r = 0; r < runs; r++) {
    await frame();
    await frame();
  }
  await frame();
}

/** Renders `chart` at `n` points into the element with id `into`, for a screenshot; gives its node count. */
function show(chart: string, n: number, into: string): number {
  // A fresh container each time: Lit keeps its place in a container between renders.
  const el = document.createElement('div');
  document.getElementById(into)!.replaceChildren(el);
  render(makers[chart]!(n)(), el);
  return el.querySelectorAll('*').length;
}

(globalThis as unknown as { benchCharts: unknown }).benchCharts = {
  charts: Object.keys(makers),
  time,
  frames,
  idle,
  show,
};
