// What the partner-network page shows, from the network's cooperations and the visitor's
// choices (task-area filter, colour by task area or legal form): the graph's nodes and edges
// with colours, the legend, the partner table, and the fragmentation with its national
// position. Pure; the page and its signed-in twin both render this.
import { z } from '@/lib/pure/validation/zod';
import { egoNetwork, fragmentation, positionAmong, UNKNOWN_CATEGORY, type Fragmentation, type NetworkCooperation, type Position } from '@/lib/pure/domain/partner-network';

export const COLOUR_BY = ['oppgavefelt', 'organisasjonsform'] as const;
export type ColourBy = (typeof COLOUR_BY)[number];

export const networkQuery = z.object({
  oppgavefelt: z.string().trim().max(200).optional().catch(undefined),
  farge: z.enum(COLOUR_BY).optional().catch(undefined),
});
export type NetworkQuery = z.output<typeof networkQuery>;

/** Each at least 3:1 against white (WCAG 1.4.11) and apart for common colour blindness; the legend and table carry the meaning too. */
export const PALETTE = ['#0062ba', '#b8510d', '#1a7f4b', '#8e3c97', '#a8323e', '#00707a', '#6b5c00'] as const;
export const OTHER_COLOUR = '#6e6e6e';
export const OTHER_LABEL = 'Andre';

export interface ViewCooperation extends NetworkCooperation {
  isPublic: boolean;
}

export interface GraphNode {
  id: string;
  label: string;
  shared: number;
  isEgo: boolean;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  weight: number;
  egoEdge: boolean;
  colour: string;
}

export interface PartnerRow {
  kommunenummer: string;
  name: string;
  shared: number;
  cooperations: { id: string; name: string; isPublic: boolean; category: string }[];
}

export interface NetworkView {
  ego: string;
  colourBy: ColourBy;
  taskArea: string | null;
  /** The task areas of the municipality's cooperations, for the filter. */
  taskAreas: string[];
  nodes: GraphNode[];
  edges: GraphEdge[];
  legend: { category: string; colour: string; cooperations: number }[];
  partners: PartnerRow[];
  /** Cooperations in view (after the filter). */
  cooperations: number;
}

const categoryOf = (colourBy: ColourBy) => (c: NetworkCooperation) => (colourBy === 'oppgavefelt' ? c.taskArea : c.legalForm) ?? UNKNOWN_CATEGORY;
const byNb = (a: string, b: string) => a.localeCompare(b, 'nb');

export function networkView(all: readonly ViewCooperation[], names: ReadonlyMap<string, string>, ego: string, query: NetworkQuery): NetworkView {
  const colourBy = query.farge ?? 'oppgavefelt';
  const taskAreas = [...new Set(all.map((c) => c.taskArea ?? UNKNOWN_CATEGORY))].sort(byNb);
  const taskArea = query.oppgavefelt && taskAreas.includes(query.oppgavefelt) ? query.oppgavefelt : null;
  const shown = taskArea ? all.filter((c) => (c.taskArea ?? UNKNOWN_CATEGORY) === taskArea) : [...all];
  const category = categoryOf(colourBy);

  // The most common categories get their own colour; the long tail shares one.
  const counts = new Map<string, number>();
  for (const c of shown) counts.set(category(c), (counts.get(category(c)) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || byNb(a[0], b[0]));
  const own = ranked.length > PALETTE.length ? ranked.slice(0, PALETTE.length - 1) : ranked;
  const colourOf = new Map(own.map(([name], i) => [name, PALETTE[i]!]));
  const colour = (name: string) => colourOf.get(name) ?? OTHER_COLOUR;
  const rest = ranked.slice(own.length);
  const legend = [
    ...own.map(([name, n]) => ({ category: name, colour: colour(name), cooperations: n })),
    ...(rest.length > 0 ? [{ category: `${OTHER_LABEL} (${rest.map(([name]) => name).join(', ')})`, colour: OTHER_COLOUR, cooperations: rest.reduce((sum, [, n]) => sum + n, 0) }] : []),
  ];

  const network = egoNetwork(shown, ego, category);
  const label = (k: string) => names.get(k) ?? k;
  const byId = new Map(shown.map((c) => [c.id, c]));
  const partners: PartnerRow[] = network.nodes
    .filter((n) => !n.isEgo)
    .map((n) => {
      const cooperations = shown.filter((c) => c.members.includes(n.kommunenummer) && c.members.includes(ego));
      return {
        kommunenummer: n.kommunenummer,
        name: label(n.kommunenummer),
        shared: n.shared,
        cooperations: cooperations.map((c) => ({ id: c.id, name: c.name, isPublic: byId.get(c.id)?.isPublic ?? true, category: category(c) })),
      };
    })
    .sort((a, b) => b.shared - a.shared || byNb(a.name, b.name));
  return {
    ego,
    colourBy,
    taskArea,
    taskAreas,
    nodes: network.nodes.map((n) => ({ id: n.kommunenummer, label: label(n.kommunenummer), shared: n.shared, isEgo: n.isEgo })),
    edges: network.edges.map((e) => ({ id: `${e.source}-${e.target}`, source: e.source, target: e.target, weight: e.weight, egoEdge: e.egoEdge, colour: e.egoEdge ? colour(e.category) : OTHER_COLOUR })),
    legend,
    partners,
    cooperations: shown.length,
  };
}

export interface FragmentationView extends Fragmentation {
  position: Position | null;
}

/** The municipality's index with its place among all municipalities that have one. */
export function fragmentationView(cooperations: readonly NetworkCooperation[], ego: string, all: readonly { cooperations: number; distinctPartnerSets: number }[]): FragmentationView {
  const own = fragmentation(cooperations, ego);
  const indices = all.filter((m) => m.cooperations > 0).map((m) => m.distinctPartnerSets / m.cooperations);
  return { ...own, position: own.index === null || indices.length === 0 ? null : positionAmong(own.index, indices) };
}

/** "0,67": Norwegian decimal comma, two decimals. */
export function formatIndex(value: number): string {
  return value.toLocaleString('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
