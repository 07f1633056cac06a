// The read-only Cypher console: the statement lives in the URL (#/cypher?s=…&p=…), so a link shares the query
// and opening it runs it. Results show as a table or a graph; the table exports as CSV/JSON, the graph as PNG/SVG.
import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { t } from '../i18n.js';
import { routeHref } from '../links.js';
import { cellText, entityRef, graphOfRows, kindOfValue, normalizeCypher } from '../normalize.js';
import { createGraph } from '../graph.js';
import { download, fileName, downloadCsv, downloadJson, toJsonRecords } from '../export.js';
import { entityLink, errorBox, loading } from '../ui.js';

const EXAMPLES = [
  "MATCH (c:Chain {id: 'chain-integrated-circuit'})<-[r:IN_CHAIN]-(m)\nRETURN m.name AS member, labels(m) AS labels, r.status AS status, r.period AS period, r.evidence AS evidence",
  "MATCH (t:Place)-[:PART_OF]->(:Place {id: 'place-xiqing'})\nWHERE t.level IN ['town', 'street']\nRETURN t.name AS town, t.code AS code ORDER BY code",
  "MATCH (e:Enterprise)-[r:IN_CHAIN]->(c:Chain)\nRETURN c.name AS chain, count(e) AS enterprises ORDER BY enterprises DESC",
  "MATCH p = (:Enterprise {id: 'ent-smic'})-[*1..2]-(n)\nRETURN p LIMIT 25",
];

function cell(v) {
  const kind = kindOfValue(v);
  if (kind === 'node') { const r = entityRef(v); return h('span', {}, entityLink(r), h('span', { class: 'muted small' }, ` :${r.labels.join(':')}`)); }
  if (kind === 'value') return v === null || v === undefined ? h('span', { class: 'null' }, 'null') : String(v);
  return h('span', { class: 'mono' }, cellText(v));
}

export function renderCypher(view, params) {
  const statement = params.get('s') ?? '';
  const parameters = params.get('p') ?? '';
  const editor = h('textarea', { class: 'cypher-editor', name: 'statement', rows: 6, spellcheck: 'false', 'aria-label': 'Cypher' }, statement);
  const paramInput = h('input', { class: 'mono', name: 'parameters', placeholder: '{"name": "中芯国际"}', value: parameters, 'aria-label': 'parameters (JSON)' });
  const out = h('div', { class: 'cypher-out', 'aria-live': 'polite' });
  const share = h('span', { class: 'muted small share-state', role: 'status' });

  const go = () => {
    const href = routeHref('cypher', '', { s: editor.value.trim(), p: paramInput.value.trim() });
    if (location.hash === href) run(out, editor.value, paramInput.value);
    else location.hash = href;
  };
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); go(); }
  });

  mount(view,
    h('h1', {}, t('cypher.title')),
    h('div', { class: 'cypher-input' },
      editor,
      h('div', { class: 'toolbar' },
        h('button', { type: 'button', class: 'primary run', onclick: go }, t('cypher.run')),
        h('label', { class: 'grow' }, 'parameters ', paramInput),
        h('button', { type: 'button', class: 'share', onclick: async () => {
          const url = `${location.origin}${location.pathname}${routeHref('cypher', '', { s: editor.value.trim(), p: paramInput.value.trim() })}`;
          try { await navigator.clipboard.writeText(url); share.textContent = t('cypher.copied'); } catch { share.textContent = url; }
        } }, t('cypher.share')), share),
      h('p', { class: 'muted small' }, t('cypher.hint'), ' ', t('cypher.examples'), '：',
        EXAMPLES.map((ex, i) => h('button', { type: 'button', class: 'link', onclick: () => { editor.value = ex; editor.focus(); } }, `#${i + 1}`)))),
    out);
  if (statement) run(out, statement, parameters);
}

async function run(out, statement, parametersText) {
  mount(out, loading());
  let parameters = {};
  if (parametersText?.trim()) {
    try { parameters = JSON.parse(parametersText); } catch (err) { mount(out, errorBox(err)); return; }
  }
  let result;
  try {
    result = normalizeCypher(await api.cypher(statement, parameters));
  } catch (err) {
    mount(out, errorBox(err));
    return;
  }
  const { fields, rows } = result;
  const base = `cypher-${new Date().toISOString().slice(0, 19)}`;
  const tableView = h('div', { class: 'table-wrap' }, h('table', { class: 'grid result-table' },
    h('thead', {}, h('tr', {}, fields.map((f) => h('th', { scope: 'col' }, f)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((v) => h('td', {}, cell(v))))))));
  const graphView = h('div', { class: 'graph-canvas', hidden: true });
  let graph = null;
  const tabs = {
    table: h('button', { type: 'button', role: 'tab', 'aria-selected': 'true', class: 'tab' }, t('cypher.table')),
    graph: h('button', { type: 'button', role: 'tab', 'aria-selected': 'false', class: 'tab' }, t('cypher.graph')),
  };
  const note = h('span', { class: 'muted small' });
  const show = (which) => {
    tabs.table.setAttribute('aria-selected', String(which === 'table'));
    tabs.graph.setAttribute('aria-selected', String(which === 'graph'));
    tableView.hidden = which !== 'table';
    graphView.hidden = which !== 'graph';
    if (which === 'graph' && !graph) {
      const data = graphOfRows(rows);
      if (!data.nodes.length) { note.textContent = t('cypher.noGraph'); return; }
      graph = createGraph(graphView, { onOpen: (id) => { location.hash = routeHref('entity', id); } });
      graph.set(data);
    }
  };
  tabs.table.addEventListener('click', () => show('table'));
  tabs.graph.addEventListener('click', () => show('graph'));
  mount(out,
    h('div', { class: 'toolbar' },
      h('span', { role: 'tablist', class: 'tabs' }, tabs.table, tabs.graph),
      h('span', { class: 'row-count' }, t('cypher.rows', rows.length)),
      result.truncated ? h('span', { class: 'graph-notice cut' }, t('cypher.cut', result.limit ?? rows.length)) : null,
      h('button', { type: 'button', class: 'export-csv', onclick: () => downloadCsv(base, fields, rows.map((r) => r.map(cellText))) }, t('export.csv')),
      h('button', { type: 'button', class: 'export-json', onclick: () => downloadJson(base, toJsonRecords(fields, rows)) }, t('export.json')),
      h('button', { type: 'button', class: 'export-png', onclick: async () => graph && download(fileName(base, 'png'), await graph.png(), 'image/png') }, t('export.png')),
      h('button', { type: 'button', class: 'export-svg', onclick: () => graph && download(fileName(base, 'svg'), graph.svg(), 'image/svg+xml') }, t('export.svg')),
      note),
    tableView, graphView);
}
