import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/card/kpi-card.js';
import type { KpiCard } from '../src/components/card/card.js';
import { catalogue } from '../src/engine/catalogue.js';
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

interface CardArgs {
  kpi?: string;
  src?: string;
  period?: string;
  currency?: string;
  timeZone?: string;
  compare?: 'previous-period' | 'same-period-last-year' | 'none';
  target?: string;
  summary?: string;
  previous?: string;
  costBasis?: 'marketing' | 'fully-loaded';
  grossMargin?: string;
  method?: 'simple' | 'churn' | 'discounted';
  noSparkline?: boolean;
  theme?: 'light' | 'dark' | 'auto';
}

const sample: CardArgs = { kpi: 'mrr', src: COMPANY_URL, ...SAMPLE };

const meta: Meta<CardArgs> = {
  title: 'KPIs/kpi-card',
  tags: ['autodocs'],
  component: 'kpi-card',
  argTypes: { kpi: { control: 'select', options: catalogue.map((k) => k.id) } },
  render: (a) =>
    html`<kpi-card
      kpi=${ifDefined(a.kpi || undefined)}
      src=${ifDefined(a.src || undefined)}
      period=${ifDefined(a.period || undefined)}
      currency=${ifDefined(a.currency || undefined)}
      time-zone=${ifDefined(a.timeZone || undefined)}
      compare=${ifDefined(a.compare || undefined)}
      target=${ifDefined(a.target || undefined)}
      summary=${ifDefined(a.summary || undefined)}
      previous=${ifDefined(a.previous || undefined)}
      cost-basis=${ifDefined(a.costBasis || undefined)}
      gross-margin=${ifDefined(a.grossMargin || undefined)}
      method=${ifDefined(a.method || undefined)}
      ?no-sparkline=${a.noSparkline}
      theme=${ifDefined(a.theme || undefined)}
    ></kpi-card>`,
  decorators: [cardFrame],
};
export default meta;

type Story = StoryObj<CardArgs>;

/** Any catalogue KPI by id: here MRR of the sample company in December 2025. */
export const Default: Story = { args: { ...sample } };

/** CAC: lower is better, so a fall is good news (green, ▼). */
export const LowerIsBetter: Story = { name: 'Lower is better (CAC)', args: { ...sample, kpi: 'cac', target: '1000' } };

/** "How is this calculated?" open: the formula, the quotient with its real inputs, and each input. */
export const Explained: Story = {
  name: 'How is this calculated? (open)',
  args: { ...sample, kpi: 'cac' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<KpiCard>('kpi-card')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector('details')!.open = true;
  },
};

/** A rate: the change is in percentage points. */
export const Rate: Story = { name: 'Rate (win rate)', args: { ...sample, kpi: 'win-rate' } };

/** CLTV needs a gross margin; given as an attribute it is forwarded to the engine. */
export const WithOption: Story = { name: 'Option: gross-margin', args: { ...sample, kpi: 'cltv', grossMargin: '0.8' } };

/** Without the gross margin the value is "—" with the reason in words. */
export const MissingInput: Story = { name: 'No value: reason in words', args: { ...sample, kpi: 'cltv' } };

/** Summary numbers for any KPI, as JSON by the engine's input names. */
export const Summary: Story = {
  args: { kpi: 'cac', summary: '{"spend": "5500", "newCustomers": "12"}', previous: '500', currency: 'USD' },
};

/** The request has not answered yet: a skeleton the size of the card. */
export const Loading: Story = { args: { ...sample, src: NEVER_URL } };

/** The server answers 404. */
export const LoadError: Story = { name: 'Error', args: { ...sample, src: MISSING_URL } };

/** An id that is not in the catalogue names the attribute to fix. */
export const UnknownKpi: Story = { name: 'Error: unknown kpi', args: { ...sample, kpi: 'cack' } };

/** No input at all. */
export const Empty: Story = { args: { kpi: 'mrr' } };

/** A refresh failed: the last good value stays, marked stale with its age. */
export const Stale: Story = {
  args: { ...sample, kpi: 'cac' },
  play: async ({ canvasElement }) => failNextRefresh(canvasElement.querySelector<KpiCard>('kpi-card')!),
};

/** Traditional Chinese. */
export const TraditionalChinese: Story = { name: 'zh-TW', args: { ...sample, kpi: 'cac' }, decorators: [zhFrame] };

/** 200 pixels wide: tighter, and no sparkline. */
export const Narrow: Story = { args: { ...sample, kpi: 'cac' }, decorators: [narrowFrame] };

/** `theme="dark"` on a dark page. */
export const Dark: Story = { args: { ...sample, kpi: 'cac', theme: 'dark' }, decorators: [darkFrame] };
