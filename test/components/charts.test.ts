import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import {
  bulletBars,
  chartStringsZhTW,
  chartStyles,
  dataTable,
  funnel,
  horizontalBars,
  lineChart,
  ring,
  stackedBars,
  verticalBars,
  waterfall,
  type ChartValue,
} from '../../src/components/charts/index.js';
import { Decimal } from '../../src/engine/index.js';

// The charts are styled by chartStyles in a widget's shadow root; here the document adopts them, so
// that tooltips, hidden tables and colours behave (and axe judges them) as they do in a widget.
before(() => {
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, chartStyles.styleSheet!];
});

const XSS = '<img src=x onerror=alert(1)>';

const draw = (chart: TemplateResult) => fixture<HTMLDivElement>(html`<div>${chart}</div>`);
const all = (root: Element, selector: string) => [...root.querySelectorAll(selector)];
const num = (el: Element | undefined, name: string) => Number(el!.getAttribute(name));
const geometry = (el: Element) => ['x', 'y', 'width', 'height'].map((a) => num(el, a));
const picture = (root: Element) => root.querySelector('svg[role="img"]')!;
const items = (root: Element) => all(root, '.item') as SVGGElement[];
/** The chart's tooltips (there is one at most, in the focused or hovered item) and the lines of the first. */
const tips = (root: Element) => all(root, '[part~="tooltip"]');
const tipText = (root: Element) => all(tips(root)[0]!, '.tooltip-text').map((t) => t.textContent);
/** The hidden table as text: caption, header row, then one array per body row. */
const table = (root: Element) => {
  const t = root.querySelector('table')!;
  return {
    caption: t.caption!.textContent,
    head: all(t, 'thead th').map((c) => c.textContent),
    rows: all(t, 'tbody tr').map((r) => all(r, 'th, td').map((c) => c.textContent)),
  };
};
/** Records onSelect calls. */
const selections = () => {
  const calls: [string, ChartValue][] = [];
  return { calls, onSelect: (key: string, value: ChartValue) => calls.push([key, value]) };
};

