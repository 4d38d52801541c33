/**
 * Distinct leads of a period (spec §4, §6.3, §6.4): the leads created in P, merged transitively when
 * they share an id or a trimmed lower-cased email, with the channel of the earliest row that has one.
 */
import type { KpiContext } from './context.js';
import { dealsKind, leadsKind } from './kinds.js';
import type { Period } from './period.js';
import { compareText, UNATTRIBUTED, type LeadRecord } from './records.js';

export { UNATTRIBUTED };
import { recordsIn } from './select.js';

/** One lead after de-duplication: every row merged into it and its channel. */
export interface DistinctLead {
  /** The smallest id among the merged rows, a stable name for the lead. */
  id: string;
  rows: LeadRecord[];
  /** Channel of the earliest row (by createdAt, then id) that has one; `unattributed` when none does. */
  channel: string;
}

/**
 * Ids of leads that a won deal points to (`Deal.leadId`) and ids of won deals, over the whole dataset:
 * conversion does not depend on the close date (§6.4). Invalid deals (a won deal without closedAt) are
 * already skipped by validation.
 */
function wonLinks(ctx: KpiContext): { leadIds: Set<string>; dealIds: Set<string> } {
  return ctx.index.cached('leads:won-links', () => {
    const leadIds = new Set<string>();
    const dealIds = new Set<string>();
    for (const d of ctx.index.kind(dealsKind).records) {
      if (d.stage !== 'won') continue;
      dealIds.add(d.id);
      if (d.leadId !== undefined) leadIds.add(d.leadId);
    }
    return { leadIds, dealIds };
  });
}

/** Whether a merged lead converted: any of its rows did (§6.4). */
export function converted(ctx: KpiContext, lead: DistinctLead): boolean {
  return lead.rows.some((row) => leadConverted(ctx, row));
}

/** Whether one lead row converted: it has convertedAt, a won deal points to it, or it points to a won deal. */
export function leadConverted(ctx: KpiContext, lead: LeadRecord): boolean {
  if (lead.convertedAt !== undefined) return true;
  const { leadIds, dealIds } = wonLinks(ctx);
  return leadIds.has(lead.id) || (lead.dealId !== undefined && dealIds.has(lead.dealId));
}

/**
 * The distinct leads created in P, sorted by id. Rows are read in (createdAt, id) order and merged with
 * a union-find over emails (ids are already unique), so neither record order nor which row comes first
 * changes a result.
 */
export function distinctLeads(ctx: KpiContext, period: Period): DistinctLead[] {
  return ctx.index.cached(`leads:distinct:${period.start}:${period.end}`, () => {
    const rows = recordsIn(ctx, leadsKind, 'createdAt', period);
    const parent = rows.map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) {
        parent[i] = parent[parent[i]!]!;
        i = parent[i]!;
      }
      return i;
    };
    const union = (a: number, b: number) => {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    };
    // Validation keeps one row per id, so rows merge only by email.
    const firstByEmail = new Map<string, number>();
    rows.forEach((row, i) => {
      if (row.email === undefined) return;
      const seen = firstByEmail.get(row.email);
      if (seen === undefined) firstByEmail.set(row.email, i);
      else union(seen, i);
    });
    // Each lead's rows in the order of `rows`: by createdAt, then id.
    const groups = new Map<number, LeadRecord[]>();
    rows.forEach((row, i) => {
      const root = find(i);
      const list = groups.get(root) ?? [];
      list.push(row);
      groups.set(root, list);
    });
    const leads: DistinctLead[] = [];
    for (const members of groups.values()) {
      const ids = members.map((m) => m.id).sort();
      leads.push({
        id: ids[0]!,
        rows: members,
        channel: members.find((m) => m.channel !== undefined)?.channel ?? UNATTRIBUTED,
      });
    }
    return leads.sort((a, b) => compareText(a.id, b.id));
  });
}
