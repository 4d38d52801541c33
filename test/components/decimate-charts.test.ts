import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { MAX_ITEMS, MAX_TABLE_ROWS } from '../../src/components/charts/chart.js';
import {
  bulletBars,
  chartStringsZhTW,
  funnel,
  horizontalBars,
  lineChart,
  sparkline,
  stackedBars,
  verticalBars,
  waterfall,
  type ChartValue,
} from '../../src/components/charts/index.js';
import { Decimal } from '../../src/engine/index.js';

const N = 100_000;
const draw = (chart: TemplateResult) => fixture<HTMLDivElement>(html`<div>${chart}</div>`);
const all = (root: Element, selector: string) => [...root.querySelectorAll(selector)];
const nodes = (root: Element) => root.querySelectorAll('*').length;
const rows = (root: Element) => all(root, 'tbody tr').map((r) => all(r, 'th, td').map((c) => c.textContent!.trim()));
/** A wavy series with one spike up and one down, and a run of gaps. */
const wave = (n: number): (number | null)[] =>
  Array.from({ length: n }, (_, i) =>
    i === Math.floor(n * 0.3)
      ? 500
      : i === Math.floor(n * 0.7)
        ? -500
        : i > n * 0.5 && i < n * 0.55
          ? null
          : Math.sin(i / (n / 20)) * 10,
  );
const ys = (d: string) => [...d.matchAll(/[ML][\d.-]+,([\d.-]+)/g)].map((m) => Number(m[1]));

describe('lineChart() with 100,000 points', () => {
  const labels = Array.from({ length: N }, (_, i) => `#${i + 1}`);
  const values = wave(N);
  const opts = { width: 360, height: 160, label: 'Signups', margin: { left: 30, right: 10 } };

  it('draws at most 2 points per unit of plot width, and the spikes', async () => {
    const el = await draw(lineChart([{ key: 'a', label: 'A', points: values }], labels, opts));
    const d = el.querySelector('path.line')!.getAttribute('d')!;
    const points = ys(d);
    expect(points.length).to.be.at.most(2 * 320 + 2);
    // The spikes are the top and bottom of the plot.
    const full = lineChart([{ key: 'a', label: 'A', points: [500, -500] }], ['a', 'b'], opts);
    const ends = ys((await draw(full)).querySelector('path.line')!.getAttribute('d')!);
    expect(Math.min(...points)).to.equal(Math.min(...ends));
    expect(Math.max(...points)).to.equal(Math.max(...ends));
    // The gap stays a gap: two runs.
    expect(d.match(/M/g)).to.have.length(2);
  });

  it('stays within a bounded number of nodes, focus stops and table rows', async () => {
    const el = await draw(
      lineChart(
        [
          { key: 'a', label: 'A', points: values },
          { key: 'b', label: 'B', points: values.map((v) => (v === null ? null : new Decimal(v).plus(3))) },
        ],
        labels,
        opts,
      ),
    );
    expect(nodes(el)).to.be.lessThan(3000);
    expect(all(el, '[tabindex="0"]')).to.have.length(24);
    expect(all(el, 'circle.point')).to.have.length(0);
    expect(all(el, 'text.category').length).to.be.lessThan(40);
    // The table has a row per item: each series' range over the item's columns.
    const table = rows(el);
    expect(table).to.have.length(24);
    // Over #1 to #4167, 10·sin(i / 5000) rises from 0 to 7.4 (B is A + 3).
    expect(table[0]).to.deep.equal(['#1 – #4167', '0 – 7.4', '3 – 10.4']);
    expect(table[23]![0]).to.equal(`#${N - (N % 4167) + 1} – #${N}`);
    await expect(el).to.be.accessible();
  });

  it('groups neighbouring months into one item whose tooltip gives each series’ range', async () => {
    const el = await draw(
      lineChart(
        [{ key: 'a', label: 'A', points: [1, 5, 2, 3, null, null, 4, 4] }],
        ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
        {
          width: 8,
          height: 100,
          label: 'x',
          margin: { left: 0, right: 0, top: 0, bottom: 0 },
        },
      ),
    );
    // 8 columns but at least 24 items are always allowed: no grouping yet.
    expect(all(el, '.item')).to.have.length(8);
    const many = Array.from({ length: 100 }, (_, i) => (i < 4 ? [1, 5, 2, 3][i]! : i < 8 ? null : 7));
    const grouped = await draw(
      lineChart(
        [{ key: 'a', label: 'A', points: many }],
        many.map((_, i) => `m${i}`),
        {
          width: 100,
          height: 100,
          label: 'x',
          margin: { left: 0, right: 0, top: 0, bottom: 0 },
        },
      ),
    );
    const items = all(grouped, '.item');
    // 100 columns in 100 units: at least 24 items (100 / 16 would be 6), of ceil(100 / 24) = 5 columns.
    expect(items).to.have.length(20);
    expect(items.slice(0, 3).map((i) => i.getAttribute('aria-label'))).to.deep.equal([
      'm0 – m4: A: 1 – 5',
      'm5 – m9: A: 7',
      'm10 – m14: A: 7',
    ]);
  });

  it('is unchanged for a short series: every point, every dot', async () => {
    const el = await draw(lineChart([{ key: 'a', label: 'A', points: [1, 2, 3, 4] }], ['a', 'b', 'c', 'd'], opts));
    expect(ys(el.querySelector('path.line')!.getAttribute('d')!)).to.have.length(4);
    expect(all(el, 'circle.point')).to.have.length(4);
  });
});