describe('horizontalBars()', () => {
  const cac = (onSelect?: (key: string, value: ChartValue) => void) =>
    horizontalBars(
      [
        { key: 'paid', label: 'Paid search', value: 100, display: '$100.00' },
        { key: 'seo', label: 'SEO', value: new Decimal('50'), display: '$50.00' },
        { key: 'events', label: 'Events', value: null, display: '—', note: 'no new customers' },
      ],
      {
        width: 300,
        height: 90,
        label: 'CAC by channel',
        margin: { top: 0, bottom: 0, left: 100, right: 50 },
        strings: { category: 'Channel', value: 'CAC' },
        onSelect,
      },
    );

  it('draws one bar per value, its length proportional to the value (a Decimal too), in rows of equal height', async () => {
    const el = await draw(cac());
    const bars = all(el, '[part~="bar"]');
    expect(bars).to.have.length(2);
    // The plot runs from x = 100 to x = 300 - 50 = 250 for 0..100; rows: step 90 / (3 - 0.3 + 0.3) = 30,
    // bar 30 × 0.7 = 21 high, the first starting 30 × 0.15 = 4.5 down.
    expect(geometry(bars[0]!)).to.deep.equal([100, 4.5, 150, 21]);
    expect(geometry(bars[1]!)).to.deep.equal([100, 34.5, 75, 21]);
    expect(all(el, 'text.value').map((t) => [t.textContent, num(t, 'x')])).to.deep.equal([
      ['$100.00', 256],
      ['$50.00', 181],
      ['— no new customers', 106],
    ]);
  });

  it('draws a null value as "—" with its note and no bar', async () => {
    const el = await draw(cac());
    const empty = el.querySelector('text.value.empty')!;
    expect(empty.textContent).to.equal('— no new customers');
    expect(empty.querySelector('.note')!.textContent).to.equal('no new customers');
    expect(items(el)[2]!.getAttribute('aria-label')).to.equal('Events, — no new customers');
    expect(all(el, 'rect.bar')).to.have.length(2);
  });

  it('names the picture with a summary and lists every item in the hidden table, notes in their own column', async () => {
    const el = await draw(cac());
    expect(picture(el).getAttribute('aria-label')).to.equal(
      'CAC by channel: Paid search $100.00, SEO $50.00, Events — no new customers',
    );
    expect(table(el)).to.deep.equal({
      caption: 'CAC by channel',
      head: ['Channel', 'CAC', 'Note'],
      rows: [
        ['Paid search', '$100.00', ''],
        ['SEO', '$50.00', ''],
        ['Events', '—', 'no new customers'],
      ],
    });
    expect(el.querySelector('table')!.parentElement!.classList.contains('visually-hidden')).to.equal(true);
    expect(getComputedStyle(el.querySelector('table')!.parentElement!).position).to.equal('absolute');
  });

  it('draws the reference line at its value with its label, and counts it in the scale', async () => {
    const el = await draw(
      horizontalBars(
        [
          { key: 'ana', label: 'Ana', value: 100, display: '$100.00' },
          { key: 'bo', label: 'Bo', value: 50, display: '$50.00' },
        ],
        {
          width: 300,
          height: 80,
          label: 'Sales per rep',
          reference: { value: 75, label: 'Team average', display: '$75.00' },
          margin: { top: 20, bottom: 0, left: 100, right: 50 },
        },
      ),
    );
    const line = el.querySelector('line.reference')!;
    // 100 + 75 / 100 × 150
    expect([num(line, 'x1'), num(line, 'x2')]).to.deep.equal([212.5, 212.5]);
    expect(el.querySelector('.reference-label')!.textContent).to.equal('Team average $75.00');
    expect(picture(el).getAttribute('aria-label')).to.equal(
      'Sales per rep: Ana $100.00, Bo $50.00, Team average $75.00',
    );
  });

  it('activates an item with Enter, Space and click, passing its key and value (a Decimal stays one)', async () => {
    const { calls, onSelect } = selections();
    const el = await draw(cac(onSelect));
    const [paid, seo, events] = items(el);
    expect(seo!.getAttribute('role')).to.equal('button');
    expect(seo!.getAttribute('tabindex')).to.equal('0');
    expect(seo!.getAttribute('aria-label')).to.equal('SEO, $50.00');
    seo!.focus();
    await sendKeys({ press: 'Enter' });
    events!.focus();
    await sendKeys({ press: 'Space' });
    paid!.querySelector('.hit')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(calls.map(([k, v]) => [k, v === null ? null : String(v)])).to.deep.equal([
      ['seo', '50'],
      ['events', null],
      ['paid', '100'],
    ]);
    expect(calls[0]![1]).to.be.instanceOf(Decimal);
  });

  it('has no tooltip until an item takes focus, then one (part "tooltip") in that item; no <title> per item', async () => {
    const el = await draw(cac(() => {}));
    const [paid, seo, events] = items(el);
    expect(tips(el)).to.have.length(0);
    expect(items(el).map((g) => g.getAttribute('aria-label'))).to.deep.equal([
      'Paid search, $100.00',
      'SEO, $50.00',
      'Events, — no new customers',
    ]);
    // A <title> would be a second tooltip on hover, drawn by the browser for every item.
    expect(el.querySelector('.chart-items title')).to.equal(null);
    seo!.focus();
    expect(tips(el).map((t) => t.parentNode)).to.deep.equal([seo]);
    expect(getComputedStyle(tips(el)[0]!).visibility).to.equal('visible');
    expect(tipText(el)).to.deep.equal(['SEO', '$50.00']);
    events!.focus();
    expect(tips(el).map((t) => t.parentNode)).to.deep.equal([events]);
    expect(tipText(el)).to.deep.equal(['Events', '— no new customers']);
    paid!.focus();
    expect(tips(el).map((t) => t.parentNode)).to.deep.equal([paid]);
    expect(tipText(el)).to.deep.equal(['Paid search', '$100.00']);
    await expect(el).to.be.accessible();
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      paid!.blur();
      expect(getComputedStyle(tips(el)[0]!).visibility).to.equal('hidden');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('shows the tooltip of the hovered item, then of the focused one again when the pointer leaves', async () => {
    const el = await draw(cac(() => {}));
    const [paid, seo] = items(el);
    paid!.focus();
    const box = seo!.querySelector('.hit')!.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    try {
      expect(tips(el).map((t) => t.parentNode)).to.deep.equal([seo]);
      expect(getComputedStyle(tips(el)[0]!).visibility).to.equal('visible');
      expect(tipText(el)).to.deep.equal(['SEO', '$50.00']);
    } finally {
      await sendMouse({ type: 'move', position: [Math.round(box.right + 400), Math.round(box.bottom + 400)] });
    }
    expect(tips(el).map((t) => t.parentNode)).to.deep.equal([paid]);
    expect(tipText(el)).to.deep.equal(['Paid search', '$100.00']);
  });

  it('places the tooltip with an SVG transform (no style attribute), above its bar, inside the picture', async () => {
    const el = await draw(cac());
    items(el)[1]!.focus();
    const tip = tips(el)[0]!;
    expect(el.querySelector('[style]')).to.equal(null);
    // Rows start at 30 × 0.15 = 4.5 + 30 = 34.5: a 2-line box (2 × 15 + 12 − 3 = 39 high) does not fit
    // above, so it goes under the bar (34.5 + 21 + 6 = 61.5), clamped to 90 − 39 = 51. Its width is
    // "SEO" in bold or "$50.00", plus padding, centred on the bar (100 to 175) and kept inside 300.
    const [, x, y] = /^translate\(([-\d.]+) ([-\d.]+)\)$/.exec(tip.getAttribute('transform')!)!.map(Number);
    const w = num(tip.querySelector('.tooltip-box')!, 'width');
    expect([y, num(tip.querySelector('.tooltip-box')!, 'height')]).to.deep.equal([51, 39]);
    expect(x! + w / 2).to.be.closeTo(137.5, 0.01);
  });

  it('rewrites a showing tooltip when the chart is drawn again with new data, and drops it with its item', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const bars = (values: number[]) =>
      horizontalBars(
        values.map((v, i) => ({ key: `k${i}`, label: `M${i}`, value: v, display: `$${v}` })),
        { width: 200, height: 100, label: 'Sales' },
      );
    render(bars([1, 2, 3]), box);
    items(box)[2]!.focus();
    expect(tipText(box)).to.deep.equal(['M2', '$3']);
    render(bars([1, 2, 30]), box);
    expect(tips(box).map((t) => t.parentNode)).to.deep.equal([items(box)[2]]);
    expect(tipText(box)).to.deep.equal(['M2', '$30']);
    render(bars([1, 2]), box);
    expect(tips(box)).to.have.length(0);
    items(box)[0]!.focus();
    expect(tipText(box)).to.deep.equal(['M0', '$1']);
  });

  it('renders data strings as text, never as markup', async () => {
    const el = await draw(
      horizontalBars(
        [
          { key: XSS, label: XSS, value: 1, display: XSS },
          { key: 'b', label: 'B', value: null, display: '—', note: XSS },
        ],
        { width: 600, height: 80, label: XSS, summary: XSS },
      ),
    );
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('text.category')!.textContent).to.equal(XSS);
    expect(el.querySelector('text.value')!.textContent).to.equal(XSS);
    expect(el.querySelector('.note')!.textContent).to.equal(XSS);
    expect(el.querySelector('.item')!.getAttribute('aria-label')).to.equal(`${XSS}, ${XSS}`);
    expect(picture(el).getAttribute('aria-label')).to.equal(XSS);
    expect(table(el).caption).to.equal(XSS);
    expect(table(el).rows).to.deep.equal([
      [XSS, XSS, ''],
      ['B', '—', XSS],
    ]);
  });

  it('uses the words it is given (zh-TW)', async () => {
    const el = await draw(
      horizontalBars(
        [
          { key: 'a', label: '付費搜尋', value: 2, display: 'US$2.00' },
          { key: 'b', label: '活動', value: null, display: '—', note: '本月無新客戶' },
        ],
        { width: 300, height: 60, label: '各通路 CAC', strings: chartStringsZhTW },
      ),
    );
    expect(picture(el).getAttribute('aria-label')).to.equal('各通路 CAC：付費搜尋 US$2.00，活動 — 本月無新客戶');
    expect(table(el).head).to.deep.equal(['項目', '數值', '備註']);
  });
});

