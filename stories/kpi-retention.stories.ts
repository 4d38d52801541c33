import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/retention/kpi-retention.js';
import type { KpiRetention } from '../src/components/retention/retention.js';
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

interface RetentionArgs {
  src?: string;
  period?: string;
  currency?: string;
  timeZone?: string;
  compare?: 'previous-period' | 'same-period-last-year' | 'none';
  target?: string;
  label?: string;
  customersStart?: string;
  customersEnd?: string;
  newCustomers?: string;
  reactivatedCustomers?: string;
  previous?: string;
  theme?: 'light' | 'dark' | 'auto';
}

const sample: RetentionArgs = { src: COMPANY_URL, ...SAMPLE };

const meta: Meta<RetentionArgs> = {
  title: 'KPIs/kpi-retention',
  tags: ['autodocs'],
  component: 'kpi-retention',
  render: (a) =>
    html`<kpi-retention
      src=${ifDefined(a.src || undefined)}
      period=${ifDefined(a.period || undefined)}
      currency=${ifDefined(a.currency || undefined)}
      time-zone=${ifDefined(a.timeZone || undefined)}
      compare=${ifDefined(a.compare || undefined)}
      target=${ifDefined(a.target || undefined)}
      label=${ifDefined(a.label || undefined)}
      customers-start=${ifDefined(a.customersStart || undefined)}
      customers-end=${ifDefined(a.customersEnd || undefined)}
      new-customers=${ifDefined(a.newCustomers || undefined)}
      reactivated-customers=${ifDefined(a.reactivatedCustomers || undefined)}
      previous=${ifDefined(a.previous || undefined)}
      theme=${ifDefined(a.theme || undefined)}
    ></kpi-retention>`,
  decorators: [cardFrame],
};
export default meta;

type Story = StoryObj<RetentionArgs>;

/** The sample company in December 2025, in New York time: retention with churn, NRR and GRR, and 12 months of all four. */
export const Default: Story = { args: { ...sample } };

/** The source article's numbers: (5 − 2) ÷ 4 = 75%, against 80% before. Summary numbers draw no chart. */
export const Summary: Story = {
  name: 'Summary: customers-start + customers-end + new-customers',
  args: { customersStart: '4', customersEnd: '5', newCustomers: '2', previous: '0.8' },
};

/** Reactivated customers subtracted apart from new ones. */
export const SummaryWithReactivations: Story = {
  name: 'Summary: with reactivated-customers',
  args: { customersStart: '120', customersEnd: '126', newCustomers: '9', reactivatedCustomers: '2' },
};

/** With a target of 98%: progress toward it. */
export const WithTarget: Story = { args: { ...sample, target: '0.98' } };

/** Before the company had customers: "—" and the reason in words, for the headline and each rate. */
export const NotDefined: Story = {
  name: 'Not defined (no customers at the start)',
  args: { ...sample, period: '2024-01' },
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
  play: async ({ canvasElement }) => failNextRefresh(canvasElement.querySelector<KpiRetention>('kpi-retention')!),
};

/** Traditional Chinese, from an ancestor's `lang`. */
export const TraditionalChinese: Story = { name: 'zh-TW', args: { ...sample }, decorators: [zhFrame] };

/** 200 pixels wide: tighter, the rates stacked, and no chart. */
export const Narrow: Story = { args: { ...sample }, decorators: [narrowFrame] };

/** `theme="dark"` on a dark page. */
export const Dark: Story = { args: { ...sample, theme: 'dark' }, decorators: [darkFrame] };
