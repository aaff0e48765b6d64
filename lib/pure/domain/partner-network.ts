// A municipality's partner network and how fragmented its cooperation is. Pure.
//
// Seen from one municipality (the "ego"), each cooperation it takes part in has a partner
// set: the other member municipalities. The network joins the ego to every partner with an
// edge whose weight is the number of cooperations they share, and joins two partners by the
// number of the ego's cooperations both are in (so clusters show which partners go together).
//
// Fragmentation index = distinct partner sets / cooperations. 1 means every cooperation has
// a different set of partners (membership points in many directions); 1/n means all n
// cooperations have the same partners (one coherent region). Undefined without cooperations.
// Only municipalities count as partners: other partners (companies, associations) are left
// out of the sets, as they are out of the graph.

export interface NetworkCooperation {
  id: string;
  name: string;
  /** Kommunenummer of the current municipal members (the ego included). */
  members: readonly string[];
  taskArea: string | null;
  legalForm: string | null;
}

/** The other municipalities of a cooperation, sorted and without repeats. */
export function partnerSet(members: readonly string[], ego: string): string[] {
  return [...new Set(members.filter((m) => m !== ego))].sort();
}

export interface Fragmentation {
  cooperations: number;
  distinctPartnerSets: number;
  /** distinctPartnerSets / cooperations, or null when the municipality has no cooperations. */
  index: number | null;
}

export function fragmentation(cooperations: readonly Pick<NetworkCooperation, 'members'>[], ego: string): Fragmentation {
  const own = cooperations.filter((c) => c.members.includes(ego));
  const sets = new Set(own.map((c) => partnerSet(c.members, ego).join(',')));
  return { cooperations: own.length, distinctPartnerSets: sets.size, index: own.length === 0 ? null : sets.size / own.length };
}

export interface Position {
  /** Municipalities with an index, the ego included. */
  of: number;
  higher: number;
  same: number;
  lower: number;
}

/** Where `index` stands among all municipalities' indices (which include the ego's own). */
export function positionAmong(index: number, all: readonly number[]): Position {
  const EPSILON = 1e-9;
  let higher = 0;
  let lower = 0;
  for (const other of all) {
    if (other > index + EPSILON) higher++;
    else if (other < index - EPSILON) lower++;
  }
  return { of: all.length, higher, lower, same: all.length - higher - lower };
}

export interface NetworkNode {
  kommunenummer: string;
  /** Cooperations this node shares with the ego (the ego: all of its cooperations). */
  shared: number;
  isEgo: boolean;
}

export interface NetworkEdge {
  source: string;
  target: string;
  weight: number;
  /** Touches the ego (the edges the weight of the question is about). */
  egoEdge: boolean;
  /** The shared cooperations' ids. */
  cooperations: string[];
  /** How many of the shared cooperations fall in each category (task area or legal form). */
  categories: Record<string, number>;
  /** The most common category of the shared ones (ties: alphabetical), colouring the edge. */
  category: string;
}

export interface EgoNetwork {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export const UNKNOWN_CATEGORY = 'Ikke oppgitt';

function dominant(categories: Record<string, number>): string {
  return Object.entries(categories).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nb'))[0]?.[0] ?? UNKNOWN_CATEGORY;
}

/** The ego's network over the given cooperations, each placed in one category for colour. */
export function egoNetwork(cooperations: readonly NetworkCooperation[], ego: string, categoryOf: (c: NetworkCooperation) => string | null): EgoNetwork {
  const own = cooperations.filter((c) => c.members.includes(ego));
  const edges = new Map<string, NetworkEdge>();
  const shared = new Map<string, number>();
  for (const c of own) {
    const partners = partnerSet(c.members, ego);
    const category = categoryOf(c) ?? UNKNOWN_CATEGORY;
    const pairs: [string, string][] = [];
    for (const [i, p] of partners.entries()) {
      shared.set(p, (shared.get(p) ?? 0) + 1);
      pairs.push([ego, p]);
      for (const q of partners.slice(i + 1)) pairs.push([p, q]);
    }
    for (const [source, target] of pairs) {
      const key = `${source}|${target}`;
      const edge = edges.get(key) ?? { source, target, weight: 0, egoEdge: source === ego, cooperations: [], categories: {}, category: UNKNOWN_CATEGORY };
      edge.weight++;
      edge.cooperations.push(c.id);
      edge.categories[category] = (edge.categories[category] ?? 0) + 1;
      edges.set(key, edge);
    }
  }
  const nodes: NetworkNode[] = [
    { kommunenummer: ego, shared: own.length, isEgo: true },
    ...[...shared.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([kommunenummer, n]) => ({ kommunenummer, shared: n, isEgo: false })),
  ];
  return { nodes, edges: [...edges.values()].map((e) => ({ ...e, category: dominant(e.categories) })) };
}
