import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/mrr-movements/kpi-mrr-movements.js';
import type { KpiMrrMovements } from '../src/components/mrr-movements/mrr-movements.js';
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
  start?: string;
  new?: string;
  expansion?: string;
  reactivation?: string;
  contraction?: string;
  churn?: string;
  previous?: string;
  theme?: 'light' | 'dark' | 'auto';
}

const sample: Args = { src: COMPANY_URL, ...SAMPLE };

const meta: Meta<Args> = {
  title: 'KPIs/kpi-mrr-movements',
  tags: ['autodocs'],
  component: 'kpi-mrr-movements',
  render: (a) =>
    html`<kpi-mrr-movements
      src=${ifDefined(a.src || undefined)}
      period=${ifDefined(a.period || undefined)}
      currency=${ifDefined(a.currency || undefined)}
      time-zone=${ifDefined(a.timeZone || undefined)}
      compare=${ifDefined(a.compare || undefined)}
      target=${ifDefined(a.target || undefined)}
      label=${ifDefined(a.label || undefined)}
      start=${ifDefined(a.start || undefined)}
      new=${ifDefined(a.new || undefined)}
      expansion=${ifDefined(a.expansion || undefined)}
      reactivation=${ifDefined(a.reactivation || undefined)}
      contraction=${ifDefined(a.contraction || undefined)}
      churn=${ifDefined(a.churn || undefined)}
      previous=${ifDefined(a.previous || undefined)}
      theme=${ifDefined(a.theme || undefined)}
    ></kpi-mrr-movements>`,
  decorators: [cardFrame],
};
export default meta;

type Story = StoryObj<Args>;

/** The sample company in December 2025, in New York time. */
export const Default: Story = { args: { ...sample } };

/** The summary form: six movements, with last period's net new MRR for the delta. */
export const Summary: Story = {
  name: 'Summary: start + movements',
  args: {
    start: '10000',
    new: '1200',
    expansion: '500',
    reactivation: '100',
    contraction: '300',
    churn: '400',
    previous: '800',
    currency: 'USD',
  },
};

/** A month that lost MRR: net new is negative. */
export const NetLoss: Story = {
  name: 'Summary: a net loss',
  args: {
    start: '10000',
    new: '200',
    expansion: '100',
    reactivation: '0',
    contraction: '400',
    churn: '900',
    previous: '300',
    currency: 'USD',
  },
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
  play: async ({ canvasElement }) =>
    failNextRefresh(canvasElement.querySelector<KpiMrrMovements>('kpi-mrr-movements')!),
};

/** Traditional Chinese, from an ancestor's `lang`. */
export const TraditionalChinese: Story = { name: 'zh-TW', args: { ...sample }, decorators: [zhFrame] };

/** 200 pixels wide: tighter, and no chart. */
export const Narrow: Story = { args: { ...sample }, decorators: [narrowFrame] };

/** `theme="dark"` on a dark page. */
export const Dark: Story = { args: { ...sample, theme: 'dark' }, decorators: [darkFrame] };
