// The entity view: who or what it is, every fact grouped by relationship type (status, period, the quote and its
// line), the neighbourhood graph, and for an enterprise the related firms with their reasons.
import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { t, term } from '../i18n.js';
import { routeHref } from '../links.js';
import { groupFacts, normalizeEntity, normalizeRelated } from '../normalize.js';
import { graphPanel } from '../graphPanel.js';
import { entityLink, errorBox, evidence, labelBadges, loading, periodTag, section, statusBadge, tableExports } from '../ui.js';

export function entityHeader(entity, ...extra) {
  return h('header', { class: 'entity-head' },
    h('h1', {}, entity.name, ' ', labelBadges(entity.labels)),
    h('p', { class: 'muted ident' }, h('code', {}, entity.id),
      entity.aliases.length ? [' · ', t('entity.aliases'), '：', entity.aliases.join('，')] : null),
    entity.description ? h('p', { class: 'description' }, entity.description) : null,
    evidence(entity.evidence, entity.line),
    extra);
}

export function factList(rels) {
  if (!rels.length) return h('p', { class: 'muted' }, t('entity.noFacts'));
  return h('div', { class: 'facts' }, groupFacts(rels).map((g) => h('div', { class: 'fact-group', dataset: { type: g.type, direction: g.direction } },
    h('h3', {}, g.direction === 'in' ? '← ' : '', term('rel', g.type), g.direction === 'out' ? ' →' : '',
      h('span', { class: 'muted small' }, ` ${g.type} · ${g.facts.length}`)),
    h('ul', {}, g.facts.map((f) => h('li', { class: 'fact' },
      h('div', { class: 'fact-head' }, entityLink(f.other), ' ', labelBadges(f.other.labels), ' ', statusBadge(f.status), ' ', periodTag(f.period)),
      evidence(f.evidence, f.line),
      f.note ? h('p', { class: 'note muted small' }, f.note) : null))))));
}

const factTable = (entity, rels) => ({
  fields: ['entity', 'direction', 'type', 'otherId', 'otherName', 'status', 'period', 'evidence', 'line'],
  rows: rels.map((r) => [entity.id, r.direction, r.type, r.other.id, r.other.name, r.status, r.period, r.evidence, r.line ?? '']),
});

export async function renderEntity(view, id) {
  mount(view, loading());
  let data;
  try {
    data = normalizeEntity(await api.entity(id));
  } catch (err) {
    mount(view, errorBox(err));
    return undefined;
  }
  const { entity, rels } = data;
  document.title = `${entity.name} · ${t('app.title')}`;
  const graph = graphPanel(entity);
  const otherViews = [
    entity.labels.includes('Chain') ? h('a', { class: 'button', href: routeHref('chain', entity.id) }, t('entity.openChain')) : null,
    entity.labels.includes('Place') ? h('a', { class: 'button', href: routeHref('place', entity.id) }, t('entity.openPlace')) : null,
  ];
  const related = entity.labels.includes('Enterprise') ? h('div', { class: 'related' }, loading()) : null;
  mount(view,
    entityHeader(entity, otherViews),
    h('div', { class: 'columns' },
      section(t('entity.facts'), tableExports(`facts-${entity.name}`, () => factTable(entity, rels)), factList(rels)),
      section(t('entity.graph'), graph.element)),
    related ? section(t('entity.related'), related) : null);
  if (related) loadRelated(related, entity.id);
  return graph.destroy;
}

async function loadRelated(container, id) {
  try {
    const related = normalizeRelated(await api.related(id));
    if (!related.length) { mount(container, h('p', { class: 'muted' }, t('common.empty'))); return; }
    mount(container, h('ol', { class: 'related-list' }, related.map((r) => h('li', {},
      h('div', { class: 'fact-head' }, entityLink(r.enterprise), r.score !== undefined ? h('span', { class: 'muted small score' }, ` ${r.score}`) : null),
      h('ul', { class: 'reasons' }, r.reasons.map((x) => h('li', {},
        h('span', { class: 'reason' }, t(`reason.${x.kind}`) === `reason.${x.kind}` ? x.kind : t(`reason.${x.kind}`)),
        x.via ? [' · ', entityLink(x.via)] : null,
        h('ul', { class: 'reason-facts' }, x.facts.map((f) => h('li', {},
          h('span', { class: 'muted small' }, term('rel', f.type)), ' ', statusBadge(f.status), ' ', periodTag(f.period),
          evidence(f.evidence, f.line)))))))))));
  } catch (err) {
    mount(container, errorBox(err));
  }
}
