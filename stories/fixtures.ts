/**
 * Shared story fixtures: the sample company (demo/data, served by Storybook as /data), URLs for the
 * states a user meets, and the wrappers stories lay cards out in (classes of stories.css: no inline styles).
 */
import { html, type TemplateResult } from 'lit';
import './stories.css';

/** Northwind Analytics, the generated sample company (2024-01 to 2025-12, USD). */
export const COMPANY_URL = 'data/company.json';
/** Its subscriptions alone, as CSV. */
export const SUBSCRIPTIONS_CSV_URL = 'data/subscriptions.csv';
/** The exchange rates of the sample company, as CSV. */
export const FX_RATES_CSV_URL = 'data/fx-rates.csv';
/** A file that is not there: the server answers 404. */
export const MISSING_URL = 'data/missing.json';
/** A request that never answers, to show the loading state. */
export const NEVER_URL = 'data/never-resolves.json';
/** Sent by a story to make its next request fail with 503, for the stale state. */
export const FAIL_HEADER = 'x-kpi-story-fail';

/** The options every dataset story shares: the sample company's last month, in New York time. */
export const SAMPLE = { period: '2025-12', currency: 'USD', timeZone: 'America/New_York' } as const;

// Storybook serves static files only, so a request that hangs or fails is simulated here.
const marker = Symbol.for('kpi-elements.stories.fetch');
const w = window as typeof window & { [marker]?: true };
if (!w[marker]) {
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (new Headers(init?.headers).has(FAIL_HEADER)) {
      return Promise.resolve(new Response('', { status: 503, statusText: 'Service Unavailable' }));
    }
    if (!url.endsWith(NEVER_URL)) return realFetch(input, init);
    return new Promise<Response>((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
    });
  };
  w[marker] = true;
}

/** A card at a comfortable width. */
export const cardFrame = (story: () => unknown): TemplateResult => html`<div class="story-card">${story()}</div>`;
/** 200 pixels wide: the card reflows and drops its chart. */
export const narrowFrame = (story: () => unknown): TemplateResult => html`<div class="story-narrow">${story()}</div>`;
/** A dark page. */
export const darkFrame = (story: () => unknown): TemplateResult => html`<div class="story-dark">${story()}</div>`;
/** Traditional Chinese, from an ancestor's `lang`. */
export const zhFrame = (story: () => unknown): TemplateResult => html`<div lang="zh-TW">${story()}</div>`;

/**
 * Makes the element's next fetch fail: the card keeps its value, marked stale. Changing `fetchOptions`
 * fetches the same `src` again, as `refresh()` would.
 */
export async function failNextRefresh(
  el: HTMLElement & { updateComplete: Promise<unknown>; fetchOptions: RequestInit },
) {
  await el.updateComplete;
  el.fetchOptions = { credentials: 'same-origin', headers: { [FAIL_HEADER]: '1' } };
  await el.updateComplete;
}
