import {
  html,
  noChange,
  nothing,
  render,
  svg,
  type ElementPart,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import { Directive, directive } from 'lit/directive.js';
import {
  BOLD,
  chartStrings,
  FONT_SIZE,
  LINE_HEIGHT,
  px,
  size,
  textWidth,
  type Box,
  type ChartItem,
  type ChartOptions,
  type ChartStrings,
} from './chart.js';

/*
 * The focusable items of a chart, a hit area over each bar, step or column, and the chart's one
 * tooltip: a module of its own, so that a chart without items (the ring) does not carry them.
 */

const TIP_PAD = 6;
const TIP_GAP = 6;

/**
 * Where an item's tooltip box goes: above its anchor when there is room. Otherwise a column's tooltip
 * goes beside it (below would cover the column), a row's below it; always inside the viewBox.
 */
function tooltipBox(item: ChartItem, width: number, height: number): Box {
  const lines = item.tooltip;
  const anchor = item.anchor ?? item.hit;
  const w = Math.max(...lines.map((l, i) => textWidth(l) * (i === 0 ? BOLD : 1))) + 2 * TIP_PAD;
  const h = lines.length * LINE_HEIGHT + 2 * TIP_PAD - 3;
  const clamp = (v: number, hi: number) => Math.min(Math.max(0, v), Math.max(0, hi));
  const above = anchor.y - TIP_GAP - h;
  let x = clamp(anchor.x + anchor.width / 2 - w / 2, width - w);
  let y: number;
  if (above >= 0) {
    y = above;
  } else if (item.column) {
    const right = anchor.x + anchor.width + TIP_GAP;
    x = right + w <= width ? right : clamp(anchor.x - TIP_GAP - w, width - w);
    y = clamp(anchor.y, height - h);
  } else {
    y = clamp(anchor.y + anchor.height + TIP_GAP, height - h);
  }
  return { x, y, width: w, height: h };
}

const tooltipContent = (lines: readonly string[], box: Box): SVGTemplateResult =>
  svg`<rect class="tooltip-box" width=${px(box.width)} height=${px(box.height)} rx="4"></rect>${lines.map(
    (line, i) =>
      svg`<text class=${i === 0 ? 'tooltip-text tooltip-title' : 'tooltip-text'} x=${TIP_PAD} y=${TIP_PAD + 10 + i * LINE_HEIGHT}>${line}</text>`,
  )}`;

/** What the items layer of a rendered chart needs when an event reaches it. */
interface Layer {
  items: readonly ChartItem[];
  width: number;
  height: number;
  onSelect: ChartOptions['onSelect'];
}

/** The latest items of each rendered items layer, set on every render by `layerState`. */
const layers = new WeakMap<Element, Layer>();

/** An item group of a layer, the item it draws and the layer's state. */
interface ItemAt {
  g: Element;
  item: ChartItem;
  state: Layer;
}

/** The `.item` group of this layer that `node` is in, the item it draws and the layer's state. */
function itemAt(layer: Element, node: EventTarget | null): ItemAt | undefined {
  // Not `instanceof Element`: the chart may be drawn into another window's document (an iframe).
  const g = node && 'closest' in node ? (node as Element).closest('.item') : null;
  const state = layers.get(layer);
  if (!g || !state || g.parentNode !== layer) return undefined;
  // The layer's children are its item groups, in the order of its items.
  const item = state.items[[...layer.children].indexOf(g)];
  return item ? { g, item, state } : undefined;
}

/**
 * One tooltip per chart, made on first use and moved into the item that is focused or hovered, where
 * the `.item:focus .tooltip` / `.item:hover .tooltip` rules show it. A tooltip per item was most of a
 * category chart's nodes; now only the accessible name (`aria-label`) is per item, and no `<title>`,
 * which the browser would show on hover as a second, unstyled tooltip. The text is written by Lit
 * (text bindings, never markup), and an SVG `transform` attribute places the box, so a strict
 * `style-src` holds.
 */
function showTooltip(layer: Element, { g, item, state }: ItemAt): void {
  let tip = layer.querySelector<SVGGElement>('g.tooltip');
  if (!tip) {
    tip = layer.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'g');
    tip.setAttribute('class', 'tooltip');
    tip.setAttribute('part', 'tooltip');
  }
  const box = tooltipBox(item, state.width, state.height);
  tip.setAttribute('transform', `translate(${px(box.x)} ${px(box.y)})`);
  render(tooltipContent(item.tooltip, box), tip);
  if (tip.parentNode !== g) g.append(tip);
}