describe('sparkline() with 100,000 points', () => {
  it('draws at most 2 points per unit of width, keeping the lowest and highest', async () => {
    const values: ChartValue[] = wave(N);
    const el = await draw(sparkline(values, { width: 120, height: 32, label: 'Trend' }));
    const line = el.querySelector('.sparkline-line')!.getAttribute('d')!;
    const points = ys(line);
    expect(points.length).to.be.at.most(2 * 120 + 2);
    // 500 is drawn at the top pad (y = 2) and -500 at the bottom (32 - 2).
    expect(Math.min(...points)).to.equal(2);
    expect(Math.max(...points)).to.equal(30);
  });
});

describe('category charts with 100,000 items', () => {
  const many = Array.from({ length: N }, (_, i) => i);

  it('horizontalBars draws MAX_ITEMS rows, the last one "Other (N more)" without a bar that does not activate', async () => {
    const calls: string[] = [];
    const el = await draw(
      horizontalBars(
        many.map((i) => ({ key: `k${i}`, label: `Rep ${i}`, value: i, display: `$${i}` })),
        { width: 320, height: 100_000, label: 'Sales per rep', onSelect: (key) => calls.push(key) },
      ),
    );
    const items = all(el, '.item') as SVGGElement[];
    expect(items).to.have.length(MAX_ITEMS);
    expect(all(el, 'rect.bar')).to.have.length(MAX_ITEMS - 1);
    const other = items[MAX_ITEMS - 1]!;
    expect(other.getAttribute('aria-label')).to.equal(`Other (${N - MAX_ITEMS + 1} more), —`);
    expect(other.getAttribute('role')).to.equal('img');
    other.focus();
    await sendKeys({ press: 'Enter' });
    other.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    items[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(calls).to.deep.equal(['k0']);
    expect(rows(el)).to.have.length(MAX_TABLE_ROWS + 1);
    expect(nodes(el)).to.be.lessThan(2000);
    await expect(el).to.be.accessible();
  });

  it('horizontalBars fits rows of at least a label line (16 units) into a short chart, and speaks zh-TW', async () => {
    const el = await draw(
      horizontalBars(
        many.slice(0, 30).map((i) => ({ key: `k${i}`, label: `R${i}`, value: i + 1, display: `${i + 1}` })),
        { width: 320, height: 160, label: 'x', strings: chartStringsZhTW },
      ),
    );
    const items = all(el, '.item');
    expect(items).to.have.length(10);
    expect(items[9]!.getAttribute('aria-label')).to.equal('其他（另 21 項），—');
  });

  it('verticalBars and stackedBars keep the latest columns and fold the earliest into "N earlier"', async () => {
    const el = await draw(
      verticalBars(
        many.map((i) => ({ key: `k${i}`, label: `M${i}`, value: i, display: `${i}` })),
        { width: 120, height: 100, label: 'Won', highlightLast: true },
      ),
    );
    const labels = all(el, '.item').map((i) => i.getAttribute('aria-label'));
    expect(labels).to.have.length(30);
    expect(labels[0]).to.equal(`${N - 29} earlier, —`);
    expect(labels[29]).to.equal(`M${N - 1}, ${N - 1}`);
    expect(el.querySelector('.highlight-value')!.textContent).to.equal(`${N - 1}`);
    expect(nodes(el)).to.be.lessThan(1000);

    const stacked = await draw(
      stackedBars(
        many.map((i) => ({ key: `k${i}`, label: `M${i}`, segments: [{ series: 's', value: 1, display: '1' }] })),
        [{ key: 's', label: 'SEO' }],
        { width: 320, height: 100, label: 'Leads' },
      ),
    );
    expect(all(stacked, '.item')).to.have.length(MAX_ITEMS);
    expect(all(stacked, 'rect.segment')).to.have.length(MAX_ITEMS - 1);
    expect(rows(stacked)[0]).to.deep.equal(['M0', '1', '1']);
    expect(nodes(stacked)).to.be.lessThan(2000);
  });

  it('horizontalBars has a note column when a row its table shows has a note', async () => {
    const bars = (noteAt: number) =>
      horizontalBars(
        many.map((i) => ({
          key: `k${i}`,
          label: `R${i}`,
          value: i === noteAt ? null : 1,
          display: '1',
          ...(i === noteAt ? { note: 'no quota' } : {}),
        })),
        { width: 320, height: 400, label: 'Reps' },
      );
    const last = await draw(bars(N - 1));
    expect(all(last, 'thead th').map((th) => th.textContent)).to.deep.equal(['Item', 'Value', 'Note']);
    expect(rows(last).at(-1)).to.deep.equal([`R${N - 1}`, '—', 'no quota']);
    // Row 50,000 is neither drawn nor in the table: nothing would show its note.
    const middle = await draw(bars(N / 2));
    expect(all(middle, 'thead th').map((th) => th.textContent)).to.deep.equal(['Item', 'Value']);
  });

  it('stackedBars names the unnamed series of the columns it draws or tabulates, in their order', async () => {
    // Column 0 is only in the table, the last is drawn, 50,000 is neither (its series would name nothing).
    const segments = (i: number) =>
      i === 0
        ? [{ series: 'early', value: 1, display: '1' }]
        : i === N / 2
          ? [{ series: 'hidden', value: 1, display: '1' }]
          : i === N - 1
            ? [
                { series: 'late', value: 2, display: '2' },
                { series: 's', value: 1, display: '1' },
              ]
            : [{ series: 's', value: 1, display: '1' }];
    const el = await draw(
      stackedBars(
        many.map((i) => ({ key: `k${i}`, label: `M${i}`, segments: segments(i) })),
        [{ key: 's', label: 'SEO' }],
        { width: 320, height: 100, label: 'Leads' },
      ),
    );
    expect(all(el, '[part~="legend"] li').map((li) => li.textContent!.trim())).to.deep.equal(['SEO', 'early', 'late']);
    expect(all(el, 'thead th').map((th) => th.textContent)).to.deep.equal(['Item', 'SEO', 'early', 'late', 'Total']);
    expect(rows(el)[0]).to.deep.equal(['M0', '—', '1', '—', '1']);
    expect(rows(el).at(-1)).to.deep.equal([`M${N - 1}`, '1', '—', '2', '3']);
    // SEO at the bottom, then "late" (series 3) on top of it.
    expect(
      all(el, 'rect.segment')
        .slice(-2)
        .map((r) => r.getAttribute('class')),
    ).to.deep.equal(['bar segment series-1', 'bar segment series-3']);
  });

  it('waterfall folds the middle steps into one net movement, so the bridge still ends at its total', async () => {
    const steps = [
      { key: 'start', label: 'Start', value: 1000, display: '1,000', kind: 'total' as const },
      ...many.map((i) => ({
        key: `m${i}`,
        label: `m${i}`,
        value: i % 2 === 0 ? 3 : 1,
        display: '',
        kind: i % 2 === 0 ? ('up' as const) : ('down' as const),
      })),
      { key: 'end', label: 'End', value: 1000 + N, display: '101,000', kind: 'total' as const },
    ];
    const el = await draw(waterfall(steps, { width: 120, height: 160, label: 'MRR', format: (v) => String(v) }));
    const labels = all(el, '.item').map((i) => i.getAttribute('aria-label'));
    expect(labels).to.have.length(20);
    // Start, 17 movements (9 up by 3, 8 down by 1: +19), then the other 99,983 net +99,981.
    expect(labels[18]).to.equal(`Other (${N - 17} more), +${N - 19}`);
    expect(labels[19]).to.equal('End, 101,000');
    const bars = all(el, 'rect.bar');
    const other = bars[18]!;
    const end = bars[19]!;
    // The net step rises to exactly the level of the end total.
    expect(Number(other.getAttribute('y'))).to.equal(Number(end.getAttribute('y')));
  });

  it('bulletBars and funnel end in "Other (N more)" and cap their tables', async () => {
    const bullets = await draw(
      bulletBars(
        many.map((i) => ({ key: `k${i}`, label: `R${i}`, actual: i, target: 10, display: `${i}` })),
        { width: 320, height: 100_000, label: 'Quota' },
      ),
    );
    expect(all(bullets, '.item')).to.have.length(MAX_ITEMS);
    expect(all(bullets, '.item').at(-1)!.getAttribute('aria-label')).to.equal(
      `Other (${N - MAX_ITEMS + 1} more), —, Target —`,
    );
    expect(rows(bullets)).to.have.length(MAX_TABLE_ROWS + 1);

    const steps = await draw(
      funnel(
        many.map((i) => ({ key: `k${i}`, label: `S${i}`, value: N - i, display: `${N - i}` })),
        { width: 320, height: 220, label: 'Funnel' },
      ),
    );
    expect(all(steps, '.item')).to.have.length(10);
    expect(all(steps, 'rect.bar')).to.have.length(9);
    expect(rows(steps)[MAX_TABLE_ROWS / 2]).to.deep.equal([`${N - MAX_TABLE_ROWS} more rows not shown`]);
  });
});
