// The neighbourhood graph of an entity with its toolbar: depth, node limit, fit, PNG/SVG export, and a notice
// that says when the service's cap cut the drawing. A click on a node fetches its neighbourhood and merges it.
import { api } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';
import { createGraph } from './graph.js';
import { hrefOf } from './links.js';
import { normalizeGraph } from './normalize.js';
import { download, fileName } from './export.js';
import { errorBox } from './ui.js';

export function graphPanel(focus, { depth = 1, limit = 100 } = {}) {
  const canvas = h('div', { class: 'graph-canvas', 'aria-label': t('entity.graph') });
  const notice = h('p', { class: 'graph-notice', role: 'status' });
  const counts = h('span', { class: 'muted graph-counts' });
  const depthSel = h('select', { 'aria-label': t('graph.depth') }, [1, 2, 3].map((d) => h('option', { value: d, selected: d === depth }, d)));
  const limitSel = h('select', { 'aria-label': t('graph.limit') }, [25, 50, 100, 200, 500].map((n) => h('option', { value: n, selected: n === limit }, n)));
  let graph = null;
  const base = `graph-${focus.name || focus.id}`;
  const expanded = new Set();

  const say = (text, cut) => { notice.textContent = text; notice.classList.toggle('cut', Boolean(cut)); };
  const showCounts = () => { const c = graph.counts(); counts.textContent = t('graph.count', c.nodes, c.edges); };

  async function load() {
    say(t('common.loading'));
    try {
      const data = normalizeGraph(await api.neighborhood(focus.id, depthSel.value, limitSel.value));
      graph ??= createGraph(canvas, { onExpand: expand, onOpen: (id) => { location.hash = hrefOf({ id }); } });
      expanded.clear();
      expanded.add(focus.id);
      graph.set(data, focus.id);
      showCounts();
      say(data.truncated ? t('graph.cut', data.nodes.length, data.limit ?? limitSel.value) : t('graph.hint'), data.truncated);
    } catch (err) {
      notice.replaceChildren(errorBox(err));
    }
  }

  async function expand(id) {
    if (expanded.has(id)) return;
    expanded.add(id);
    try {
      const data = normalizeGraph(await api.neighborhood(id, 1, limitSel.value));
      const added = graph.merge(data, id);
      showCounts();
      const text = t('graph.expanded', data.nodes.find((n) => n.id === id)?.name ?? id, added);
      say(data.truncated ? `${text} — ${t('graph.cutShort', data.limit ?? limitSel.value)}` : text, data.truncated);
    } catch (err) {
      expanded.delete(id);
      notice.replaceChildren(errorBox(err));
    }
  }

  depthSel.addEventListener('change', load);
  limitSel.addEventListener('change', load);
  const toolbar = h('div', { class: 'toolbar' },
    h('label', {}, t('graph.depth'), ' ', depthSel),
    h('label', {}, t('graph.limit'), ' ', limitSel),
    h('button', { type: 'button', onclick: () => graph?.fit() }, t('graph.fit')),
    h('button', { type: 'button', onclick: load }, t('graph.reset')),
    h('button', { type: 'button', class: 'export-png', onclick: async () => graph && download(fileName(base, 'png'), await graph.png(), 'image/png') }, t('export.png')),
    h('button', { type: 'button', class: 'export-svg', onclick: () => graph && download(fileName(base, 'svg'), graph.svg(), 'image/svg+xml') }, t('export.svg')),
    counts);
  const element = h('div', { class: 'graph-panel' }, toolbar, notice, canvas);
  // Cytoscape measures its container: draw once the panel is in the page.
  requestAnimationFrame(load);
  return { element, destroy: () => graph?.destroy() };
}
