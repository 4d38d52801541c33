import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { area, line } from 'd3-shape';
import { nothing, render, svg, type CSSResultGroup, type TemplateResult } from 'lit';
import { cardStyles } from '../../src/components/base/card.styles.js';
import type { KpiLoadDetail } from '../../src/components/base/events.js';
import { customerRetentionRateDisplay } from '../../src/components/base/kpi-display.js';
import { KpiWidget, type KpiView } from '../../src/components/base/kpi-widget.js';
import { resolvePeriodAttribute } from '../../src/components/base/period-attribute.js';
import { trendLine } from '../../src/components/base/trend-line.js';
import { registerTranslation } from '../../src/components/controllers/format-controller.js';
import { sparkline } from '../../src/components/charts/sparkline.js';
import { sparklineStyles } from '../../src/components/charts/sparkline.styles.js';
import { KpiMrr } from '../../src/components/mrr/mrr.js';
import '../../src/components/mrr/kpi-mrr.js';
import { InvalidPeriodError } from '../../src/engine/errors.js';
import { Decimal } from '../../src/engine/index.js';
import { customerChurnRate, customerChurnRateInfo } from '../../src/engine/kpis/customer-churn-rate.js';
import { customerRetentionRate, customerRetentionRateInfo } from '../../src/engine/kpis/customer-retention-rate.js';
import { mrr, mrrInfo } from '../../src/engine/kpis/mrr.js';
import { netRevenueRetention } from '../../src/engine/kpis/net-revenue-retention.js';
import {
  collect,
  company,
  controlledFetch,
  holdClock,
  json,
  partText,
  resultLoad,
  shadowText,
  valueName,
  type KpiErrorDetail,
} from './helpers.js';

/** A widget written the way the kit's widgets are: a KPI, a series, extra KPIs and a chart. */
class TestRetention extends KpiWidget {
  static override styles = cardStyles;
  static override kpi = customerRetentionRate;
  static override info = customerRetentionRateInfo;
  static override display = customerRetentionRateDisplay;
  static override seriesMonths = 3;
  fail = false;

  protected override extras() {
    return { churn: { kpi: customerChurnRate, series: 3 }, nrr: { kpi: netRevenueRetention } };
  }

  protected override renderChart(view: KpiView): TemplateResult | typeof nothing {
    if (this.fail) throw new Error('the chart broke');
    const churn = view.extras.churn!.result.value;
    const label = `${view.series!.length} months; churn ${churn === null ? '—' : this.format.percent(churn)}`;
    return html`<div class="chart" part="chart">
      ${svg`<svg role="img" aria-label=${label} viewBox="0 0 10 10"><rect class="bar" width="10" height="5"></rect></svg>`}
    </div>`;
  }
}
customElements.define('test-retention', TestRetention);

/** A widget whose chart draws nothing. */
class TestNoChart extends TestRetention {
  protected override renderChart(): TemplateResult | typeof nothing {
    return nothing;
  }
}
customElements.define('test-no-chart', TestNoChart);

/** A widget without a chart: the trend line of its series only when it names one (`static sparkline`). */
class TestTrend extends KpiWidget {
  static override styles: CSSResultGroup = cardStyles;
  static override kpi = mrr;
  static override info = mrrInfo;
  static override seriesMonths = 3;
}
customElements.define('test-trend', TestTrend);
class TestSparkline extends TestTrend {
  static override styles = [cardStyles, sparklineStyles];
  static override sparkline = trendLine;
}
customElements.define('test-sparkline', TestSparkline);

const width = (px: number) => {
  const box = document.createElement('div');
  box.style.width = `${px}px`;
  document.body.append(box);
  return box;
};

