// The path finder: two search boxes, a hop limit, and each shortest connection drawn hop by hop with the
// relationship's type, direction, status, period and the sentence of the report behind it.
import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { t, term } from '../i18n.js';
import { routeHref } from '../links.js';
import { entityRef, normalizePaths } from '../normalize.js';
import { createSearchBox } from '../search.js';
import { entityLink, errorBox, evidence, labelBadges, loading, periodTag, section, statusBadge, tableExports } from '../ui.js';

export function renderPaths(view, params) {
  const fromId = params.get('from') ?? '';
  const toId = params.get('to') ?? '';
  const maxHops = params.get('maxHops') ?? '4';
  const from = createSearchBox({ placeholder: t('paths.from'), name: 'from' });
  const to = createSearchBox({ placeholder: t('paths.to'), name: 'to' });
  const hops = h('select', { name: 'maxHops', 'aria-label': t('paths.maxHops') }, [1, 2, 3, 4, 5, 6].map((n) => h('option', { value: n, selected: String(n) === maxHops }, n)));
  const results = h('div', { class: 'paths', 'aria-live': 'polite' });
  const message = h('p', { class: 'muted' });

  const submit = (e) => {
    e?.preventDefault();
    const a = from.picked?.id ?? fromId;
    const b = to.picked?.id ?? toId;
    if (!a || !b) { message.textContent = t('paths.pick'); return; }
    message.textContent = '';
    location.hash = routeHref('paths', '', { from: a, to: b, maxHops: hops.value });
  };

  mount(view,
    h('h1', {}, t('paths.title')),
    h('form', { class: 'path-form toolbar', onsubmit: submit },
      h('label', { class: 'grow' }, t('paths.from'), from.element),
      h('label', { class: 'grow' }, t('paths.to'), to.element),
      h('label', {}, t('paths.maxHops'), ' ', hops),
      h('button', { type: 'submit', class: 'primary' }, t('paths.find'))),
    message, results);

  if (fromId && toId) {
    // Show the chosen ends by name when the route is opened from a link.
    for (const [box, id] of [[from, fromId], [to, toId]]) {
      box.set({ id, name: id });
      api.entity(id).then((json) => box.set(entityRef(json?.entity ?? json))).catch(() => {});
    }
    load(results, fromId, toId, maxHops);
  }
}

async function load(results, fromId, toId, maxHops) {
  mount(results, loading());
  let paths;
  try {
    paths = normalizePaths(await api.paths(fromId, toId, maxHops));
  } catch (err) {
    mount(results, errorBox(err));
    return;
  }
  if (!paths.length) { mount(results, h('p', { class: 'muted none' }, t('paths.none'))); return; }
  const tableOf = () => ({
    fields: ['path', 'hop', 'fromId', 'from', 'type', 'direction', 'toId', 'to', 'status', 'period', 'evidence', 'line'],
    rows: paths.flatMap((p, i) => p.hops.map((x, j) => [i + 1, j + 1, x.from.id, x.from.name, x.type, x.direction, x.to.id, x.to.name, x.status, x.period, x.evidence, x.line ?? ''])),
  });
  mount(results,
    h('div', { class: 'toolbar' }, tableExports(`paths-${fromId}-${toId}`, tableOf)),
    paths.map((p, i) => section(t('paths.path', i + 1, p.hops.length),
      h('p', { class: 'path-line' }, p.nodes.map((n, j) => [j ? h('span', { class: 'arrow' }, ` ${p.hops[j - 1]?.direction === 'in' ? '←' : '→'} `) : null, entityLink(n)])),
      h('ol', { class: 'hops' }, p.hops.map((x) => h('li', { class: 'hop' },
        h('div', { class: 'fact-head' },
          entityLink(x.from), ' ', labelBadges(x.from.labels),
          h('span', { class: 'rel' }, x.direction === 'in' ? ` ←${term('rel', x.type)}— ` : ` —${term('rel', x.type)}→ `),
          entityLink(x.to), ' ', labelBadges(x.to.labels), ' ', statusBadge(x.status), ' ', periodTag(x.period)),
        evidence(x.evidence, x.line)))))));
}
