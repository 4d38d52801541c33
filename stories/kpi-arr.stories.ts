import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/arr/kpi-arr.js';
import type { KpiArr } from '../src/components/arr/arr.js';
import {
  cardFrame,
  COMPANY_URL,
  darkFrame,
  failNextRefresh,
  MISSING_URL,
  narrowFrame,
  NEVER_URL,
  SAMPLE,
  zhFrame,
} from './fixtures.js';

interface ArrArgs {
  src?: string;
  period?: string;
  currency?: string;
  timeZone?: string;
  compare?: 'previous-period' | 'same-period-last-year' | 'none';
  target?: string;
  annualSubscriptionRevenue?: string;
  additionalRecurring?: string;
  cancellations?: string;
  mrr?: string;
  arr?: string;
  previous?: string;
  noSparkline?: boolean;
  theme?: 'light' | 'dark' | 'auto';
}

const sample: ArrArgs = { src: COMPANY_URL, ...SAMPLE };

const meta: Meta<ArrArgs> = {
  title: 'KPIs/kpi-arr',
  tags: ['autodocs'],
  component: 'kpi-arr',
  render: (a) =>
    html`<kpi-arr
      src=${ifDefined(a.src || undefined)}
      period=${ifDefined(a.period || undefined)}
      currency=${ifDefined(a.currency || undefined)}
      time-zone=${ifDefined(a.timeZone || undefined)}
      compare=${ifDefined(a.compare || undefined)}
      target=${ifDefined(a.target || undefined)}
      annual-subscription-revenue=${ifDefined(a.annualSubscriptionRevenue || undefined)}
      additional-recurring=${ifDefined(a.additionalRecurring || undefined)}
      cancellations=${ifDefined(a.cancellations || undefined)}
      mrr=${ifDefined(a.mrr || undefined)}
      arr=${ifDefined(a.arr || undefined)}
      previous=${ifDefined(a.previous || undefined)}
      ?no-sparkline=${a.noSparkline}
      theme=${ifDefined(a.theme || undefined)}
    ></kpi-arr>`,
  decorators: [cardFrame],
};
export default meta;

type Story = StoryObj<ArrArgs>;

/** The sample company in December 2025: end MRR × 12, in compact notation from $1M. */
export const Default: Story = { args: { ...sample } };

/** The source article's ARR: annual subscription revenue + additional recurring revenue − cancellations. */
export const SummaryArticle: Story = {
  name: 'Summary: the article formula',
  args: {
    annualSubscriptionRevenue: '60000',
    additionalRecurring: '6000',
    cancellations: '4500',
    previous: '58000',
    currency: 'USD',
  },
};

/** MRR × 12. */
export const SummaryMrr: Story = { name: 'Summary: mrr', args: { mrr: '5940', currency: 'USD' } };

/** A given ARR against the previous one: compact from one million ($1.3M; US$125.0萬 in zh-TW). */
export const SummaryArr: Story = {
  name: 'Summary: arr + previous',
  args: { arr: '1250000', previous: '1000000', currency: 'USD' },
};

/** The request has not answered yet: a skeleton the size of the card. */
export const Loading: Story = { args: { ...sample, src: NEVER_URL } };

/** The server answers 404. */
export const LoadError: Story = { name: 'Error', args: { ...sample, src: MISSING_URL } };

/** No input at all. */
export const Empty: Story = { args: {} };

/** A refresh failed: the last good value stays, marked stale with its age. */
export const Stale: Story = {
  args: { ...sample },
  play: async ({ canvasElement }) => failNextRefresh(canvasElement.querySelector<KpiArr>('kpi-arr')!),
};

/** Traditional Chinese, from an ancestor's `lang`. */
export const TraditionalChinese: Story = { name: 'zh-TW', args: { ...sample }, decorators: [zhFrame] };

/** 200 pixels wide: tighter, and no sparkline. */
export const Narrow: Story = { args: { ...sample }, decorators: [narrowFrame] };

/** `theme="dark"` on a dark page. */
export const Dark: Story = { args: { ...sample, theme: 'dark' }, decorators: [darkFrame] };
