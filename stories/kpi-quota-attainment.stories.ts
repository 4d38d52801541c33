import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/quota-attainment/kpi-quota-attainment.js';
import '../src/components/source/kpi-source.js';
import type { KpiQuotaAttainment } from '../src/components/quota-attainment/quota-attainment.js';
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

interface QuotaAttainmentArgs {
  src?: string;
  period?: string;
  currency?: string;
  timeZone?: string;
  compare?: 'previous-period' | 'same-period-last-year' | 'none';
  target?: string;
  label?: string;
  actual?: string;
  quota?: string;
  previous?: string;
  theme?: 'light' | 'dark' | 'auto';
}

const sample: QuotaAttainmentArgs = { src: COMPANY_URL, ...SAMPLE };

const meta: Meta<QuotaAttainmentArgs> = {
  title: 'KPIs/kpi-quota-attainment',
  tags: ['autodocs'],
  component: 'kpi-quota-attainment',
  render: (a) =>
    html`<kpi-quota-attainment
      src=${ifDefined(a.src || undefined)}
      period=${ifDefined(a.period || undefined)}
      currency=${ifDefined(a.currency || undefined)}
      time-zone=${ifDefined(a.timeZone || undefined)}
      compare=${ifDefined(a.compare || undefined)}
      target=${ifDefined(a.target || undefined)}
      label=${ifDefined(a.label || undefined)}
      actual=${ifDefined(a.actual || undefined)}
      quota=${ifDefined(a.quota || undefined)}
      previous=${ifDefined(a.previous || undefined)}
      theme=${ifDefined(a.theme || undefined)}
    ></kpi-quota-attainment>`,
  decorators: [cardFrame],
};
export default meta;

type Story = StoryObj<QuotaAttainmentArgs>;

/** The sample company in December 2025, in New York time. */
export const Default: Story = { args: { ...sample } };

/** Won sales against the quota: 5,000 ÷ 8,000; `previous` is last period's attainment (a fraction). */
export const Summary: Story = {
  name: 'Summary: actual ÷ quota',
  args: { actual: '5000', quota: '8000', previous: '0.5', currency: 'USD' },
};

/** Inside a `<kpi-source>`: the Rep records' names label the bars, as they do with the card's own `src`. */
export const WithRepNames: Story = {
  name: 'Rep names from <kpi-source>',
  render: () =>
    html`<kpi-source
      src=${COMPANY_URL}
      period=${SAMPLE.period}
      currency=${SAMPLE.currency}
      time-zone=${SAMPLE.timeZone}
    >
      <kpi-quota-attainment></kpi-quota-attainment>
    </kpi-source>`,
};

/** A quarter: quotas and won sales of October to December. */
export const Quarter: Story = { args: { ...sample, period: '2025-Q4' } };

/** The request has not answered yet: a skeleton the size of the card. */
export const Loading: Story = { args: { ...sample, src: NEVER_URL } };

/** The server answers 404. */
export const LoadError: Story = { name: 'Error', args: { ...sample, src: MISSING_URL } };

/** No input at all. */
export const Empty: Story = { args: {} };

/** A refresh failed: the last good value stays, marked stale with its age. */
export const Stale: Story = {
  args: { ...sample },
  play: async ({ canvasElement }) =>
    failNextRefresh(canvasElement.querySelector<KpiQuotaAttainment>('kpi-quota-attainment')!),
};

/** Traditional Chinese, from an ancestor's `lang`. */
export const TraditionalChinese: Story = { name: 'zh-TW', args: { ...sample }, decorators: [zhFrame] };

/** 200 pixels wide: tighter, and no chart. */
export const Narrow: Story = { args: { ...sample }, decorators: [narrowFrame] };

/** `theme="dark"` on a dark page. */
export const Dark: Story = { args: { ...sample, theme: 'dark' }, decorators: [darkFrame] };
