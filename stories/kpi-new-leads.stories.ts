import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/new-leads/kpi-new-leads.js';
import type { KpiNewLeads } from '../src/components/new-leads/new-leads.js';
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

interface Args {
  src?: string;
  period?: string;
  currency?: string;
  timeZone?: string;
  compare?: 'previous-period' | 'same-period-last-year' | 'none';
  target?: string;
  label?: string;
  count?: string;
  months?: number;
  previous?: string;
  theme?: 'light' | 'dark' | 'auto';
}

const sample: Args = { src: COMPANY_URL, ...SAMPLE };

const meta: Meta<Args> = {
  title: 'KPIs/kpi-new-leads',
  tags: ['autodocs'],
  component: 'kpi-new-leads',
  render: (a) =>
    html`<kpi-new-leads
      src=${ifDefined(a.src || undefined)}
      period=${ifDefined(a.period || undefined)}
      currency=${ifDefined(a.currency || undefined)}
      time-zone=${ifDefined(a.timeZone || undefined)}
      compare=${ifDefined(a.compare || undefined)}
      target=${ifDefined(a.target || undefined)}
      label=${ifDefined(a.label || undefined)}
      count=${ifDefined(a.count || undefined)}
      months=${ifDefined(a.months)}
      previous=${ifDefined(a.previous || undefined)}
      theme=${ifDefined(a.theme || undefined)}
    ></kpi-new-leads>`,
  decorators: [cardFrame],
};
export default meta;

type Story = StoryObj<Args>;

/** The sample company in December 2025, in New York time. */
export const Default: Story = { args: { ...sample } };

/** The source article's number: 20 new leads against 16. */
export const Summary: Story = { name: 'Summary: count + previous', args: { count: '20', previous: '16' } };

/** Twelve monthly columns instead of six. */
export const TwelveMonths: Story = { name: '12 months', args: { ...sample, months: 12 } };

/** The request has not answered yet: a skeleton the size of the card. */
export const Loading: Story = { args: { ...sample, src: NEVER_URL } };

/** The server answers 404. */
export const LoadError: Story = { name: 'Error', args: { ...sample, src: MISSING_URL } };

/** No input at all. */
export const Empty: Story = { args: {} };

/** A refresh failed: the last good value stays, marked stale with its age. */
export const Stale: Story = {
  args: { ...sample },
  play: async ({ canvasElement }) => failNextRefresh(canvasElement.querySelector<KpiNewLeads>('kpi-new-leads')!),
};

/** Traditional Chinese, from an ancestor's `lang`. */
export const TraditionalChinese: Story = { name: 'zh-TW', args: { ...sample }, decorators: [zhFrame] };

/** 200 pixels wide: tighter, and no chart. */
export const Narrow: Story = { args: { ...sample }, decorators: [narrowFrame] };

/** `theme="dark"` on a dark page. */
export const Dark: Story = { args: { ...sample, theme: 'dark' }, decorators: [darkFrame] };
