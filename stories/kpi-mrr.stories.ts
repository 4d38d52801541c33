import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/mrr/kpi-mrr.js';
import { parseCsv } from '../src/engine/csv.js';
import type { Dataset } from '../src/engine/types.js';
import type { KpiMrr } from '../src/components/mrr/mrr.js';
import {
  cardFrame,
  COMPANY_URL,
  darkFrame,
  failNextRefresh,
  MISSING_URL,
  narrowFrame,
  NEVER_URL,
  SAMPLE,
  SUBSCRIPTIONS_CSV_URL,
  FX_RATES_CSV_URL,
  zhFrame,
} from './fixtures.js';

interface MrrArgs {
  src?: string;
  srcKind?: string;
  period?: string;
  currency?: string;
  timeZone?: string;
  compare?: 'previous-period' | 'same-period-last-year' | 'none';
  target?: string;
  label?: string;
  mrr?: string;
  payingCustomers?: string;
  arpa?: string;
  previous?: string;
  noSparkline?: boolean;
  theme?: 'light' | 'dark' | 'auto';
}

const sample: MrrArgs = { src: COMPANY_URL, ...SAMPLE };

const meta: Meta<MrrArgs> = {
  title: 'KPIs/kpi-mrr',
  tags: ['autodocs'],
  component: 'kpi-mrr',
  render: (a) =>
    html`<kpi-mrr
      src=${ifDefined(a.src || undefined)}
      src-kind=${ifDefined(a.srcKind || undefined)}
      period=${ifDefined(a.period || undefined)}
      currency=${ifDefined(a.currency || undefined)}
      time-zone=${ifDefined(a.timeZone || undefined)}
      compare=${ifDefined(a.compare || undefined)}
      target=${ifDefined(a.target || undefined)}
      label=${ifDefined(a.label || undefined)}
      mrr=${ifDefined(a.mrr || undefined)}
      paying-customers=${ifDefined(a.payingCustomers || undefined)}
      arpa=${ifDefined(a.arpa || undefined)}
      previous=${ifDefined(a.previous || undefined)}
      ?no-sparkline=${a.noSparkline}
      theme=${ifDefined(a.theme || undefined)}
    ></kpi-mrr>`,
  decorators: [cardFrame],
};
export default meta;

type Story = StoryObj<MrrArgs>;

/** The sample company in December 2025, in New York time. */
export const Default: Story = { args: { ...sample } };

/** Pre-aggregated numbers: `mrr` and `previous`. */
export const SummaryMrr: Story = {
  name: 'Summary: mrr + previous',
  args: { mrr: '5940', previous: '5400', currency: 'USD' },
};

/** The source article's formula: paying customers × ARPA. */
export const SummaryCustomersTimesArpa: Story = {
  name: 'Summary: paying customers × ARPA',
  args: { payingCustomers: '120', arpa: '49.50', currency: 'USD' },
};

/** Subscriptions from a CSV file. */
export const FromCsv: Story = {
  name: 'From CSV',
  args: { ...sample, src: SUBSCRIPTIONS_CSV_URL, srcKind: 'subscriptions' },
  // A few subscriptions are priced in EUR: `.transform` adds the company's exchange rates (their own CSV).
  loaders: [async () => ({ fxRates: parseCsv(await (await fetch(FX_RATES_CSV_URL)).text(), 'fxRates') })],
  render: (a, { loaded }) =>
    html`<kpi-mrr
      src=${a.src!}
      src-kind="subscriptions"
      period=${a.period!}
      currency=${a.currency!}
      time-zone=${a.timeZone!}
      .transform=${(rows: unknown) => ({ subscriptions: rows, fxRates: loaded.fxRates }) as Dataset}
    ></kpi-mrr>`,
};

/** With a target: progress toward it. */
export const WithTarget: Story = { args: { ...sample, target: '80000' } };

/** The same month last year as the comparison. */
export const SamePeriodLastYear: Story = { args: { ...sample, compare: 'same-period-last-year' } };

/** The request has not answered yet: a skeleton the size of the card. */
export const Loading: Story = { args: { ...sample, src: NEVER_URL } };

/** The server answers 404. */
export const LoadError: Story = { name: 'Error', args: { ...sample, src: MISSING_URL } };

/** No input at all. */
export const Empty: Story = { args: {} };

/** A refresh failed: the last good value stays, marked stale with its age. */
export const Stale: Story = {
  args: { ...sample },
  play: async ({ canvasElement }) => failNextRefresh(canvasElement.querySelector<KpiMrr>('kpi-mrr')!),
};

/** Traditional Chinese, from an ancestor's `lang`. */
export const TraditionalChinese: Story = { name: 'zh-TW', args: { ...sample }, decorators: [zhFrame] };

/** 200 pixels wide: tighter, and no sparkline. */
export const Narrow: Story = { args: { ...sample }, decorators: [narrowFrame] };

/** `theme="dark"` on a dark page. */
export const Dark: Story = { args: { ...sample, theme: 'dark' }, decorators: [darkFrame] };
