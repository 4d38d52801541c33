import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FormatController } from '../../src/components/controllers/format-controller.js';
import { Decimal } from '../../src/engine/index.js';
import type { Unit } from '../../src/engine/types.js';

// Formatting guards: the engine gives exact decimals of any size (a sum of many records may pass any
// single record's limit of 1e15) and of any sign, so every formatter must print them readably: no
// 300-digit compact strings, no "−0", no NaN or Infinity, in en and zh-TW.

class GuardHost extends LitElement {
  readonly format = new FormatController(this);
}
customElements.define('format-guard-host', GuardHost);

async function formatter(lang: string): Promise<FormatController> {
  return (await fixture<GuardHost>(html`<format-guard-host lang=${lang}></format-guard-host>`)).format;
}

/** Every formatter of the controller, over one value. */
function everything(f: FormatController, v: string): Record<string, string> {
  const units: Unit[] = ['currency', 'currency-per-day', 'percent', 'ratio', 'count', 'days', 'months'];
  return {
    'money USD': f.money(v, 'USD'),
    'money TWD': f.money(v, 'TWD'),
    money: f.money(v),
    'money strip': f.money(v, 'USD', { strip: true }),
    percent: f.percent(v),
    count: f.count(v),
    days: f.days(v),
    months: f.months(v),
    ratio: f.ratio(v),
    points: f.points(v),
    'detail money': f.detail(v, 'money', 'USD'),
    'detail count': f.detail(v, 'count'),
    ...Object.fromEntries(units.map((u) => [`signed ${u}`, f.signed(v, u, 'USD')])),
    ...Object.fromEntries(
      units.map((u) => [
        `value ${u}`,
        f.value({ id: 'mrr', value: new Decimal(v), unit: u, polarity: 'neutral', currency: 'USD', warnings: [] }),
      ]),
    ),
  };
}

const HUGE = [
  '1e15',
  '-1e15',
  '1e18',
  '-999999999999999999',
  '1e30',
  '-1e30',
  '1e300',
  '123456789012345678901234567890.5',
];
/** Beyond the double range: V8's Intl.NumberFormat turns such decimal text into ∞, in any notation. */
const BEYOND = ['1e400', '-1e400', '1.5e308'];
const TINY = ['0.0000001', '-0.0000001', '1e-30', '-1e-30', '-0.004', '-0', '-0.0'];
const ALL = [...HUGE, ...TINY, '0', '-41.6666', '999999999999999.99'];

/** A minus sign on a number whose printed digits are all zero. */
const negativeZero = (s: string) =>
  /[-\u2212]/.test(s) && /\d/.test(s) && !/[1-9]/.test(s.replace(/E[-+\u2212]?\d+/, ''));