describe('KpiElement.define', () => {
  it('define() of a tag the same class holds is a silent no-op', () => {
    const warn = console.warn;
    const warned: unknown[][] = [];
    console.warn = (...args: unknown[]) => warned.push(args);
    try {
      expect(() => KpiMrr.define('kpi-mrr')).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(warned).to.have.length(0);
    expect(customElements.get('kpi-mrr')).to.equal(KpiMrr);
  });

  it('define() of a tag another copy of the kit holds warns once, does not throw, and keeps the first', () => {
    class SecondCopy extends KpiMrr {}
    const warn = console.warn;
    const warned: unknown[][] = [];
    console.warn = (...args: unknown[]) => warned.push(args);
    try {
      expect(() => SecondCopy.define('kpi-mrr')).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(warned).to.have.length(1);
    expect(String(warned[0]![0])).to.match(/^kpi-elements: <kpi-mrr> is already defined/);
    expect(customElements.get('kpi-mrr')).to.equal(KpiMrr);
  });
});

describe('resolvePeriodAttribute()', () => {
  const june15 = Date.parse('2025-06-15T12:00:00Z');
  const t = (expected: unknown, text: string | undefined, now = june15, zone = 'UTC') =>
    expect(resolvePeriodAttribute(text, zone, now), String(text)).to.deep.equal(expected);

  it('reads relative periods from now in the time zone; empty is the last complete month', () => {
    t('2025-05', undefined);
    t('2025-05', '');
    t('2025-05', 'last-month');
    t('2025-06', 'this-month');
    t('2025-Q2', 'this-quarter');
    t('2025-Q1', 'last-quarter');
    t('2025', 'this-year');
    t('2024', 'last-year');
    t({ start: '2025-01-01', end: '2025-06-16' }, 'ytd');
    t('2024-12', 'last-month', Date.parse('2025-01-10T00:00:00Z'));
    t('2024-Q4', 'last-quarter', Date.parse('2025-01-10T00:00:00Z'));
  });

  it('takes "now" in the zone: 03:00 UTC on July 1 is still June in Los Angeles but July in Taipei', () => {
    const instant = Date.parse('2025-07-01T03:00:00Z');
    t('2025-05', '', instant, 'America/Los_Angeles');
    t('2025-06', '', instant, 'Asia/Taipei');
  });

  it('reads ranges of months and of days with both ends included, and passes the rest to the engine', () => {
    t({ start: '2024-01-01', end: '2024-07-01' }, '2024-01/2024-06');
    t({ start: '2024-01-15', end: '2024-02-15' }, '2024-01-15/2024-02-14');
    t('2024-05', '2024-05');
    t('2024-Q2', '2024-Q2');
    expect(() => resolvePeriodAttribute('2024-06/2024-01', 'UTC', june15)).to.throw(InvalidPeriodError);
    expect(() => resolvePeriodAttribute('2024-06/soon', 'UTC', june15)).to.throw(InvalidPeriodError);
  });
});

describe('KpiWidget periods', () => {
  let time: ReturnType<typeof holdClock>;
  beforeEach(() => {
    time = holdClock('2025-06-15T12:00:00Z');
  });
  afterEach(() => time.restore());

  it('without period, a dataset card shows the last complete month in its time zone', async () => {
    const el = await fixture<KpiMrr>(html`<kpi-mrr .data=${company()} time-zone="UTC"></kpi-mrr>`);
    expect(shadowText(el, '.period')).to.equal('May 2025');
    expect(partText(el, 'value')).to.equal('$109.50');
  });

  it('period="ytd" names the days from January 1 to today and compares with as many days before', async () => {
    const el = await fixture<KpiMrr>(html`<kpi-mrr .data=${company()} period="ytd" time-zone="UTC"></kpi-mrr>`);
    expect(shadowText(el, '.period')).to.equal('Jan 1 – Jun 15, 2025');
    expect(el.result!.period).to.deep.equal({ start: '2025-01-01', end: '2025-06-16' });
  });

  it('period="2025-01/2025-03" is the first quarter, named as a quarter', async () => {
    const el = await fixture<KpiMrr>(
      html`<kpi-mrr .data=${company()} period="2025-01/2025-03" time-zone="UTC"></kpi-mrr>`,
    );
    expect(shadowText(el, '.period')).to.equal('Q1 2025');
    expect(partText(el, 'value')).to.equal('$149.50');
  });
});

describe('KpiWidget states', () => {
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

  it('the loading skeleton is exactly as tall as the loaded card', async () => {
    const box = width(320);
    const el = document.createElement('kpi-mrr');
    Object.assign(el, { src: '/company.json', period: '2025-05', timeZone: 'UTC', currency: 'USD' });
    box.append(el);
    const call = await net.call(0);
    expect(el.getAttribute('state')).to.equal('loading');
    const loading = el.getBoundingClientRect().height;
    call.resolve(json(company()));
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(el.getBoundingClientRect().height).to.equal(loading);
    box.remove();
  });

  it('a fetched card says when it was updated, and the age follows the clock', async () => {
    const el = fixtureSync<KpiMrr>(html`<kpi-mrr src="/company.json" period="2025-05" time-zone="UTC"></kpi-mrr>`);
    (await net.call(0)).resolve(json(company()));
    await el.updateComplete;
    expect(shadowText(el, '.updated')).to.equal('Updated just now');
    time.set('2025-06-15T12:05:00Z');
    el.requestUpdate();
    await el.updateComplete;
    expect(shadowText(el, '.updated')).to.equal('Updated 5 minutes ago');
  });

  it('a failed refresh keeps the last value, marked stale with its age, and fires kpi-error with the status', async () => {
    const errors: KpiErrorDetail[] = [];
    const el = fixtureSync<KpiMrr>(
      html`<kpi-mrr
        src="/company.json"
        period="2025-05"
        time-zone="UTC"
        @kpi-error=${(e: CustomEvent<KpiErrorDetail>) => errors.push(e.detail)}
      ></kpi-mrr>`,
    );
    (await net.call(0)).resolve(json(company()));
    await el.updateComplete;
    time.set('2025-06-15T12:05:00Z');
    const reload = el.refresh();
    const again = await net.call(1);
    expect(partText(el, 'value')).to.equal('$109.50');
    again.resolve(new Response('gone', { status: 503, statusText: 'Service Unavailable' }));
    await reload;
    expect(el.state).to.equal('stale');
    expect(el.getAttribute('state')).to.equal('stale');
    expect(partText(el, 'value')).to.equal('$109.50');
    expect(el.result!.value!.toString()).to.equal('109.5');
    expect(partText(el, 'stale')).to.equal('Could not refresh; showing the last loaded value (updated 5 minutes ago)');
    expect(el.shadowRoot!.querySelector('[part~="stale"]')!.getAttribute('title')).to.equal(
      '/company.json answered HTTP 503 Service Unavailable.',
    );
    expect(errors.map((e) => e.status)).to.deep.equal([503]);
    await expect(el).to.be.accessible();
  });

  it('a new src that fails is an error, not stale', async () => {
    const el = fixtureSync<KpiMrr>(html`<kpi-mrr src="/a.json" period="2025-05" time-zone="UTC"></kpi-mrr>`);
    (await net.call(0)).resolve(json(company()));
    await el.updateComplete;
    el.src = '/b.json';
    (await net.call(1)).resolve(new Response('', { status: 404, statusText: 'Not Found' }));
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(partText(el, 'value')).to.equal(undefined);
  });

  it('slots empty and error replace the default messages', async () => {
    const empty = await fixture<KpiMrr>(html`<kpi-mrr><p slot="empty">Connect your billing</p></kpi-mrr>`);
    expect(empty.state).to.equal('empty');
    const emptySlot = empty.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
    expect(emptySlot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Connect your billing']);
    const failed = await fixture<KpiMrr>(html`<kpi-mrr data="{"><p slot="error">Numbers unavailable</p></kpi-mrr>`);
    expect(failed.state).to.equal('error');
    const errorSlot = failed.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="error"]')!;
    expect(errorSlot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Numbers unavailable']);
  });

  it('a refreshed value is announced through a polite live region; the first one is not', async () => {
    const el = await fixture<KpiMrr>(html`<kpi-mrr mrr="5940" previous="5400" currency="USD"></kpi-mrr>`);
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).to.equal('');
    el.mrr = '6000';
    await el.updateComplete;
    expect(live.textContent).to.equal(
      'Monthly recurring revenue, $6,000.00, up 11.1% versus the previous period, higher is better',
    );
  });
});

describe('KpiWidget attributes', () => {
  it('label replaces the KPI name in the card and in the value sentence', async () => {
    const el = await fixture<KpiMrr>(html`<kpi-mrr mrr="5940" currency="USD" label="Run-rate"></kpi-mrr>`);
    expect(partText(el, 'label')).to.equal('Run-rate');
    expect(valueName(el)).to.equal('Run-rate, $5,940.00, higher is better');
  });

  it('notation and decimals override the value format', async () => {
    const el = await fixture<KpiMrr>(html`<kpi-mrr mrr="5940" currency="USD" notation="compact"></kpi-mrr>`);
    expect(partText(el, 'value')).to.equal('$5.9K');
    el.notation = undefined;
    el.decimals = 0;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('$5,940');
  });

  it('bad option attributes are errors that name them', async () => {
    const t = async (attribute: string, value: string, message: string) => {
      const errors: KpiErrorDetail[] = [];
      const el = await fixture<KpiMrr>(html`<kpi-mrr .data=${company()} period="2025-05"></kpi-mrr>`);
      el.addEventListener('kpi-error', (e) => errors.push(e.detail));
      el.setAttribute(attribute, value);
      await el.updateComplete;
      expect(el.state, attribute).to.equal('error');
      expect(partText(el, 'error'), attribute).to.equal(`Could not load data ${message}`);
      expect(
        errors.map((e) => e.attribute),
        attribute,
      ).to.deep.equal([attribute]);
    };
    await t('time-zone', 'Mars/Base', 'Invalid time zone "Mars/Base": use an IANA zone such as "Asia/Taipei".');
    await t('currency', 'X', 'The currency attribute "X" is not an ISO 4217 code such as "USD".');
    await t(
      'compare',
      'yesterday',
      'The compare attribute "yesterday" is not one of previous-period, same-period-last-year, none.',
    );
    await t('decimals', '2.5', 'The decimals attribute must be a whole number from 0 to 20.');
    await t(
      'notation',
      'roman',
      'The notation attribute "roman" is not one of standard, compact, scientific, engineering.',
    );
    await t('target', 'lots', 'The target attribute "lots" is not a decimal number.');
  });
});

describe('KpiWidget subclass API', () => {
  const data = () => company();

  it('a widget gets its series and extra KPIs in its view and kpi-load, and its chart in [part="chart"]', async () => {
    const loads: KpiLoadDetail[] = [];
    const el = await fixture<TestRetention>(
      html`<test-retention
        .data=${data()}
        period="2025-05"
        time-zone="UTC"
        @kpi-load=${(e: CustomEvent<KpiLoadDetail>) => loads.push(e.detail)}
      ></test-retention>`,
    );
    // Start of May: c1, c2, c3 pay; c2 churns on May 20: retention 2 ÷ 3, churn 1 ÷ 3.
    expect(partText(el, 'value')).to.equal('66.7%');
    expect(partText(el, 'delta')).to.equal('▼ \u221233.3 pp vs April');
    const chart = el.shadowRoot!.querySelector('[part~="chart"] svg')!;
    expect(chart.getAttribute('aria-label')).to.equal('3 months; churn 33.3%');
    const { series, extras } = resultLoad(loads[0]!);
    expect(series!.map((r) => r.period!.start)).to.deep.equal(['2025-03-01', '2025-04-01', '2025-05-01']);
    expect(extras!.churn!.result.value!.toString()).to.equal(new Decimal(1).div(3).toString());
    expect(extras!.churn!.series!.map((r) => r.value?.toString() ?? null)).to.deep.equal([
      '0',
      '0',
      extras!.churn!.result.value!.toString(),
    ]);
    // Lengths, not the series: a failure message of a whole series (Decimals and all) is slow to report.
    expect(extras!.nrr!.series?.length).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part~="sparkline"]')).to.equal(null);
  });

  it('without renderChart, the series and its trend line come with `static sparkline` only', async () => {
    const loads: KpiLoadDetail[] = [];
    const on = (e: CustomEvent<KpiLoadDetail>) => loads.push(e.detail);
    const plain = await fixture<TestTrend>(
      html`<test-trend .data=${data()} period="2025-05" time-zone="UTC" @kpi-load=${on}></test-trend>`,
    );
    expect(plain.state).to.equal('ready');
    expect(plain.shadowRoot!.querySelector('[part~="sparkline"]')).to.equal(null);
    expect(resultLoad(loads[0]!).series?.length).to.equal(undefined);
    const trend = await fixture<TestSparkline>(
      html`<test-sparkline .data=${data()} period="2025-05" time-zone="UTC" @kpi-load=${on}></test-sparkline>`,
    );
    expect(trend.shadowRoot!.querySelector('[part~="sparkline"] svg.sparkline')).to.not.equal(null);
    expect(resultLoad(loads[1]!).series!.length).to.equal(3);
  });

  it("the trend line is named in the card's language, or in a translation's words", async () => {
    const name = async (lang: string) => {
      const el = await fixture<TestSparkline>(
        html`<test-sparkline lang=${lang} .data=${data()} period="2025-05" time-zone="UTC"></test-sparkline>`,
      );
      return el.shadowRoot!.querySelector('svg.sparkline')!.getAttribute('aria-label');
    };
    expect(await name('en')).to.match(/^3-month trend: from \$[\d,.]+ to \$[\d,.]+$/);
    expect(await name('zh-TW')).to.match(/^近 3 個月趨勢：從 \S+ 到 \S+$/);
    registerTranslation('de', { trend: (months) => `Trend über ${months} Monate` });
    expect(await name('de')).to.equal('Trend über 3 Monate');
  });

  it('a chart that draws nothing leaves no chart box', async () => {
    const el = await fixture<TestNoChart>(
      html`<test-no-chart .data=${data()} period="2025-05" time-zone="UTC"></test-no-chart>`,
    );
    expect(partText(el, 'value')).to.equal('66.7%');
    expect(el.shadowRoot!.querySelector('[part~="chart"]')).to.equal(null);
  });

  it('a chart that throws is the error state with a kpi-error event, never an exception in the page', async () => {
    const errors = collect<KpiErrorDetail>(document, 'kpi-error');
    const el = document.createElement('test-retention') as TestRetention;
    el.fail = true;
    Object.assign(el, { data: data(), period: '2025-05', timeZone: 'UTC' });
    document.body.append(el);
    await el.updateComplete;
    expect(shadowText(el, '[part~="error"]')).to.equal('Could not load data the chart broke');
    expect(errors.at(-1)!.message).to.equal('the chart broke');
    el.remove();
  });

  it('the explanation shows the formula, the quotient with its inputs, and each detail by unit', async () => {
    const el = await fixture<TestRetention>(
      html`<test-retention .data=${data()} period="2025-05" time-zone="UTC"></test-retention>`,
    );
    expect(shadowText(el, '[part~="explain"] summary')).to.equal('How is this calculated?');
    expect(shadowText(el, '.formula')).to.equal('(customers at end − new − reactivated) ÷ customers at start');
    expect(shadowText(el, '.equation')).to.equal('2 retained customers ÷ 3 customers at the start');
    expect(shadowText(el, '.details')).to.equal(
      'Customers at the start 3 Customers at the end 2 New customers 0 Reactivated customers 0',
    );
  });

  it('a widget without renderChart draws the sparkline; a null value shows "—" and the reason in words', async () => {
    const el = await fixture<KpiMrr>(html`<kpi-mrr .data=${data()} period="2025-05" time-zone="UTC"></kpi-mrr>`);
    expect(el.shadowRoot!.querySelector('[part~="sparkline"] svg')).to.not.equal(null);
    const retention = await fixture<TestRetention>(
      html`<test-retention .data=${data()} period="2024-05" time-zone="UTC"></test-retention>`,
    );
    expect(partText(retention, 'value')).to.equal('—');
    expect(shadowText(retention, '.reason')).to.equal('Not defined: no paying customers at the start');
    expect(valueName(retention)).to.equal(
      'Customer retention rate, no value. Not defined: no paying customers at the start',
    );
    expect(retention.state).to.equal('ready');
    await expect(retention).to.be.accessible();
  });

  it('kpi info drives the churn name in zh-TW', () => {
    expect(customerChurnRateInfo.names['zh-TW']).to.equal('客戶流失率');
  });
});

describe('KpiWidget theming', () => {
  const background = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor;

  it('theme="dark" and theme="light" pick the built-in surfaces; --kpi-color-surface overrides both', async () => {
    const dark = await fixture<KpiMrr>(html`<kpi-mrr theme="dark" mrr="1"></kpi-mrr>`);
    expect(background(dark)).to.equal('rgb(17, 24, 39)');
    const light = await fixture<KpiMrr>(html`<kpi-mrr theme="light" mrr="1"></kpi-mrr>`);
    expect(background(light)).to.equal('rgb(255, 255, 255)');
    light.style.setProperty('--kpi-color-surface', 'rgb(1, 2, 3)');
    expect(background(light)).to.equal('rgb(1, 2, 3)');
  });

  it('theme="auto" follows prefers-color-scheme', async () => {
    const el = await fixture<KpiMrr>(html`<kpi-mrr theme="auto" mrr="1"></kpi-mrr>`);
    await emulateMedia({ colorScheme: 'dark' });
    expect(background(el)).to.equal('rgb(17, 24, 39)');
    await emulateMedia({ colorScheme: 'light' });
    expect(background(el)).to.equal('rgb(255, 255, 255)');
  });

  it('a card under 240px hides its chart; a wider one shows it', async () => {
    const box = width(200);
    render(html`<kpi-mrr .data=${company()} period="2025-05" time-zone="UTC"></kpi-mrr>`, box);
    const el = box.querySelector('kpi-mrr')!;
    await el.updateComplete;
    const chart = el.shadowRoot!.querySelector('[part~="sparkline"]')!;
    expect(getComputedStyle(chart).display).to.equal('none');
    box.style.width = '320px';
    expect(getComputedStyle(chart).display).to.equal('block');
    box.remove();
  });

  it('forced colours draw text, changes and lines in system colours', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cardStyles.cssText + sparklineStyles.cssText);
    const media = [...sheet.cssRules].filter(
      (r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === '(forced-colors: active)',
    );
    const rules = Object.fromEntries(
      media.flatMap((m) =>
        [...m.cssRules].map((r) => [(r as CSSStyleRule).selectorText, (r as CSSStyleRule).style.cssText]),
      ),
    );
    expect(rules['.positive, .negative, .neutral, .target.positive, .target.negative, .error-title']).to.equal(
      'color: canvastext;',
    );
    expect(rules['.sparkline-line']).to.equal('stroke: canvastext;');
    expect(rules['.card']).to.equal('border: 1px solid canvastext; box-shadow: none;');
  });

  it('no element of a rendered card carries a style attribute', async () => {
    const el = await fixture<KpiMrr>(html`<kpi-mrr .data=${company()} period="2025-05" time-zone="UTC"></kpi-mrr>`);
    expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
  });
});

