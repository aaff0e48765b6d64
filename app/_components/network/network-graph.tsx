'use client';
// The partner network drawn with Cytoscape.js (canvas, no WebGL). The library is loaded only
// here, after the page has rendered (a separate chunk of ~110 kB gzip), so the route's own
// JavaScript stays small and the table below works without it. The picture is a summary for
// sighted readers; its label and the table say the same in words.
import { useEffect, useRef, useState } from 'react';
import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode } from '@/lib/pure/network/view';

type LoadState = 'laster' | 'klar' | 'feil';

const EGO_COLOUR = '#1e2b3c';
const NODE_COLOUR = '#ffffff';

function elements(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): ElementDefinition[] {
  return [
    ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, label: n.label, shared: n.shared, ego: n.isEgo ? 1 : 0 } })),
    // Partner-to-partner edges first, so the ego's edges are drawn on top.
    ...[...edges]
      .sort((a, b) => Number(a.egoEdge) - Number(b.egoEdge))
      .map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, weight: e.weight, colour: e.colour, ego: e.egoEdge ? 1 : 0 } })),
  ];
}

export function NetworkGraph({ nodes, edges, label }: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[]; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<LoadState>('laster');

  useEffect(() => {
    let cy: Core | null = null;
    let cancelled = false;
    const maxWeight = Math.max(1, ...edges.filter((e) => e.egoEdge).map((e) => e.weight));
    const maxShared = Math.max(1, ...nodes.filter((n) => !n.isEgo).map((n) => n.shared));
    import('cytoscape')
      .then(({ default: cytoscape }) => {
        if (cancelled || !container.current) return;
        cy = cytoscape({
          container: container.current,
          elements: elements(nodes, edges),
          userZoomingEnabled: false,
          userPanningEnabled: false,
          boxSelectionEnabled: false,
          autoungrabify: true,
          style: [
            {
              selector: 'node',
              style: {
                label: 'data(label)',
                'background-color': NODE_COLOUR,
                'border-color': EGO_COLOUR,
                'border-width': 2,
                width: `mapData(shared, 1, ${maxShared}, 18, 40)`,
                height: `mapData(shared, 1, ${maxShared}, 18, 40)`,
                'font-size': 13,
                'font-family': 'Inter Variable, Inter, system-ui, sans-serif',
                color: '#1e2b3c',
                'text-valign': 'bottom',
                'text-margin-y': 4,
                'text-outline-color': '#ffffff',
                'text-outline-width': 3,
              },
            },
            { selector: 'node[ego = 1]', style: { 'background-color': EGO_COLOUR, width: 52, height: 52, 'font-weight': 'bold', 'font-size': 15 } },
            {
              selector: 'edge',
              style: { 'line-color': 'data(colour)', width: 1, opacity: 0.22, 'curve-style': 'haystack' },
            },
            {
              selector: 'edge[ego = 1]',
              style: { width: maxWeight === 1 ? 3 : `mapData(weight, 1, ${maxWeight}, 2, 12)`, opacity: 0.9, 'curve-style': 'straight' },
            },
          ],
          // The municipality in the middle, its partners on one ring around it (strongest ties
          // first, clockwise from the top), so no line from the middle runs through another node.
          layout: {
            name: 'concentric',
            concentric: (node) => (node.data('ego') === 1 ? 2 : 1),
            levelWidth: () => 1,
            startAngle: (3 / 2) * Math.PI,
            minNodeSpacing: 36,
            animate: false,
            padding: 40,
          },
        });
        setState('klar');
      })
      .catch((err: unknown) => {
        console.error('[nettverk] kunne ikke tegne grafen', err);
        if (!cancelled) setState('feil');
      });
    return () => {
      cancelled = true;
      cy?.destroy();
    };
  }, [nodes, edges]);

  return (
    <div className="relative">
      <div ref={container} role="img" aria-label={label} data-testid="nettverksgraf" data-state={state} className="h-[480px] w-full rounded border border-[var(--ds-color-neutral-border-subtle)] bg-white" />
      {state === 'laster' ? <p className="bb-muted absolute inset-x-0 top-1/2 text-center text-sm">Tegner nettverket …</p> : null}
      {state === 'feil' ? (
        <p className="absolute inset-x-0 top-1/2 text-center text-sm">Nettverket kunne ikke tegnes i denne nettleseren. Tabellen under viser det samme.</p>
      ) : null}
    </div>
  );
}