describe('verticalBars()', () => {
  const months = (opts: Partial<Parameters<typeof verticalBars>[1]> = {}) =>
    verticalBars(
      [
        { key: '2024-02', label: 'Feb', value: 40, display: '$40' },
        { key: '2024-03', label: 'Mar', value: -20, display: '−$20' },
        { key: '2024-04', label: 'Apr', value: null, display: '—' },
        { key: '2024-05', label: 'May', value: 80, display: '$80' },
      ],
      {
        width: 240,
        height: 130,
        label: 'Expansion MRR',
        margin: { top: 10, bottom: 20, left: 40, right: 0 },
        format: (v) => `$${v}`,
        ...opts,
      },
    );

  it('draws bars up from the zero baseline and negative values below it, heights proportional to values', async () => {
    const el = await draw(months());
    // Domain -20..80 (already round) onto y 110..10: one unit per pixel, zero at y = 90.
    expect(num(el.querySelector('line.baseline')!, 'y1')).to.equal(90);
    const bars = all(el, '[part~="bar"]');
    expect(bars).to.have.length(3);
    expect(bars.map((b) => [num(b, 'y'), num(b, 'height')])).to.deep.equal([
      [50, 40],
      [90, 20],
      [10, 80],
    ]);
    // Columns: step 200 / (4 - 0.25 + 0.25) = 50, bar 37.5 wide, the first at 40 + 6.25.
    expect(bars.map((b) => [num(b, 'x'), num(b, 'width')])).to.deep.equal([
      [46.25, 37.5],
      [96.25, 37.5],
      [196.25, 37.5],
    ]);
    expect(all(el, 'text.tick').map((t) => t.textContent)).to.deep.equal(['$-20', '$0', '$20', '$40', '$60', '$80']);
  });

  it('draws a null month as "—" on the baseline, with no bar', async () => {
    const el = await draw(months());
    const empty = el.querySelector('text.value.empty')!;
    expect(empty.textContent).to.equal('—');
    expect([num(empty, 'x'), num(empty, 'y')]).to.deep.equal([165, 86]);
  });

  it('highlights the last bar and writes its value above it', async () => {
    const el = await draw(months({ highlightLast: true }));
    expect(all(el, 'rect.bar').map((b) => b.getAttribute('class'))).to.deep.equal([
      'bar series-1 dim',
      'bar series-1 dim',
      'bar series-1 highlight',
    ]);
    const label = el.querySelector('.highlight-value')!;
    expect([label.textContent, num(label, 'y')]).to.deep.equal(['$80', 6]);
  });

  it('summarises, tabulates and activates its months', async () => {
    const { calls, onSelect } = selections();
    const el = await draw(months({ onSelect }));
    expect(picture(el).getAttribute('aria-label')).to.equal('Expansion MRR: Feb $40, Mar −$20, Apr —, May $80');
    expect(table(el).rows).to.deep.equal([
      ['Feb', '$40'],
      ['Mar', '−$20'],
      ['Apr', '—'],
      ['May', '$80'],
    ]);
    items(el)[1]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(calls).to.deep.equal([['2024-03', -20]]);
  });
});

