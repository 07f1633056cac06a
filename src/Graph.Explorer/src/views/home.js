// The start page: what the explorer does, the industrial chains (to the chain view), the district's towns and
// streets (to the place view), and the two tools.
import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { t, term } from '../i18n.js';
import { routeHref } from '../links.js';
import { entityRef, listOf, normalizePlace, normalizeSearch } from '../normalize.js';
import { entityLink, errorBox, labelBadges, loading, section } from '../ui.js';

const DISTRICT = 'place-xiqing';

export function renderHome(view) {
  document.title = t('app.title');
  const chains = h('div', {}, loading());
  const towns = h('div', {}, loading());
  mount(view,
    h('h1', {}, t('app.title')),
    h('p', { class: 'intro' }, t('home.intro')),
    h('div', { class: 'columns' },
      section(t('home.chains'), chains),
      h('div', {},
        section(t('home.places'), towns),
        section(t('home.tools'), h('ul', { class: 'tools' },
          h('li', {}, h('a', { href: '#/paths' }, t('nav.paths')), ' — ', t('home.pathsHint')),
          h('li', {}, h('a', { href: '#/cypher' }, t('nav.cypher')), ' — ', t('home.cypherHint')))))));

  api.chains().then((json) => {
    const list = listOf(json, 'chains').map((c) => ({ ref: entityRef(c.chain ?? c), raw: c }));
    mount(chains, h('ul', { class: 'chain-list' }, list.map(({ ref, raw }) => {
      const count = raw.memberCount ?? raw.members ?? raw.count;
      return h('li', {}, h('a', { href: routeHref('chain', ref.id) }, ref.name),
        typeof count === 'number' ? h('span', { class: 'muted small' }, ` ${count}`) : null,
        ref.description ? h('span', { class: 'muted small' }, ` — ${ref.description}`) : null);
    })));
  }).catch((err) => mount(chains, errorBox(err)));

  api.place(DISTRICT).then((json) => {
    const { place, sections } = normalizePlace(json);
    const seen = new Set();
    const places = sections.flatMap((s) => s.items).map((i) => i.entity)
      .filter((e) => e.labels.includes('Place') && e.id !== DISTRICT && !seen.has(e.id) && seen.add(e.id))
      .filter((e) => ['town', 'street'].includes(e.level) || (!e.level && /(镇|街道)$/.test(e.name)));
    mount(towns, h('p', {}, entityLink(place)), h('ul', { class: 'town-list' }, places.map((p) => h('li', {}, entityLink(p)))));
  }).catch((err) => mount(towns, errorBox(err)));
}

const LABELS = ['Enterprise', 'Project', 'Chain', 'Place', 'Park', 'Institution', 'Program', 'TransportLine', 'Event', 'Product', 'Designation', 'Indicator'];

/** The full result list for a search submitted with Enter, optionally of one label (#/search?q=…&label=…). */
export async function renderSearch(view, params) {
  const text = params.get('q') ?? '';
  const label = params.get('label') ?? '';
  const filter = h('select', { name: 'label', 'aria-label': t('common.label'), onchange: (e) => { location.hash = routeHref('search', '', { q: text, label: e.target.value }); } },
    h('option', { value: '' }, t('chain.all')),
    LABELS.map((l) => h('option', { value: l, selected: l === label }, term('label', l))));
  const head = () => [h('h1', {}, t('search.results'), '：', text), h('div', { class: 'toolbar' }, h('label', {}, t('common.label'), ' ', filter))];
  mount(view, head(), loading());
  try {
    const results = normalizeSearch(await api.search(text, { label, limit: 100 }));
    mount(view, head(),
      results.length ? h('ul', { class: 'search-results' }, results.map((r) => h('li', {},
        entityLink(r), ' ', labelBadges(r.labels),
        r.aliases.length ? h('span', { class: 'muted small' }, ` ${r.aliases.join('，')}`) : null,
        r.description ? h('div', { class: 'muted small' }, r.description) : null)))
        : h('p', { class: 'muted' }, t('search.none')));
  } catch (err) {
    mount(view, head(), errorBox(err));
  }
}
