import { LitElement } from 'lit';

// Outside the class so the manifest analyzer does not list a generic "name" event for every widget.
const composedEvent = <D>(name: string, detail: D) =>
  new CustomEvent<D>(name, { detail, bubbles: true, composed: true, cancelable: false });

/**
 * Base of every kpi-elements custom element: typed, composed events and a `define()` that tolerates a
 * second copy of the kit on the same page (a CDN bundle next to an npm build, two micro-frontends).
 */
export class KpiElement extends LitElement {
  /**
   * Registers the class under `tag`. When the tag is already taken, by another copy of the kit or
   * anything else, it warns and returns: a page with two copies keeps working with the first one.
   * Defining the same class twice is a silent no-op.
   */
  static define(tag: string, registry: CustomElementRegistry = customElements): void {
    const existing = registry.get(tag);
    if (existing) {
      if (existing !== this) {
        console.warn(
          `kpi-elements: <${tag}> is already defined (another copy of kpi-elements may be loaded); this copy is not registered and the first definition stays in use.`,
        );
      }
      return;
    }
    registry.define(tag, this);
  }

  /** Dispatches a CustomEvent that bubbles out of shadow roots; returns false when a listener cancelled it. */
  protected emit<K extends keyof GlobalEventHandlersEventMap>(
    name: K,
    detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
  ): boolean {
    return this.dispatchEvent(composedEvent(name, detail));
  }
}