describe('stackedBars()', () => {
  const leads = (onSelect?: (key: string, value: ChartValue) => void) =>
    stackedBars(
      [
        {
          key: '2024-04',
          label: 'Apr',
          segments: [
            { series: 'paid', value: 30, display: '30' },
            { series: 'seo', value: 10, display: '10' },
          ],
        },
        { key: '2024-05', label: 'May', segments: [{ series: 'seo', value: 20, display: '20' }] },
      ],
      [
        { key: 'seo', label: 'SEO' },
        { key: 'paid', label: 'Paid search' },
      ],
      { width: 230, height: 120, label: 'New leads', margin: { top: 0, bottom: 20, left: 30, right: 0 }, onSelect },
    );

  it('stacks segments in series order from zero, heights proportional to values', async () => {
    const el = await draw(leads());
    // Domain 0..40 onto y 100..0: 2.5 px per lead.
    const bars = all(el, '[part~="bar"]');
    expect(bars.map((b) => [b.getAttribute('class'), num(b, 'y'), num(b, 'height')])).to.deep.equal([
      ['bar segment series-1', 75, 25],
      ['bar segment series-2', 0, 75],
      ['bar segment series-1', 50, 50],
    ]);
  });

  it('has a legend (part "legend") naming each series', async () => {
    const el = await draw(leads());
    const legend = el.querySelector('[part~="legend"]')!;
    expect(
      all(legend, 'li').map((li) => [li.className.includes('series-1') ? 1 : 2, li.textContent!.trim()]),
    ).to.deep.equal([
      [1, 'SEO'],
      [2, 'Paid search'],
    ]);
  });

  it('tabulates segments and totals, "—" for a missing segment, and activates a column with its total', async () => {
    const { calls, onSelect } = selections();
    const el = await draw(leads(onSelect));
    expect(table(el)).to.deep.equal({
      caption: 'New leads',
      head: ['Item', 'SEO', 'Paid search', 'Total'],
      rows: [
        ['Apr', '10', '30', '40'],
        ['May', '20', '—', '20'],
      ],
    });
    expect(picture(el).getAttribute('aria-label')).to.equal('New leads: Apr 40, May 20');
    const apr = items(el)[0]!;
    expect(apr.getAttribute('aria-label')).to.equal('Apr: SEO 10, Paid search 30, Total 40');
    apr.focus();
    expect(all(apr, '.tooltip-text').map((t) => t.textContent)).to.deep.equal([
      'Apr',
      'SEO: 10',
      'Paid search: 30',
      'Total: 40',
    ]);
    await sendKeys({ press: 'Enter' });
    expect(calls).to.deep.equal([['2024-04', 40]]);
  });
});

