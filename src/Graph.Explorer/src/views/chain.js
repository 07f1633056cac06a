// The chain view: the chain × town matrix investment staff work from (per town, projects and firms of the chain
// by status) and the members grouped by status, filterable by town, status and period.
import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { PERIOD_ORDER, STATUS_ORDER, t, term } from '../i18n.js';
import { routeHref } from '../links.js';
import { entityRef, normalizeChainMembers, normalizeChainTowns, sumCounts } from '../normalize.js';
import { entityLink, errorBox, evidence, labelBadges, loading, periodTag, section, statusBadge, table, tableExports } from '../ui.js';
import { entityHeader } from './entity.js';

const byOrder = (order) => (a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || String(a).localeCompare(String(b));

function countChips(counts) {
  const statuses = Object.keys(counts).filter((s) => counts[s]).sort(byOrder(STATUS_ORDER));
  if (!statuses.length) return h('span', { class: 'muted' }, '–');
  return h('span', { class: 'chips' }, statuses.map((s) => h('span', { class: `chip status-${s}`, title: term('status', s) }, `${counts[s]} ${term('status', s)}`)));
}

function matrix(chain, towns) {
  const rows = [...towns].sort((a, b) => (sumCounts(b.projects) + sumCounts(b.firms)) - (sumCounts(a.projects) + sumCounts(a.firms)));
  const hasOther = rows.some((r) => sumCounts(r.other));
  const longTable = () => ({
    fields: ['chain', 'townId', 'town', 'kind', 'status', 'count'],
    rows: rows.flatMap((r) => ['projects', 'firms', 'other'].flatMap((kind) =>
      Object.entries(r[kind]).map(([status, n]) => [chain.name, r.town.id, r.town.name, kind, status, n]))),
  });
  return h('div', {},
    tableExports(`chain-towns-${chain.name}`, longTable),
    rows.length ? table(
      [t('chain.town'), t('chain.projects'), t('chain.firms'), hasOther ? t('chain.other') : null, t('chain.total')].filter(Boolean),
      rows,
      (r) => [
        r.town.id ? h('a', { href: routeHref('place', r.town.id) }, r.town.name) : t('chain.noTown'),
        countChips(r.projects), countChips(r.firms), hasOther ? countChips(r.other) : null,
        h('strong', { title: t('chain.totalHint') }, typeof r.members === 'number' ? r.members : sumCounts(r.projects) + sumCounts(r.firms) + sumCounts(r.other)),
      ].filter((c) => c !== null),
      { class: 'grid matrix' }) : h('p', { class: 'muted no-towns' }, t('chain.noTowns')));
}

function membersView(chain, members, filters, onFilter) {
  const towns = new Map(members.flatMap((m) => m.towns).filter((x) => x.id).map((x) => [x.id, x.name]));
  const select = (key, label, values, show) => h('label', {}, label, ' ', h('select', { name: key, onchange: (e) => onFilter(key, e.target.value) },
    h('option', { value: '' }, t('chain.all')),
    values.map((v) => h('option', { value: v, selected: filters[key] === v }, show(v)))));
  const shown = members.filter((m) => (!filters.status || m.status === filters.status)
    && (!filters.period || m.period === filters.period) && (!filters.town || m.towns.some((x) => x.id === filters.town)));
  const statuses = [...new Set(shown.map((m) => m.status || 'unknown'))].sort(byOrder(STATUS_ORDER));
  const tableOf = () => ({
    fields: ['chain', 'memberId', 'member', 'labels', 'status', 'period', 'townId', 'town', 'evidence', 'line'],
    rows: shown.map((m) => [chain.name, m.member.id, m.member.name, m.member.labels.join(';'), m.status, m.period, m.towns.map((x) => x.id).join(';'), m.towns.map((x) => x.name).join(';'), m.evidence, m.line ?? '']),
  });
  return h('div', {},
    h('div', { class: 'toolbar' },
      select('town', t('chain.filterTown'), [...towns.keys()], (v) => towns.get(v)),
      select('status', t('chain.filterStatus'), [...new Set(members.map((m) => m.status).filter(Boolean))].sort(byOrder(STATUS_ORDER)), (v) => term('status', v)),
      select('period', t('chain.filterPeriod'), [...new Set(members.map((m) => m.period).filter(Boolean))].sort(byOrder(PERIOD_ORDER)), (v) => term('period', v)),
      tableExports(`chain-members-${chain.name}`, tableOf)),
    statuses.length ? statuses.map((s) => h('div', { class: 'status-group', dataset: { status: s } },
      h('h3', {}, statusBadge(s), h('span', { class: 'muted small' }, ` ${shown.filter((m) => (m.status || 'unknown') === s).length}`)),
      h('ul', { class: 'members' }, shown.filter((m) => (m.status || 'unknown') === s).map((m) => h('li', { class: 'member' },
        h('div', { class: 'fact-head' }, entityLink(m.member), ' ', labelBadges(m.member.labels), ' ', periodTag(m.period),
          m.towns.length ? h('span', { class: 'town' }, ' @ ', m.towns.map((x) => x.name).join('、')) : null),
        evidence(m.evidence, m.line)))))) : h('p', { class: 'muted' }, t('common.empty')));
}

export async function renderChain(view, id, params) {
  mount(view, loading());
  let chainJson;
  let towns;
  try {
    [chainJson, towns] = await Promise.all([api.chain(id), api.chainTowns(id).catch((err) => err)]);
  } catch (err) {
    mount(view, errorBox(err));
    return;
  }
  const chain = entityRef(chainJson?.chain && typeof chainJson.chain === 'object' ? chainJson.chain : chainJson);
  if (!chain.labels.length) chain.labels = ['Chain'];
  document.title = `${chain.name} · ${t('app.title')}`;
  const members = normalizeChainMembers(chainJson);
  const filters = { town: params.get('town') ?? '', status: params.get('status') ?? '', period: params.get('period') ?? '' };
  const membersSlot = h('div', {});
  const draw = () => mount(membersSlot, membersView(chain, members, filters, (key, value) => {
    filters[key] = value;
    history.replaceState(null, '', routeHref('chain', id, filters));
    draw();
  }));
  draw();
  mount(view,
    entityHeader(chain, h('a', { class: 'button', href: routeHref('entity', id) }, t('entity.graph'))),
    section(t('chain.matrix'), towns instanceof Error ? errorBox(towns) : matrix(chain, normalizeChainTowns(towns).towns)),
    section(t('chain.members'), membersSlot));
}
