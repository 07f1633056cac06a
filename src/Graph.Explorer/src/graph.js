// The interactive graph: cytoscape.js (bundled from npm, no CDN). Nodes are coloured by label; a click expands
// a node (the caller fetches its neighbourhood and merges it), a double click opens it. Export as PNG (cytoscape's
// renderer) or SVG (written here from the laid-out positions, so it stays vector and needs no plug-in).
import cytoscape from 'cytoscape';
import { term } from './i18n.js';

export const LABEL_COLOURS = {
  Enterprise: '#2563eb', Project: '#16a34a', Place: '#9333ea', Park: '#ea580c', Chain: '#dc2626',
  Institution: '#0891b2', Program: '#b45309', TransportLine: '#475569', Event: '#db2777', Product: '#65a30d',
  Designation: '#0d9488', Indicator: '#64748b',
};
const colourOf = (labels) => LABEL_COLOURS[(labels ?? []).find((l) => LABEL_COLOURS[l])] ?? '#6b7280';

const style = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)', label: 'data(name)', color: '#111827', 'font-size': 11,
      'text-valign': 'bottom', 'text-margin-y': 3, width: 18, height: 18,
      'text-wrap': 'ellipsis', 'text-max-width': 110, 'text-background-color': '#ffffff',
      'text-background-opacity': 0.75, 'text-background-padding': 1,
      'font-family': '"Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", sans-serif',
    },
  },
  { selector: 'node.focus', style: { width: 28, height: 28, 'border-width': 3, 'border-color': '#111827', 'font-weight': 'bold' } },
  { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#f59e0b' } },
  { selector: 'node:selected', style: { 'overlay-color': '#f59e0b', 'overlay-opacity': 0.25 } },
  {
    selector: 'edge',
    style: {
      width: 1.2, 'line-color': '#9ca3af', 'target-arrow-color': '#9ca3af', 'target-arrow-shape': 'triangle',
      'curve-style': 'bezier', label: 'data(caption)', 'font-size': 8, color: '#6b7280',
      'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8,
    },
  },
];

/**
 * Creates a graph in `container`. `onExpand(id)` and `onOpen(id)` receive the entity id of a clicked node.
 * Node data: {id, entityId?, name, labels}; edge data: {id, source, target, type}.
 */
export function createGraph(container, { onExpand, onOpen } = {}) {
  const cy = cytoscape({ container, style, minZoom: 0.2, maxZoom: 3 });
  // Reachable from the page (tests, the browser console): a canvas has no elements to click by name.
  container.cy = cy;
  const entityIdOf = (node) => node.data('entityId') || node.id();
  cy.on('tap', 'node', (e) => onExpand?.(entityIdOf(e.target), e.target));
  cy.on('dbltap', 'node', (e) => onOpen?.(entityIdOf(e.target)));

  const toElements = ({ nodes, edges }) => [
    ...nodes.map((n) => ({
      group: 'nodes',
      data: { id: n.id, entityId: n.entityId ?? n.id, name: n.name || n.id, labels: n.labels ?? [], colour: colourOf(n.labels) },
    })),
    ...edges.map((e) => ({
      group: 'edges',
      data: { id: `e:${e.id}`, source: e.source, target: e.target, type: e.type, caption: term('rel', e.type) },
    })),
  ];

  /** Adds what is new; returns how many nodes were added. Edges to missing nodes are skipped. */
  function merge(data, { around } = {}) {
    const fresh = toElements(data).filter((el) => cy.getElementById(el.data.id).empty());
    const freshNodes = fresh.filter((el) => el.group === 'nodes');
    const centre = around ? cy.getElementById(around).position() : null;
    cy.batch(() => {
      for (const el of freshNodes) cy.add(centre ? { ...el, position: { x: centre.x + Math.random() * 40 - 20, y: centre.y + Math.random() * 40 - 20 } } : el);
      for (const el of fresh.filter((x) => x.group === 'edges')) {
        if (cy.getElementById(el.data.source).nonempty() && cy.getElementById(el.data.target).nonempty()) cy.add(el);
      }
    });
    return freshNodes.length;
  }

  function layout(incremental = false) {
    const n = cy.nodes().length;
    // A few dozen nodes read best in rings around the focus; cose settles a few hundred in well under a second;
    // above that a circle is kinder to a laptop.
    const focus = cy.nodes('.focus');
    const options = n > 400 ? { name: 'circle' }
      : n <= 40 && !incremental && focus.nonempty() ? {
        name: 'concentric', animate: false, minNodeSpacing: 45, padding: 20,
        concentric: (node) => (node.hasClass('focus') ? 3 : node.edgesWith(focus).nonempty() ? 2 : 1), levelWidth: () => 1,
      }
      : {
        name: 'cose', animate: false, randomize: !incremental, nodeRepulsion: () => 400000, idealEdgeLength: () => 80,
        nodeOverlap: 20, componentSpacing: 60, numIter: incremental ? 500 : 1000, padding: 20,
      };
    cy.layout(options).run();
    fit();
  }

  // A handful of nodes fitted to the panel would be drawn huge: cap the zoom a fit may reach.
  function fit() {
    cy.fit(undefined, 20);
    if (cy.zoom() > 1.3) {
      cy.zoom(1.3);
      cy.center();
    }
  }

  return {
    cy,
    set(data, focusId) {
      cy.elements().remove();
      merge(data);
      if (focusId) cy.getElementById(focusId).addClass('focus');
      layout();
    },
    merge(data, around) {
      const added = merge(data, { around });
      if (around) cy.getElementById(around).addClass('expanded');
      if (added) layout(true);
      return added;
    },
    fit,
    counts: () => ({ nodes: cy.nodes().length, edges: cy.edges().length }),
    png: () => cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' }),
    svg: () => toSvg(cy),
    destroy: () => cy.destroy(),
  };
}

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The current drawing as a standalone SVG document (model positions, so it does not depend on zoom). */
export function toSvg(cy) {
  const box = cy.elements().boundingBox({ includeLabels: true });
  const pad = 20;
  const width = Math.max(1, Math.ceil(box.w + 2 * pad));
  const height = Math.max(1, Math.ceil(box.h + 2 * pad));
  const x = (v) => (v - box.x1 + pad).toFixed(1);
  const y = (v) => (v - box.y1 + pad).toFixed(1);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Noto Sans CJK SC, WenQuanYi Zen Hei, Microsoft YaHei, sans-serif">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="19" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#9ca3af"/></marker></defs>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  cy.edges().forEach((e) => {
    const s = e.source().position();
    const t = e.target().position();
    parts.push(`<line x1="${x(s.x)}" y1="${y(s.y)}" x2="${x(t.x)}" y2="${y(t.y)}" stroke="#9ca3af" stroke-width="1.2" marker-end="url(#arrow)"/>`);
    parts.push(`<text x="${x((s.x + t.x) / 2)}" y="${y((s.y + t.y) / 2)}" font-size="8" fill="#6b7280" text-anchor="middle">${esc(e.data('caption') ?? '')}</text>`);
  });
  cy.nodes().forEach((n) => {
    const p = n.position();
    const r = n.hasClass('focus') ? 14 : 9;
    parts.push(`<circle cx="${x(p.x)}" cy="${y(p.y)}" r="${r}" fill="${esc(n.data('colour'))}"><title>${esc(n.data('entityId'))}</title></circle>`);
    parts.push(`<text x="${x(p.x)}" y="${y(p.y + r + 11)}" font-size="11" fill="#111827" text-anchor="middle">${esc(n.data('name'))}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}
