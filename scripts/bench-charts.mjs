// node scripts/bench-charts.mjs [--shots DIR] [--sizes 1000,10000,100000] [--charts lineChart,sparkline]
//
// Main-thread time of every chart template at 1k, 10k and 100k points in Debian's Chromium (CHROME_PATH
// or /usr/bin/chromium, driven by puppeteer-core), for issue 7's goal of under 8 ms at 100k. It bundles
// scripts/bench-charts/page.ts itself with esbuild (Lit's production build), twice: as shipped, and
// with decimate() replaced by one that keeps every point ("undecimated"), which is measured for the
// charts that decimate (lineChart, sparkline). Two figures per case:
//   render: median (and p90) of performance.now() around building the template, Lit's render() into a
//           fresh container and a forced layout (getBoundingClientRect); "of which build" is the median
//           of the chart function alone (data to template, decimation included), "render()" the
//           median of Lit's render() alone (the rest is style and layout);
//           (the data is made, and its garbage collected, before the clock starts);
//   frame:  the main thread's busy time per render through to a painted frame (CDP TaskDuration over
//           several renders, minus the same number of empty frames), which adds style, layout and paint.
// With --shots DIR it also writes PNGs of lineChart and sparkline at 100k points, decimated and not,
// and counts the pixels that differ, and PNGs of three bar charts with an item focused (its tooltip).
// It prints figures and exits 0: it is a benchmark, not a test.
// Heavy: run it as `flock /tmp/bench.lock node scripts/bench-charts.mjs`.
/* global createImageBitmap, document, OffscreenCanvas -- in callbacks that run in the page */
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const SIZES = (arg('sizes') ?? '1000,10000,100000').split(',').map(Number);
const ONLY = arg('charts')?.split(',');
const SHOTS = arg('shots');
const DECIMATING = new Set(['lineChart', 'sparkline']);
const GOAL_MS = 8;