/** Moves the tooltip to the item other than `except` under the pointer or, failing that, the focused one. */
function followTooltip(layer: Element, except: Element): void {
  for (const selector of ['.item:hover', '.item:focus']) {
    const g = layer.querySelector(selector);
    if (g && g !== except) {
      const at = itemAt(layer, g);
      if (at) showTooltip(layer, at);
      return;
    }
  }
}

/**
 * Keeps the layer's state for its event handlers, and rewrites a tooltip that is showing when the
 * chart is rendered again with new data (or removes it when its item is gone).
 */
class LayerState extends Directive {
  render(_state: Layer) {
    return noChange;
  }

  override update(part: ElementPart, [state]: [Layer]) {
    const layer = part.element;
    layers.set(layer, state);
    const tip = layer.querySelector('g.tooltip');
    const g = tip?.parentNode;
    if (tip && g) {
      const at = itemAt(layer, g);
      if (at) showTooltip(layer, at);
      else tip.remove();
    }
    return noChange;
  }
}
const layerState = directive(LayerState);

/**
 * Click and keydown on a layer whose items can be buttons: passed as `activate` to `itemLayer` by the
 * charts that take `onSelect`, so that one without (the line chart) does not carry it.
 */
export function activateItem(event: Event): void {
  const layer = event.currentTarget as Element;
  const at = itemAt(layer, event.target);
  if (!at || at.item.passive || !at.state.onSelect) return;
  if (event.type === 'keydown') {
    const { key } = event as KeyboardEvent;
    if (key !== 'Enter' && key !== ' ') return;
    // Space would scroll the page; a button does not.
    event.preventDefault();
  }
  at.state.onSelect(at.item.key, at.item.value);
}

function onEnter(event: Event): void {
  const layer = event.currentTarget as Element;
  const at = itemAt(layer, event.target);
  if (at && at.g.querySelector('g.tooltip') === null) showTooltip(layer, at);
}

/** Leaving an item for somewhere that is not another item: the tooltip goes back to the one still hovered or focused. */
function onLeave(event: FocusEvent | PointerEvent): void {
  const layer = event.currentTarget as Element;
  const from = itemAt(layer, event.target);
  const to = itemAt(layer, event.relatedTarget);
  if (from && !to) followTooltip(layer, from.g);
}

// Without onSelect an item does nothing when activated, so it is a named graphic that takes focus
// only to show its tooltip, not a button. Its events are handled once, on the layer (`itemLayer`).
const itemTemplate = (item: ChartItem, act: boolean, s: ChartStrings): SVGTemplateResult => {
  const { hit } = item;
  return svg`<g class="item" role=${act ? 'button' : 'img'} tabindex="0" aria-label=${item.name ?? item.tooltip.join(s.separator)} data-key=${item.key}><rect class="hit" x=${px(hit.x)} y=${px(hit.y)} width=${size(hit.width)} height=${size(hit.height)} rx="3"></rect></g>`;
};

/**
 * The focusable items of a chart, for `chartFrame`'s `layer`: a second svg stacked over the picture,
 * with the picture's viewBox, that handles its items' events (`activate` for clicks and keys, given by
 * a chart whose items are buttons with `opts.onSelect`); nothing without items.
 */
export function itemLayer(
  items: readonly ChartItem[],
  opts: ChartOptions,
  activate?: (event: Event) => void,
): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  const { width, height } = opts;
  const s = chartStrings(opts);
  return html`<svg
    class="chart-items"
    role="group"
    aria-label=${opts.label}
    viewBox="0 0 ${width} ${height}"
    font-size=${FONT_SIZE}
    ${layerState({ items, width, height, onSelect: opts.onSelect })}
    @click=${activate}
    @keydown=${activate}
    @focusin=${onEnter}
    @pointerover=${onEnter}
    @focusout=${onLeave}
    @pointerout=${onLeave}
  >
    ${items.map((item) => itemTemplate(item, !item.passive && opts.onSelect !== undefined, s))}
  </svg>`;
}