describe('waterfall()', () => {
  const steps = (down: number) =>
    [
      { key: 'start', label: 'Start', value: 100, display: '$100', kind: 'total' },
      { key: 'new', label: 'New', value: 30, display: '+$30', kind: 'up' },
      { key: 'churn', label: 'Churn', value: down, display: '−$20', kind: 'down' },
      { key: 'end', label: 'End', value: 110, display: '$110', kind: 'total' },
    ] as const;
  const opts = { width: 400, height: 130, label: 'MRR movements', zero: true, margin: { top: 0, bottom: 0 } };

  it('stands totals on zero, raises up-steps and lowers down-steps from the running level', async () => {
    const el = await draw(waterfall(steps(20), opts));
    // Levels 0..130 onto y 130..0: one unit per pixel.
    const bars = all(el, '[part~="bar"]');
    expect(bars.map((b) => [b.getAttribute('class'), num(b, 'y'), num(b, 'height')])).to.deep.equal([
      ['bar total', 30, 100],
      ['bar up', 0, 30],
      ['bar down', 0, 20],
      ['bar total', 20, 110],
    ]);
  });

  it('joins steps with connectors at each running level; the sign of a down-step does not matter', async () => {
    const a = await draw(waterfall(steps(20), opts));
    const b = await draw(waterfall(steps(-20), opts));
    const connectors = (el: Element) => all(el, 'line.connector').map((l) => [num(l, 'y1'), num(l, 'y2')]);
    expect(connectors(a)).to.deep.equal([
      [30, 30],
      [0, 0],
      [20, 20],
    ]);
    expect(all(b, 'rect.bar').map(geometry)).to.deep.equal(all(a, 'rect.bar').map(geometry));
  });

  it('starts the axis near the lowest level when movements are small against the totals, and marks the cut', async () => {
    const el = await draw(
      waterfall(
        [
          { key: 'start', label: 'Start', value: 1000, display: '$1,000', kind: 'total' },
          { key: 'new', label: 'New', value: 50, display: '+$50', kind: 'up' },
          { key: 'churn', label: 'Churn', value: 30, display: '−$30', kind: 'down' },
          { key: 'end', label: 'End', value: 1020, display: '$1,020', kind: 'total' },
        ],
        { width: 400, height: 175, label: 'MRR movements', margin: { top: 0, bottom: 0 } },
      ),
    );
    // Levels 1000..1050, floor 1000 - 0.75 × 50 = 962.5: 87.5 units onto 175 px, 2 px each.
    expect(all(el, 'rect.bar').map((b) => num(b, 'height'))).to.deep.equal([75, 100, 60, 115]);
    expect(all(el, 'path.break')).to.have.length(2);
  });

  it('summarises, tabulates and activates its steps', async () => {
    const { calls, onSelect } = selections();
    const el = await draw(waterfall(steps(20), { ...opts, onSelect }));
    expect(picture(el).getAttribute('aria-label')).to.equal(
      'MRR movements: Start $100, New +$30, Churn −$20, End $110',
    );
    expect(table(el).rows).to.deep.equal([
      ['Start', '$100'],
      ['New', '+$30'],
      ['Churn', '−$20'],
      ['End', '$110'],
    ]);
    expect(all(el, 'text.value').map((t) => t.textContent)).to.deep.equal(['$100', '+$30', '−$20', '$110']);
    items(el)[2]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(calls).to.deep.equal([['churn', 20]]);
  });
});

