import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/opportunities-vs-leads/kpi-opportunities-vs-leads.js';
import type { KpiOpportunitiesVsLeads } from '../src/components/opportunities-vs-leads/opportunities-vs-leads.js';
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

interface OpportunitiesArgs {
  src?: string;
  period?: string;
  currency?: string;
  timeZone?: string;
  compare?: 'previous-period' | 'same-period-last-year' | 'none';
  target?: string;
  label?: string;
  opportunities?: string;
  leads?: string;
  previous?: string;
  theme?: 'light' | 'dark' | 'auto';
}

const sample: OpportunitiesArgs = { src: COMPANY_URL, ...SAMPLE };

const meta: Meta<OpportunitiesArgs> = {
  title: 'KPIs/kpi-opportunities-vs-leads',
  tags: ['autodocs'],
  component: 'kpi-opportunities-vs-leads',
  render: (a) =>
    html`<kpi-opportunities-vs-leads
      src=${ifDefined(a.src || undefined)}
      period=${ifDefined(a.period || undefined)}
      currency=${ifDefined(a.currency || undefined)}
      time-zone=${ifDefined(a.timeZone || undefined)}
      compare=${ifDefined(a.compare || undefined)}
      target=${ifDefined(a.target || undefined)}
      label=${ifDefined(a.label || undefined)}
      opportunities=${ifDefined(a.opportunities || undefined)}
      leads=${ifDefined(a.leads || undefined)}
      previous=${ifDefined(a.previous || undefined)}
      theme=${ifDefined(a.theme || undefined)}
    ></kpi-opportunities-vs-leads>`,
  decorators: [cardFrame],
};
export default meta;

type Story = StoryObj<OpportunitiesArgs>;

/**
 * The sample company in December 2025: the funnel of leads, the month's opportunities, those that booked a
 * meeting and those won, each with the engine's conversion into it, and the pipeline's amounts.
 */
export const Default: Story = { args: { ...sample } };

/** Two numbers: opportunities ÷ leads against the previous rate (a fraction), in points; a two-step funnel. */
export const Summary: Story = {
  name: 'Summary: opportunities + leads',
  args: { opportunities: '8', leads: '20', previous: '0.35' },
};

/** With a target rate of 35%. */
export const WithTarget: Story = { args: { ...sample, target: '0.35' } };

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
    failNextRefresh(canvasElement.querySelector<KpiOpportunitiesVsLeads>('kpi-opportunities-vs-leads')!),
};

/** Traditional Chinese, from an ancestor's `lang`. */
export const TraditionalChinese: Story = { name: 'zh-TW', args: { ...sample }, decorators: [zhFrame] };

/** 200 pixels wide: the funnel gives way to the value. */
export const Narrow: Story = { args: { ...sample }, decorators: [narrowFrame] };

/** `theme="dark"` on a dark page. */
export const Dark: Story = { args: { ...sample, theme: 'dark' }, decorators: [darkFrame] };
