import type { Dataset } from '../../engine/types.js';

/*
 * Shared by the sales widgets (sales per rep, sales cycle, quota attainment, sales growth): rep labels
 * and the chart's drawing size. A candidate for base/ once another group needs it.
 */

/** The engine's key for won deals without a rep (see `engine/reps.ts`). */
import { UNASSIGNED as UNASSIGNED_KEY } from '../../engine/records.js';

export { UNASSIGNED_KEY };

/** "Unassigned" in the card's language; other languages read English, like the base's words. */
export const unassignedWord = (locale: string): string => (locale === 'zh-TW' ? '未指派' : 'Unassigned');

const byDataset = new WeakMap<Dataset, Map<string, string>>();

/**
 * Rep names by id from the Rep records the result was computed from (`view.dataset`, whichever input
 * gave them: `.data`, `data`, `src` or `<kpi-source>`): display labels only, never numbers. Summary
 * forms have no records, hence no names. Read once per dataset object.
 */
export function repNames(dataset: Dataset | undefined): Map<string, string> {
  if (!dataset || typeof dataset !== 'object') return new Map();
  let names = byDataset.get(dataset);
  if (!names) {
    names = new Map();
    const reps: unknown = dataset.reps;
    for (const rep of Array.isArray(reps) ? reps : []) {
      const { id, name } = (rep ?? {}) as { id?: unknown; name?: unknown };
      if ((typeof id === 'string' || typeof id === 'number') && typeof name === 'string' && name.trim()) {
        names.set(String(id), name.trim());
      }
    }
    byDataset.set(dataset, names);
  }
  return names;
}

/** A breakdown key as people read it: the rep's name, "Unassigned", or the rep id. */
export function repLabel(key: string, names: Map<string, string>, locale: string): string {
  if (key === UNASSIGNED_KEY) return unassignedWord(locale);
  return names.get(key) ?? key;
}

/** Row height of a bar chart in user units. */
export const ROW_HEIGHT = 26;

/**
 * The chart's drawing width: the card's width (its padding taken off), at least 200. Before the base's
 * ResizeController has reported a width, the host is measured, so the first chart is drawn at its
 * final size rather than redrawn (and the card's height jumping) a frame later.
 */
export function chartSize(host: Element, observed: number): number {
  const width = observed || Math.round(host.getBoundingClientRect().width);
  return Math.max(200, (width || 360) - 42);
}