describe('funnel()', () => {
  const steps = [
    { key: 'leads', label: 'Leads', value: 200, display: '200' },
    { key: 'opps', label: 'Opportunities', value: 100, display: '100', conversion: '50%' },
    { key: 'won', label: 'Won', value: 25, display: '25', conversion: '25%' },
  ];

  it('centres bars whose widths are proportional to values, with the conversion between steps', async () => {
    const el = await draw(
      funnel(steps, { width: 300, height: 140, label: 'Funnel', margin: { left: 100, right: 50 } }),
    );
    // Plot 100..250, centre 175: widths 150, 75, 18.75.
    expect(all(el, '[part~="bar"]').map((b) => [num(b, 'x'), num(b, 'width')])).to.deep.equal([
      [100, 150],
      [137.5, 75],
      [165.63, 18.75],
    ]);
    expect(all(el, 'text.conversion').map((t) => t.textContent)).to.deep.equal(['↓ 50%', '↓ 25%']);
    expect(all(el, 'path.funnel-band')).to.have.length(2);
  });

  it('summarises, tabulates and activates its steps', async () => {
    const { calls, onSelect } = selections();
    const el = await draw(funnel(steps, { width: 300, height: 140, label: 'Funnel', onSelect }));
    expect(picture(el).getAttribute('aria-label')).to.equal('Funnel: Leads 200, Opportunities 100 (50%), Won 25 (25%)');
    expect(table(el)).to.deep.equal({
      caption: 'Funnel',
      head: ['Item', 'Value', 'Conversion'],
      rows: [
        ['Leads', '200', ''],
        ['Opportunities', '100', '50%'],
        ['Won', '25', '25%'],
      ],
    });
    expect(items(el).map((i) => i.getAttribute('aria-label'))).to.deep.equal([
      'Leads, 200',
      'Opportunities, 100 (50%)',
      'Won, 25 (25%)',
    ]);
    items(el)[1]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(calls).to.deep.equal([['opps', 100]]);
  });
});

describe('ring()', () => {
  const opts = { width: 100, height: 100, label: 'Win rate', centerText: '25%' };

  it('fills a quarter of the ring for 0.25, clockwise from the top', async () => {
    const el = await draw(ring(0.25, opts));
    // Outer radius 50 - 2 = 48, thickness max(6, 48 × 0.2) = 9.6.
    expect(el.querySelector('.ring-value')!.getAttribute('d')).to.equal(
      'M0,-48A48,48,0,0,1,48,0L38.4,0A38.4,38.4,0,0,0,0,-38.4Z',
    );
    expect(el.querySelector('.ring-text')!.textContent).to.equal('25%');
    expect(picture(el).getAttribute('aria-label')).to.equal('Win rate: 25%');
    expect(table(el).rows).to.deep.equal([['Win rate', '25%']]);
  });

  it('clamps the drawing to 0..1 and draws only the track for null', async () => {
    const full = await draw(ring(1, opts));
    const over = await draw(ring(new Decimal('1.4'), { ...opts, centerText: '140%' }));
    const none = await draw(ring(null, { ...opts, centerText: '—', centerSubtext: 'no deals closed' }));
    expect(over.querySelector('.ring-value')!.getAttribute('d')).to.equal(
      full.querySelector('.ring-value')!.getAttribute('d'),
    );
    expect(over.querySelector('.ring-text')!.textContent).to.equal('140%');
    expect(none.querySelector('.ring-value')).to.equal(null);
    expect(none.querySelector('.ring-track')).not.to.equal(null);
    expect(picture(none).getAttribute('aria-label')).to.equal('Win rate: —, no deals closed');
  });
});

