// Pure questions asked of the explorer index: filtering and sorting documents, filtering claims,
// the years a claim covers, counts, and the actor network. No DOM here, so tests can call it.
import type { DocumentsIndex, ExplorerIndex } from '../shape.ts';

export const yearOf = (date: string | null): number | null => (date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null);

/** First and last year a claim's time covers ("2016/2020" covers both ends), or null when undated. */
export function claimYears(value: string | null): [number, number] | null {
  if (!value) return null;
  const [from, to] = value.split('/');
  const first = yearOf(from);
  if (first === null) return null;
  return [first, yearOf(to ?? null) ?? first];
}

export type DocumentColumn = 'title' | 'site' | 'published' | 'language' | 'genre' | 'words' | 'claims';

export interface DocumentFilter {
  query: string;
  site: string;
  language: string;
  genre: string;
  year: string;
  sort: DocumentColumn;
  descending: boolean;
}

/** How a missing value appears in filters and select boxes. */
export const NONE = '(none)';
const orNone = (value: string | number | null) => (value === null ? NONE : String(value));

/**
 * Documents passing the filters, sorted. `textMatches` holds documents whose text contains the query
 * (known only for chunks already searched); titles are always searched.
 */
export function filterDocuments(index: DocumentsIndex, filter: DocumentFilter, textMatches: ReadonlySet<number>): number[] {
  const d = index.documents;
  const query = filter.query.trim().toLowerCase();
  const rows: number[] = [];
  for (let i = 0; i < d.id.length; i++) {
    if (filter.site && orNone(d.site[i]) !== filter.site) continue;
    if (filter.language && orNone(d.language[i]) !== filter.language) continue;
    if (filter.genre && orNone(d.genre[i]) !== filter.genre) continue;
    if (filter.year && orNone(yearOf(d.published[i])) !== filter.year) continue;
    if (query && !(d.title[i] ?? '').toLowerCase().includes(query) && !textMatches.has(i)) continue;
    rows.push(i);
  }
  const column: readonly (string | number | null)[] = d[filter.sort];
  const direction = filter.descending ? -1 : 1;
  rows.sort((a, b) => {
    const x = column[a];
    const y = column[b];
    // Missing values sort last whatever the direction.
    if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
    const order = typeof x === 'number' ? x - (y as number) : String(x).localeCompare(String(y));
    return order === 0 ? a - b : order * direction;
  });
  return rows;
}

export interface ClaimFilter {
  /** Actor index as a string, "" for any. */
  actor: string;
  relation: string;
  modality: string;
  /** Inclusive period; claims without a time are left out when either end is set. */
  from: string;
  to: string;
  /** Position of a document whose claims alone are wanted, -1 for all. */
  document: number;
}

export function claimPasses(index: ExplorerIndex, i: number, filter: ClaimFilter, ignoreActor = false): boolean {
  const c = index.claims;
  if (filter.document >= 0 && c.doc[i] !== filter.document) return false;
  if (!ignoreActor && filter.actor && String(c.subject[i]) !== filter.actor && String(c.object[i]) !== filter.actor) return false;
  if (filter.relation && index.relations[c.relation[i]]?.name !== filter.relation) return false;
  if (filter.modality && index.modalities[c.modality[i]]?.name !== filter.modality) return false;
  if (filter.from || filter.to) {
    const years = claimYears(c.timeValue[i]);
    if (!years) return false;
    if (filter.from && years[1] < Number(filter.from)) return false;
    if (filter.to && years[0] > Number(filter.to)) return false;
  }
  return true;
}

export function filterClaims(index: ExplorerIndex, filter: ClaimFilter): number[] {
  const rows: number[] = [];
  for (let i = 0; i < index.claims.id.length; i++) if (claimPasses(index, i, filter)) rows.push(i);
  return rows;
}

/** Every year any claim's time mentions, ascending. */
export function claimYearRange(index: ExplorerIndex): number[] {
  const years = new Set<number>();
  for (const value of index.claims.timeValue) {
    const range = claimYears(value);
    if (range) for (const y of range) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/** Counts of a value per item, largest first, ties by value. */
export function countBy<T>(items: Iterable<T>, key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
}

export const range = (n: number) => Array.from({ length: n }, (_, i) => i);

export const NETWORK_ACTOR_TYPES = new Set(['country', 'organization']);

export interface NetworkNode {
  actor: number;
  weight: number;
  x: number;
  y: number;
}

export interface NetworkEdge {
  a: number;
  b: number;
  count: number;
}

/**
 * The actor network of the given claims: countries and organisations as nodes, one undirected edge
 * per pair weighted by its number of claims. Keeps the `maxNodes` busiest actors, laid out on a
 * circle by weight so the picture is the same on every load.
 */
export function actorNetwork(index: ExplorerIndex, claims: readonly number[], maxNodes: number, size: number): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const c = index.claims;
  const pairs = new Map<string, NetworkEdge>();
  const weights = new Map<number, number>();
  for (const i of claims) {
    const s = c.subject[i];
    const o = c.object[i];
    if (s === o || !NETWORK_ACTOR_TYPES.has(index.actors[s].type) || !NETWORK_ACTOR_TYPES.has(index.actors[o].type)) continue;
    const [a, b] = s < o ? [s, o] : [o, s];
    const key = `${a}-${b}`;
    const edge = pairs.get(key) ?? { a, b, count: 0 };
    edge.count += 1;
    pairs.set(key, edge);
    weights.set(a, (weights.get(a) ?? 0) + 1);
    weights.set(b, (weights.get(b) ?? 0) + 1);
  }
  const ranked = [...weights.entries()].sort(([a, x], [b, y]) => y - x || index.actors[a].label.localeCompare(index.actors[b].label)).slice(0, maxNodes);
  const radius = size / 2 - 90;
  const nodes = ranked.map(([actor, weight], k) => {
    const angle = (2 * Math.PI * k) / Math.max(1, ranked.length) - Math.PI / 2;
    return { actor, weight, x: size / 2 + radius * Math.cos(angle), y: size / 2 + radius * Math.sin(angle) };
  });
  const shown = new Set(nodes.map((n) => n.actor));
  const edges = [...pairs.values()].filter((e) => shown.has(e.a) && shown.has(e.b)).sort((x, y) => x.count - y.count || x.a - y.a || x.b - y.b);
  return { nodes, edges };
}
