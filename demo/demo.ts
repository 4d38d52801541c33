// The demo dashboard: registers every widget as the CDN bundle would, and wires the page's controls.
// The widgets do the rest by themselves: they follow <html lang> for their language, and the
// <kpi-source>'s period for their month. This script sets those two, each widget's `theme`, and
// translates the page around the widgets. No inline handlers: a strict CSP holds for the built page.
import '../src/kpi-elements.js';
import type { KpiSelectEvent } from '../src/components/base/events.js';

type Lang = 'en' | 'zh-TW';
type Theme = 'light' | 'dark';

/** The months of the sample company (demo/data/README.md). */
const FIRST_MONTH = '2024-01';
const LAST_MONTH = '2025-12';

const pageText: Record<Lang, Record<string, string>> = {
  en: {
    documentTitle: 'Sales dashboard · Northwind Analytics',
    title: 'Sales dashboard',
    periodLabel: 'Month',
    languageLabel: 'Language',
    themeLabel: 'Theme',
    light: 'Light',
    dark: 'Dark',
    meta: '{month} · US dollars · New York time',
    selected: 'Selected in {widget}: {key}',
    summaryTitle: 'Key numbers',
    revenueTitle: 'Recurring revenue',
    movementsNote: 'Where MRR moved: start, new, expansion, reactivation, contraction, churn, end.',
    expansionNote: 'Upsell and cross-sell, as MRR and as a share of the start.',
    retentionNote: 'Customer retention and churn, NRR and GRR over twelve months.',
    yoyLabel: 'MRR against a year earlier',
    yearOnYear: 'Against the same month a year earlier, with a target of $80,000.',
    acquisitionTitle: 'Acquisition',
    leadsNote: 'Fed by its own CSV file (src="./data/leads.csv" src-kind="leads"), with the page\'s month.',
    funnelNote: 'From lead to won deal.',
    conversionNote: 'Leads created this month that converted.',
    cacNote: 'Lower is better: a fall shows as good news.',
    channelNote: 'Select a bar to drill into a channel.',
    cltvNote: 'Gross margin 80%, given as an attribute.',
    salesTitle: 'Sales team',
    growthNote: 'Won sales, month on month.',
    winNote: 'Deals won of deals closed this month.',
    quarterNote: 'This card sets its own period: the quarter of the month.',
    repNote: 'The dashed line is the team average.',
    quotaNote: 'Each rep against their quota for the month.',
    cycleNote: 'Calendar days from created to won, per rep.',
    summariesTitle: 'From summary numbers',
    summaryNote: 'mrr="5940" previous="5400": attributes only, no records.',
    formulaNote: "The source article's formula: paying customers × average revenue per account.",
    arrNote: "The source article's ARR: annual subscriptions + additional recurring − cancellations.",
    footer: 'Sample data: a generated company, January 2024 to December 2025. Built with kpi-elements.',
  },
  'zh-TW': {
    documentTitle: '銷售儀表板 · Northwind Analytics',
    title: '銷售儀表板',
    periodLabel: '月份',
    languageLabel: '語言',
    themeLabel: '主題',
    light: '淺色',
    dark: '深色',
    meta: '{month} · 美元 · 紐約時間',
    selected: '已在「{widget}」選取：{key}',
    summaryTitle: '重點數字',
    revenueTitle: '經常性收入',
    movementsNote: 'MRR 變動來源：期初、新增、擴充、回流、縮減、流失、期末。',
    expansionNote: '追加銷售與交叉銷售：以 MRR 及佔期初 MRR 的比例表示。',
    retentionNote: '近十二個月的客戶保留率與流失率、NRR 與 GRR。',
    yoyLabel: 'MRR 與去年同月比較',
    yearOnYear: '與去年同月相比，並顯示 US$80,000 目標的達成進度。',
    acquisitionTitle: '獲客',
    leadsNote: '由自己的 CSV 檔案提供資料（src="./data/leads.csv" src-kind="leads"），月份跟隨本頁。',
    funnelNote: '從線索到成交。',
    conversionNote: '本月建立且已轉換的線索。',
    cacNote: '越低越好：下降顯示為好消息。',
    channelNote: '選取長條即可查看該管道。',
    cltvNote: '毛利率 80%，以屬性提供。',
    salesTitle: '銷售團隊',
    growthNote: '每月成交金額的變化。',
    winNote: '本月結案交易中成交的比例。',
    quarterNote: '這張卡片設定自己的期間：所選月份所在的季度。',
    repNote: '虛線為團隊平均。',
    quotaNote: '每位業務代表本月的配額達成情況。',
    cycleNote: '各業務代表從建立到成交的日曆天數。',
    summariesTitle: '由摘要數字計算',
    summaryNote: 'mrr="5940" previous="5400"：只用屬性，不需要任何紀錄。',
    formulaNote: '原文公式：付費客戶數 × 每位客戶平均收入。',
    arrNote: '原文的 ARR：年度訂閱 + 額外經常性收入 − 取消金額。',
    footer: '範例資料：虛構公司，2024 年 1 月至 2025 年 12 月。以 kpi-elements 製作。',
  },
};