describe('bulletBars()', () => {
  const reps = (onSelect?: (key: string, value: ChartValue) => void) =>
    bulletBars(
      [
        { key: 'ana', label: 'Ana', actual: 50, target: 100, display: '50%' },
        { key: 'bo', label: 'Bo', actual: 120, target: 100, display: '120%', targetDisplay: '$100' },
        { key: 'cy', label: 'Cy', actual: null, target: 80, display: '—' },
      ],
      {
        width: 300,
        height: 90,
        label: 'Quota attainment',
        format: (v) => `$${v}`,
        strings: { target: 'Quota' },
        margin: { top: 0, bottom: 0, left: 100, right: 50 },
        onSelect,
      },
    );

  it('draws the actual as a bar, the target as a marker over a track to it, on one scale', async () => {
    const el = await draw(reps());
    // 0..120 onto 100..250: 1.25 px per unit.
    const bars = all(el, '[part~="bar"]');
    expect(bars.map((b) => [b.getAttribute('class'), num(b, 'x'), num(b, 'width')])).to.deep.equal([
      ['bar series-1', 100, 62.5],
      ['bar series-1 met', 100, 150],
    ]);
    expect(all(el, 'line.target-marker').map((l) => num(l, 'x1'))).to.deep.equal([225, 225, 200]);
    expect(all(el, 'rect.track').map((t) => num(t, 'width'))).to.deep.equal([125, 125, 100]);
    expect(all(el, 'text.value').map((t) => t.textContent)).to.deep.equal(['50%', '120%', '—']);
  });

  it('explains bar and marker in a legend, tabulates actual and target, and activates a rep', async () => {
    const { calls, onSelect } = selections();
    const el = await draw(reps(onSelect));
    expect(all(el, '[part~="legend"] li').map((li) => li.textContent!.trim())).to.deep.equal(['Actual', 'Quota']);
    expect(table(el)).to.deep.equal({
      caption: 'Quota attainment',
      head: ['Item', 'Actual', 'Quota'],
      rows: [
        ['Ana', '50%', '$100'],
        ['Bo', '120%', '$100'],
        ['Cy', '—', '$80'],
      ],
    });
    expect(items(el)[0]!.getAttribute('aria-label')).to.equal('Ana, 50%, Quota $100');
    items(el)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(calls).to.deep.equal([['ana', 50]]);
  });
});

describe('lineChart()', () => {
  const chart = () =>
    lineChart(
      [
        { key: 'a', label: 'A', points: [1, null, 3] },
        { key: 'b', label: 'B', points: [2, 2, new Decimal(2)] },
      ],
      ['Mar', 'Apr', 'May'],
      { width: 300, height: 100, label: 'Retention', margin: { top: 0, bottom: 0, left: 0, right: 0 } },
    );

  it('draws each series as a line with a gap at null, and a dot on every value', async () => {
    const el = await draw(chart());
    // y: 1..3 onto 100..0; x: centres of three 100-wide columns.
    expect(all(el, 'path.line').map((p) => p.getAttribute('d'))).to.deep.equal([
      'M50,100ZM250,0Z',
      'M50,50L150,50L250,50',
    ]);
    expect(all(el, 'circle.point')).to.have.length(5);
    expect(all(el, '.series').map((g) => g.getAttribute('class'))).to.deep.equal([
      'series series-1',
      'series series-2',
    ]);
  });

  it('summarises first to last value, tabulates by month, and has a legend', async () => {
    const el = await draw(chart());
    expect(picture(el).getAttribute('aria-label')).to.equal('Retention: A 1 → 3, B 2 → 2');
    expect(table(el)).to.deep.equal({
      caption: 'Retention',
      head: ['Item', 'A', 'B'],
      rows: [
        ['Mar', '1', '2'],
        ['Apr', '—', '2'],
        ['May', '3', '2'],
      ],
    });
    expect(all(el, '[part~="legend"] li').map((li) => li.textContent!.trim())).to.deep.equal(['A', 'B']);
  });

  it('makes each month a focusable graphic (not a button) whose tooltip lists every series', async () => {
    const el = await draw(chart());
    const apr = items(el)[1]!;
    expect([apr.getAttribute('role'), apr.getAttribute('tabindex')]).to.deep.equal(['img', '0']);
    expect(apr.getAttribute('aria-label')).to.equal('Apr: A: —, B: 2');
    apr.focus();
    expect(all(apr, '.tooltip-text').map((t) => t.textContent)).to.deep.equal(['Apr', 'A: —', 'B: 2']);
  });
});

describe('dataTable()', () => {
  it('gives a caption, column headers and a row header per row, all as text', async () => {
    const el = await draw(dataTable(XSS, ['Channel', 'CAC'], [[XSS, '$1.00']]));
    expect(el.querySelector('img')).to.equal(null);
    expect(table(el)).to.deep.equal({ caption: XSS, head: ['Channel', 'CAC'], rows: [[XSS, '$1.00']] });
    expect(all(el, 'th').map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'row']);
  });

  it('says where rows were left out, in one cell across every column', async () => {
    const el = await draw(
      dataTable(
        'Deals',
        ['Rep', 'Won', 'Lost'],
        [
          ['Ana', '3', '1'],
          ['Zoe', '2', '2'],
        ],
        { at: 1, text: '98 more rows not shown' },
      ),
    );
    expect(table(el).rows).to.deep.equal([['Ana', '3', '1'], ['98 more rows not shown'], ['Zoe', '2', '2']]);
    expect(el.querySelector('td[colspan="3"]')!.textContent).to.equal('98 more rows not shown');
  });
});

