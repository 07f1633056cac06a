// The place view: what lies in the place and its sub-places, what it is part of, the lines that serve it and what
// runs along it. Every list the API returns becomes a section, so a field added later still shows.
import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { t, term } from '../i18n.js';
import { normalizePlace } from '../normalize.js';
import { graphPanel } from '../graphPanel.js';
import { entityLink, errorBox, labelBadges, loading, periodTag, section, statusBadge, evidence, tableExports } from '../ui.js';
import { entityHeader } from './entity.js';

const TITLES = [
  [/^(contains|inside|lies|items|members|located|in$|within|content|entities)/i, 'place.inside'],
  [/^(subplaces?|children|parts)/i, 'place.sub'],
  [/^(partof|parents?|ancestors?)/i, 'place.partOf'],
  [/^(lines|servedby|serves|transport)/i, 'place.lines'],
  [/^(along|alongit|runsalong)/i, 'place.along'],
];
const titleOf = (key) => {
  const found = TITLES.find(([re]) => re.test(key.replace(/[_-]/g, '')));
  return found ? t(found[1]) : key.replace(/([a-z])([A-Z])/g, '$1 $2');
};

export async function renderPlace(view, id) {
  mount(view, loading());
  let data;
  try {
    data = normalizePlace(await api.place(id));
  } catch (err) {
    mount(view, errorBox(err));
    return undefined;
  }
  const { place, sections } = data;
  document.title = `${place.name} · ${t('app.title')}`;
  const graph = graphPanel(place, { limit: 100 });
  const tableOf = () => ({
    fields: ['place', 'section', 'id', 'name', 'labels', 'type', 'status', 'period', 'via', 'evidence', 'line'],
    rows: sections.flatMap((s) => s.items.map((i) => [place.name, s.key, i.entity.id, i.entity.name, i.entity.labels.join(';'), i.type, i.status, i.period, i.via?.name ?? '', i.evidence, i.line ?? ''])),
  });
  mount(view,
    entityHeader(place),
    h('div', { class: 'columns' },
      h('div', {},
        h('div', { class: 'toolbar' }, tableExports(`place-${place.name}`, tableOf)),
        sections.filter((s) => s.items.length).map((s) => section(`${titleOf(s.key)} · ${s.items.length}`,
          h('ul', { class: 'members', dataset: { section: s.key } }, s.items.map((i) => h('li', { class: 'member' },
            h('div', { class: 'fact-head' }, entityLink(i.entity), ' ', labelBadges(i.entity.labels),
              i.type ? h('span', { class: 'muted small' }, ` ${term('rel', i.type)}`) : null,
              ' ', statusBadge(i.status), ' ', periodTag(i.period),
              i.via && i.via.id !== place.id ? h('span', { class: 'town' }, ' @ ', entityLink(i.via)) : null),
            evidence(i.evidence, i.line))))))),
      section(t('entity.graph'), graph.element)));
  return graph.destroy;
}