describe('format guards', () => {
  for (const lang of ['en', 'zh-TW']) {
    it(`every formatter (${lang}) prints no NaN, Infinity or ∞ for huge, tiny, negative and negative-zero decimals`, async () => {
      const f = await formatter(lang);
      for (const v of ALL) {
        for (const [name, s] of Object.entries(everything(f, v))) {
          expect(s, `${name}(${v})`).to.not.match(/NaN|Infinity|∞/);
          expect(s, `${name}(${v})`).to.not.equal('');
        }
      }
    });
  }

  it('money(up to 999,999,999,999,999.99) stays compact within 24 characters in en and zh-TW', async () => {
    const en = await formatter('en');
    const zh = await formatter('zh-TW');
    const t = (expected: string, actual: string) => {
      expect(actual).to.equal(expected);
      expect(actual.length).to.be.at.most(24);
    };
    t('$1000.0T', en.money('999999999999999.99', 'USD'));
    t('\u2212$1000.0T', en.money('-999999999999999.99', 'USD'));
    t('$12.3T', en.money('12345678901234', 'USD'));
    t('US$1000.0兆', zh.money('999999999999999.99', 'USD'));
    t('$12.3兆', zh.money('12345678901234', 'TWD'));
    t('+$1000.0T', en.signed('999999999999999.99', 'currency', 'USD'));
  });

  it('tiny positive values round to zero with the unit, without an exponent or a sign', async () => {
    const en = await formatter('en');
    const zh = await formatter('zh-TW');
    const t = (expected: string, actual: string) => expect(actual).to.equal(expected);
    t('$0.00', en.money('0.0000001', 'USD'));
    t('$0', en.money('1e-30', 'USD', { strip: true }));
    t('0%', en.percent('0.0000001'));
    t('0 days', en.days('1e-30'));
    t('0.00×', en.ratio('0.0000001'));
    t('US$0.00', zh.money('0.0000001', 'USD'));
    t('0 天', zh.days('0.0000001'));
    // Signed changes already drop the sign of a zero (signDisplay: 'exceptZero').
    t('$0', en.signed('-0.0000001', 'currency', 'USD'));
    t('0%', en.signed('-0.0000001', 'percent'));
    t('0 pp', en.points('-0.0000001'));
  });

  // The FormatController formats with `signDisplay: 'negative'` by default, and switches to scientific
  // notation with one decimal from 1e15 in size (1e18 for compact money, which stays $999,999.9T at most),
  // taking the exponent from decimal.js (V8 prints decimal text beyond ~1.8e308 as ∞).
  it('negative zero and negatives that round to zero print without a minus sign (en, zh-TW)', async () => {
    const en = await formatter('en');
    const zh = await formatter('zh-TW');
    const t = (expected: string, actual: string) => expect(actual).to.equal(expected);
    t('$0.00', en.money('-0', 'USD'));
    t('$0.00', en.money('-0.0000001', 'USD'));
    t('$0.00', en.money('-0.004', 'USD'));
    t('0.00', en.money('-0.004'));
    t('$0', en.detail('-0.0000001', 'money', 'USD'));
    t('0%', en.percent('-0'));
    t('0', en.count('-0.4'));
    t('0 days', en.days('-0.004'));
    t('0 months', en.months('-0'));
    t('0.00×', en.ratio('-0.001'));
    t('US$0.00', zh.money('-0.0000001', 'USD'));
    t('0 天', zh.days('-0.004'));
    t('\u2212$41.67', en.money('-41.6666', 'USD'));
    for (const f of [en, zh]) {
      for (const v of TINY) {
        for (const [name, s] of Object.entries(everything(f, v)))
          expect(negativeZero(s), `${name}(${v}) = ${s}`).to.equal(false);
      }
    }
  });

  it('values from 1e15 in size (compact money from 1e18), also beyond the double range, print in scientific notation, at most 24 characters (en, zh-TW)', async () => {
    const en = await formatter('en');
    const zh = await formatter('zh-TW');
    const t = (expected: string, actual: string) => expect(actual).to.equal(expected);
    t('$999,999.9T', en.money('999999900000000000', 'USD'));
    t('$1.0E18', en.money('1e18', 'USD'));
    t('1.0E15', en.count('1e15'));
    t('$1.0E30', en.money('1e30', 'USD'));
    t('\u2212$1.0E30', en.money('-1e30', 'USD'));
    t('+$1.0E30', en.signed('1e30', 'currency', 'USD'));
    t('1.0E300', en.count('1e300'));
    t('1.0E30 days', en.days('1e30'));
    t('US$1.0E30', zh.money('1e30', 'USD'));
    t('US$1.0E400', zh.money('1e400', 'USD'));
    t('\u22121.0E400', en.count('-1e400'));
    for (const f of [en, zh]) {
      for (const v of [...HUGE, ...BEYOND]) {
        for (const [name, s] of Object.entries(everything(f, v))) {
          expect(s.length, `${name}(${v}) = ${s}`).to.be.at.most(24);
          expect(s, `${name}(${v})`).to.not.match(/NaN|Infinity|∞/);
        }
      }
    }
  });
});