describe('every chart', () => {
  const noop = () => {};
  const charts: [string, TemplateResult][] = [
    [
      'horizontalBars',
      horizontalBars(
        [
          { key: 'a', label: 'Paid search', value: 458.33, display: '$458.33' },
          { key: 'b', label: 'Events', value: null, display: '—', note: 'no new customers' },
        ],
        {
          width: 320,
          height: 80,
          label: 'CAC by channel',
          reference: { value: 300, label: 'Average' },
          onSelect: noop,
        },
      ),
    ],
    [
      'verticalBars',
      verticalBars(
        [
          { key: 'a', label: 'Apr', value: -3, display: '−3' },
          { key: 'b', label: 'May', value: 5, display: '5' },
        ],
        { width: 320, height: 120, label: 'Won sales', highlightLast: true, onSelect: noop },
      ),
    ],
    [
      'stackedBars',
      stackedBars(
        [{ key: 'a', label: 'May', segments: [{ series: 's', value: 3, display: '3' }] }],
        [{ key: 's', label: 'SEO' }],
        { width: 320, height: 120, label: 'New leads', onSelect: noop },
      ),
    ],
    [
      'waterfall',
      waterfall(
        [
          { key: 'a', label: 'Start', value: 10, display: '10', kind: 'total' },
          { key: 'b', label: 'Churn', value: 2, display: '−2', kind: 'down' },
          { key: 'c', label: 'End', value: 8, display: '8', kind: 'total' },
        ],
        { width: 320, height: 120, label: 'MRR movements', onSelect: noop },
      ),
    ],
    [
      'funnel',
      funnel(
        [
          { key: 'a', label: 'Leads', value: 10, display: '10' },
          { key: 'b', label: 'Won', value: 2, display: '2', conversion: '20%' },
        ],
        { width: 320, height: 100, label: 'Funnel', onSelect: noop },
      ),
    ],
    ['ring', ring(0.6, { width: 100, height: 100, label: 'Win rate', centerText: '60%', centerSubtext: '3 won' })],
    [
      'bulletBars',
      bulletBars([{ key: 'a', label: 'Ana', actual: 5, target: 8, display: '62.5%' }], {
        width: 320,
        height: 60,
        label: 'Quota attainment',
        onSelect: noop,
      }),
    ],
    [
      'lineChart',
      lineChart([{ key: 'a', label: 'NRR', points: [1.02, null, 1.05] }], ['Mar', 'Apr', 'May'], {
        width: 320,
        height: 120,
        label: 'Retention',
      }),
    ],
  ];

  for (const [name, chart] of charts) {
    it(`${name}: one role="img" picture with a summary, part "chart", no style attribute, and axe passes`, async () => {
      const el = await draw(chart);
      expect(all(el, '[role="img"][aria-label]').filter((n) => n.localName === 'svg')).to.have.length(1);
      expect(el.querySelector('[part~="chart"]')).not.to.equal(null);
      expect(el.querySelectorAll('.visually-hidden > table')).to.have.length(1);
      expect(el.querySelectorAll('[style]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  }

  it('draws empty data as an empty frame: no NaN or Infinity in any attribute', async () => {
    const opts = { width: 320, height: 120, label: 'Empty' };
    const el = await draw(
      html`${horizontalBars([], opts)}${verticalBars([], opts)}${stackedBars([], [], opts)}
      ${waterfall([], opts)}${funnel([], opts)}${ring(null, { ...opts, centerText: '' })}${bulletBars([], opts)}
      ${lineChart([], [], opts)}`,
    );
    const values = all(el, '*').flatMap((n) => [...n.attributes].map((a) => a.value));
    expect(values.filter((v) => /NaN|Infinity/.test(v))).to.deep.equal([]);
    expect(all(el, 'svg[role="img"]')).to.have.length(8);
  });

  it('moves bars only when motion is welcome', async () => {
    const el = await draw(
      verticalBars([{ key: 'a', label: 'May', value: 1, display: '1' }], { width: 100, height: 50, label: 'x' }),
    );
    const bar = el.querySelector('.bar')!;
    expect(getComputedStyle(bar).transitionDuration).to.match(/^0\.3s/);
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(bar).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
