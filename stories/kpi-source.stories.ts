import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/source/kpi-source.js';
import '../src/components/card/kpi-card.js';
import '../src/components/mrr/kpi-mrr.js';
import '../src/components/arr/kpi-arr.js';
import { COMPANY_URL, MISSING_URL, NEVER_URL, SAMPLE } from './fixtures.js';

interface SourceArgs {
  src?: string;
  period?: string;
  currency?: string;
  timeZone?: string;
  lang?: string;
}

const meta: Meta<SourceArgs> = {
  title: 'KPIs/kpi-source',
  tags: ['autodocs'],
  component: 'kpi-source',
  render: (a) =>
    html`<kpi-source
      src=${ifDefined(a.src || undefined)}
      period=${ifDefined(a.period || undefined)}
      currency=${ifDefined(a.currency || undefined)}
      time-zone=${ifDefined(a.timeZone || undefined)}
      lang=${ifDefined(a.lang || undefined)}
    >
      <div class="story-grid">
        <kpi-mrr></kpi-mrr>
        <kpi-arr></kpi-arr>
        <kpi-card kpi="cac"></kpi-card>
        <kpi-card kpi="customer-churn-rate"></kpi-card>
        <kpi-card kpi="net-revenue-retention"></kpi-card>
        <kpi-card kpi="win-rate" period="2025-Q4"></kpi-card>
      </div>
    </kpi-source>`,
};
export default meta;

type Story = StoryObj<SourceArgs>;

/** One fetch of the sample company shared by six cards; the last card sets its own period. */
export const Default: Story = { args: { src: COMPANY_URL, ...SAMPLE } };

/** The source's `lang` is the cards' language. */
export const TraditionalChinese: Story = { name: 'zh-TW', args: { src: COMPANY_URL, ...SAMPLE, lang: 'zh-TW' } };

/** Every card waits for the one request. */
export const Loading: Story = { args: { src: NEVER_URL, ...SAMPLE } };

/** The one request failed: every card says so; the source fires one kpi-error. */
export const LoadError: Story = { name: 'Error', args: { src: MISSING_URL, ...SAMPLE } };