/** The page bundle; `decimated: false` swaps decimate() for one that keeps every index. */
async function bundle(decimated) {
  const keepAll = {
    name: 'keep-every-point',
    setup(b) {
      if (decimated) return;
      b.onResolve({ filter: /\/decimate\.js$/ }, () => ({ path: 'decimate', namespace: 'keep-every-point' }));
      b.onLoad({ filter: /.*/, namespace: 'keep-every-point' }, () => ({
        contents:
          'export function decimate(values) { const out = []; for (let i = 0; i < values.length; i++) out.push(i); return out; }',
        loader: 'js',
      }));
    },
  };
  const out = await build({
    entryPoints: [join(root, 'scripts/bench-charts/page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
    tsconfig: join(root, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [keepAll],
    logLevel: 'error',
  });
  return out.outputFiles[0].text;
}

const CSS = `
  body { margin: 0; font-family: sans-serif; background: #fff; }
  #stage .box, .shot { inline-size: 360px; }
  .shot { display: inline-block; padding: 8px; vertical-align: top; }
  .shot.small { inline-size: 120px; }
  .sparkline { display: block; inline-size: 100%; block-size: 32px; overflow: visible; }
  .sparkline-line { fill: none; stroke: #4f46e5; stroke-width: 2; stroke-linejoin: round; stroke-linecap: round; }
  .sparkline-area { fill: #4f46e5; fill-opacity: 0.12; stroke: none; }
`;
const page = (js) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${CSS}</style></head><body>` +
  `<div id="stage"></div><div id="shot" class="shot"></div><div id="shot-small" class="shot small"></div>` +
  `<script>${js}</script></body></html>`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const p90 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(s.length * 0.9) - 1)] : NaN;
};
const ms = (v) => (Number.isFinite(v) ? v.toFixed(2) : '—');

async function taskMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value * 1000;
}

async function measure(browser, js, charts, mode, rows) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1200, height: 900 });
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  await tab.setContent(page(js), { waitUntil: 'load' });
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable');
  for (const chart of charts) {
    for (const n of chart === 'ring' ? [1] : SIZES) {
      // Enough runs for a steady median on a busy machine; time() stops early past its 8 s budget.
      const runs = n >= 100_000 ? 25 : 31;
      try {
        const { times, builds, renders } = await tab.evaluate(
          (c, k, r) => globalThis.benchCharts.time(c, k, r, 2, 8000),
          chart,
          n,
          runs,
        );
        const frameRuns = Math.min(5, runs);
        const a = await taskMs(cdp);
        await tab.evaluate((c, k, r) => globalThis.benchCharts.frames(c, k, r), chart, n, frameRuns);
        const b = await taskMs(cdp);
        await tab.evaluate((r) => globalThis.benchCharts.idle(r), frameRuns);
        const c = await taskMs(cdp);
        const nodes = await tab.evaluate((ch, k) => globalThis.benchCharts.show(ch, k, 'shot'), chart, n);
        rows.push({
          chart,
          n,
          mode,
          median: median(times),
          p90: p90(times),
          build: median(builds),
          lit: median(renders),
          frame: (b - a - (c - b)) / frameRuns,
          runs: times.length,
          nodes,
        });
      } catch (e) {
        rows.push({ chart, n, mode, error: String(e.message ?? e).split('\n')[0] });
      }
    }
  }
  if (errors.length) console.log(`page errors (${mode}): ${errors.slice(0, 3).join(' | ')}`);
  await tab.close();
}

async function shots(browser, jsOn, jsOff, dir) {
  mkdirSync(dir, { recursive: true });
  const out = [];
  for (const [chart, into] of [
    ['lineChart', 'shot'],
    ['sparkline', 'shot-small'],
  ]) {
    const pngs = {};
    for (const [mode, js] of [
      ['decimated', jsOn],
      ['undecimated', jsOff],
    ]) {
      const tab = await browser.newPage();
      await tab.setViewport({ width: 600, height: 300, deviceScaleFactor: 2 });
      await tab.setContent(page(js), { waitUntil: 'load' });
      await tab.evaluate((c, id) => globalThis.benchCharts.show(c, 100_000, id), chart, into);
      const el = await tab.$(`#${into}`);
      const png = await el.screenshot({ type: 'png' });
      const file = join(dir, `${chart}-100k-${mode}.png`);
      writeFileSync(file, png);
      pngs[mode] = Buffer.from(png).toString('base64');
      out.push(file);
      await tab.close();
    }
    const tab = await browser.newPage();
    const diff = await tab.evaluate(
      async (a, b) => {
        const load = async (b64) => {
          const bmp = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
          const canvas = new OffscreenCanvas(bmp.width, bmp.height);
          const ctx = canvas.getContext('2d');
          ctx.drawImage(bmp, 0, 0);
          return ctx.getImageData(0, 0, bmp.width, bmp.height);
        };
        const [x, y] = [await load(a), await load(b)];
        if (x.width !== y.width || x.height !== y.height) return { size: false };
        let differ = 0;
        let far = 0;
        for (let i = 0; i < x.data.length; i += 4) {
          const d = Math.max(
            Math.abs(x.data[i] - y.data[i]),
            Math.abs(x.data[i + 1] - y.data[i + 1]),
            Math.abs(x.data[i + 2] - y.data[i + 2]),
          );
          if (d > 0) differ++;
          if (d > 64) far++;
        }
        return { size: true, pixels: x.width * x.height, differ, far, width: x.width, height: x.height };
      },
      pngs.decimated,
      pngs.undecimated,
    );
    await tab.close();
    console.log(
      diff.size
        ? `${chart} at 100k, decimated vs undecimated (${diff.width}x${diff.height} device px): ` +
            `${diff.differ} pixels differ at all, ${diff.far} by more than 64/255 of ${diff.pixels}`
        : `${chart}: screenshots differ in size`,
    );
  }
  // A bar chart of each kind with one item focused: its tooltip is the chart's one shared tooltip.
  for (const [chart, index] of [
    ['verticalBars', 20],
    ['stackedBars', 38],
    ['horizontalBars', 3],
  ]) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 600, height: 400, deviceScaleFactor: 2 });
    await tab.setContent(page(jsOn), { waitUntil: 'load' });
    const tooltip = await tab.evaluate(
      (c, i) => {
        globalThis.benchCharts.show(c, 100_000, 'shot');
        const item = document.querySelectorAll('#shot .item')[i];
        item.focus();
        return [...item.querySelectorAll('.tooltip-text')].map((t) => t.textContent).join(' / ');
      },
      chart,
      index,
    );
    // The tooltip fades in over 0.12 s.
    await new Promise((r) => setTimeout(r, 400));
    const file = join(dir, `${chart}-100k-focused.png`);
    writeFileSync(file, await (await tab.$('#shot')).screenshot({ type: 'png' }));
    out.push(file);
    console.log(`${chart} at 100k, item ${index} focused: tooltip "${tooltip}"`);
    await tab.close();
  }
  console.log(`screenshots: ${out.join(', ')}`);
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('bench-charts: no Chromium found (set CHROME_PATH or apt-get install chromium); nothing measured.');
    return;
  }
  const [jsOn, jsOff] = await Promise.all([bundle(true), bundle(false)]);
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    // gc() lets the page collect the garbage of making its data before the clock starts.
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
  });
  try {
    const version = await browser.version();
    const all = [
      'lineChart',
      'sparkline',
      'verticalBars',
      'stackedBars',
      'horizontalBars',
      'bulletBars',
      'waterfall',
      'funnel',
      'ring',
    ];
    const charts = ONLY ? all.filter((c) => ONLY.includes(c)) : all;
    console.log(
      `bench-charts — ${version}, node ${process.version}; ms on the main thread; ` +
        `render = median (p90) of build + render() + layout; frame = busy time per render to a painted frame`,
    );
    const rows = [];
    await measure(browser, jsOn, charts, 'decimated', rows);
    await measure(
      browser,
      jsOff,
      charts.filter((c) => DECIMATING.has(c)),
      'undecimated',
      rows,
    );
    const head = [
      'chart',
      'points',
      'mode',
      'render ms',
      'p90 ms',
      'of which build',
      'render()',
      'frame ms',
      'runs',
      'DOM nodes',
    ];
    const body = rows
      .sort((a, b) => a.chart.localeCompare(b.chart) || a.n - b.n || a.mode.localeCompare(b.mode))
      .map((r) =>
        r.error
          ? [r.chart, r.n.toLocaleString('en-US'), r.mode, `error: ${r.error}`, '', '', '', '', '', '']
          : [
              r.chart,
              r.n.toLocaleString('en-US'),
              r.mode === 'decimated' ? (DECIMATING.has(r.chart) ? 'decimated' : 'as shipped') : 'undecimated',
              ms(r.median),
              ms(r.p90),
              ms(r.build),
              ms(r.lit),
              ms(r.frame),
              String(r.runs),
              String(r.nodes),
            ],
      );
    const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    console.log(line(head));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of body) console.log(line(r));
    const shipped = rows.filter((r) => r.mode === 'decimated' && r.n === 100_000 && !r.error);
    const over = shipped.filter((r) => r.median >= GOAL_MS).map((r) => `${r.chart} ${ms(r.median)} ms`);
    console.log(
      `goal: render under ${GOAL_MS} ms at 100k points, as shipped: ` +
        (over.length ? `missed by ${over.join(', ')}` : `met by all ${shipped.length} charts`),
    );
    if (SHOTS) await shots(browser, jsOn, jsOff, resolve(SHOTS));
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.log(`bench-charts failed: ${e.stack ?? e}`);
});