describe('sparkline()', () => {
  const draw = (values: Parameters<typeof sparkline>[0]) => {
    const box = document.createElement('div');
    render(sparkline(values, { width: 100, height: 20, label: 'trend' }), box);
    return box.querySelector('svg')!;
  };

  it('draws one segment per pair of values, top for the highest and bottom for the lowest', () => {
    const svg = draw([new Decimal(0), new Decimal(5), new Decimal(10)]);
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('trend');
    expect(svg.getAttribute('viewBox')).to.equal('0 0 100 20');
    expect(svg.querySelector('.sparkline-line')!.getAttribute('d')).to.equal('M0,18L50,10L100,2');
  });

  it('leaves a gap for a null and draws a flat series in the middle', () => {
    expect(draw([1, 2, null, 3, 4]).querySelector('.sparkline-line')!.getAttribute('d')).to.equal(
      'M0,18L25,12.667M75,7.333L100,2',
    );
    expect(draw([7, 7]).querySelector('.sparkline-line')!.getAttribute('d')).to.equal('M0,10L100,10');
  });

  it("writes the same line and area as d3-shape's line().defined() and area().defined()", () => {
    const series: (number | null)[][] = [
      [3, 1, 4, 1, 5, 9, 2, 6],
      [null, 2, 7, null, 1, 8, null],
      [5, null, 5],
      [null, null],
      [-2.5, 0, 1e6],
    ];
    for (const values of series) {
      const svgEl = draw(values);
      const known = values.filter((v): v is number => v !== null);
      const [lo, hi] = [Math.min(...known), Math.max(...known)];
      const y = (v: number) => (hi === lo ? 10 : 2 + ((hi - v) / (hi - lo)) * 16);
      const x = (i: number) => (values.length > 1 ? (i * 100) / (values.length - 1) : 50);
      const points = values.map((v, i) => [i, v] as const);
      const defined = (d: readonly [number, number | null]) => d[1] !== null;
      const expectedLine = line<readonly [number, number | null]>()
        .defined(defined)
        .x((d) => x(d[0]))
        .y((d) => y(d[1]!))(points);
      const expectedArea = area<readonly [number, number | null]>()
        .defined(defined)
        .x((d) => x(d[0]))
        .y0(20)
        .y1((d) => y(d[1]!))(points);
      expect(svgEl.querySelector('.sparkline-line')!.getAttribute('d'), String(values)).to.equal(expectedLine ?? '');
      expect(svgEl.querySelector('.sparkline-area')!.getAttribute('d'), String(values)).to.equal(expectedArea ?? '');
    }
  });
});