const root = document.documentElement;
const source = document.querySelector('kpi-source')!;
const periodSelect = document.querySelector<HTMLSelectElement>('#period')!;
const meta = document.querySelector<HTMLElement>('#meta')!;
const selection = document.querySelector<HTMLElement>('#selection')!;

const isLang = (v: unknown): v is Lang => v === 'en' || v === 'zh-TW';
const isTheme = (v: unknown): v is Theme => v === 'light' || v === 'dark';
const isMonth = (v: unknown): v is string =>
  typeof v === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(v) && v >= FIRST_MONTH && v <= LAST_MONTH;

const state = {
  lang: 'en' as Lang,
  theme: (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light') as Theme,
  month: source.getAttribute('period') ?? LAST_MONTH,
};

/** Every widget on the page (the source draws nothing, so it takes no theme). */
const widgets = (): Element[] =>
  [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('kpi-') && el.localName !== 'kpi-source');

/** '2024-01' … '2025-12': the months the picker offers. */
function months(): string[] {
  const [firstYear, firstMonth] = FIRST_MONTH.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = firstMonth - 1; ; i++) {
    const month = `${firstYear + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    out.push(month);
    if (month >= LAST_MONTH) return out;
  }
}

/** "December 2025" / "2025年12月": the calendar month itself, so UTC keeps it from shifting a day. */
function monthLabel(month: string, lang: Lang): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, 1),
  );
}

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

function render(): void {
  const text = pageText[state.lang];
  root.lang = state.lang;
  root.dataset.theme = state.theme;
  document.title = text.documentTitle!;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = text[el.dataset.i18n!] ?? el.textContent;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    el.setAttribute('label', text[el.dataset.i18nLabel!] ?? el.getAttribute('label') ?? '');
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === state.lang));
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme]')) {
    button.setAttribute('aria-pressed', String(button.dataset.theme === state.theme));
  }

  // The month list, in the page's language.
  periodSelect.replaceChildren(
    ...months().map((month) => new Option(monthLabel(month, state.lang), month, false, month === state.month)),
  );
  periodSelect.value = state.month;
  meta.textContent = fill(text.meta!, { month: monthLabel(state.month, state.lang) });

  // One attribute on the source recomputes every widget inside it; a card with its own period follows by hand.
  if (source.getAttribute('period') !== state.month) source.setAttribute('period', state.month);
  const [y, m] = state.month.split('-').map(Number) as [number, number];
  for (const el of document.querySelectorAll('[data-period="quarter"]')) {
    el.setAttribute('period', `${y}-Q${Math.ceil(m / 3)}`);
  }
  for (const el of widgets()) {
    if (el.getAttribute('theme') !== state.theme) el.setAttribute('theme', state.theme);
  }

  const url = new URL(location.href);
  url.searchParams.set('lang', state.lang);
  url.searchParams.set('theme', state.theme);
  url.searchParams.set('period', state.month);
  history.replaceState(null, '', url);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => {
    if (!isLang(button.dataset.lang)) return;
    state.lang = button.dataset.lang;
    selection.textContent = '';
    render();
  });
}
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme]')) {
  button.addEventListener('click', () => {
    if (!isTheme(button.dataset.theme)) return;
    state.theme = button.dataset.theme;
    render();
  });
}
periodSelect.addEventListener('change', () => {
  if (!isMonth(periodSelect.value)) return;
  state.month = periodSelect.value;
  selection.textContent = '';
  render();
});

// A bar, step or segment a user selects: the event bubbles out of the widget's shadow root.
source.addEventListener('kpi-select', (event: KpiSelectEvent) => {
  const widget = event.target as Element;
  const label = widget.shadowRoot?.querySelector('[part~="label"]')?.textContent?.trim() ?? widget.localName;
  selection.textContent = fill(pageText[state.lang].selected!, { widget: label, key: event.detail.key });
});

// ?lang=zh-TW&theme=dark&period=2025-06 opens the page that way (and the URL keeps the choice).
const params = new URLSearchParams(location.search);
const lang = params.get('lang');
const theme = params.get('theme');
const month = params.get('period');
if (isLang(lang)) state.lang = lang;
if (isTheme(theme)) state.theme = theme;
if (isMonth(month)) state.month = month;
render();
