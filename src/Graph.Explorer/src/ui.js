// Pieces every view uses: links, badges, evidence quotes, error boxes, tables with CSV/JSON export.
import { h } from './dom.js';
import { t, term } from './i18n.js';
import { hrefOf } from './links.js';
import { downloadCsv, downloadJson, toJsonRecords } from './export.js';

export const loading = () => h('p', { class: 'muted loading', role: 'status' }, t('common.loading'));

export function errorBox(err) {
  const problem = err?.problem ?? {};
  const where = problem.line ? ` (${problem.line}:${problem.column ?? '?'})` : '';
  return h('div', { class: 'error', role: 'alert' },
    h('strong', {}, err?.status === 404 ? t('common.notFound') : t('common.error')),
    ' ', err?.message ?? String(err), where,
    err?.code ? h('code', { class: 'code' }, err.code) : null);
}

export const entityLink = (ref) => h('a', { href: hrefOf(ref), class: 'entity-link', dataset: { id: ref.id } }, ref.name || ref.id);

export const labelBadges = (labels) => (labels ?? []).map((l) => h('span', { class: `badge label-${l}` }, term('label', l)));

export const statusBadge = (status) => (status ? h('span', { class: `status status-${status}` }, term('status', status)) : null);

export const periodTag = (period) => (period ? h('span', { class: 'period' }, term('period', period)) : null);

/** The sentence of the report behind a fact, with its line number. */
export function evidence(text, line) {
  if (!text) return null;
  return h('blockquote', { class: 'evidence' },
    h('span', { class: 'quote' }, text),
    line !== undefined && line !== null && line !== '' ? h('span', { class: 'line' }, t('entity.line', line)) : null);
}

/** Buttons exporting a table (fields + rows of plain values) as CSV and JSON. */
export function tableExports(base, getTable) {
  return h('span', { class: 'exports' },
    h('button', { type: 'button', class: 'export-csv', onclick: () => { const { fields, rows } = getTable(); downloadCsv(base, fields, rows); } }, t('export.csv')),
    h('button', { type: 'button', class: 'export-json', onclick: () => { const { fields, rows } = getTable(); downloadJson(base, toJsonRecords(fields, rows)); } }, t('export.json')));
}

/** A simple table: `cells(row)` returns the cells of a row (nodes or text). */
export function table(headers, rows, cells, attrs = {}) {
  return h('table', { class: 'grid', ...attrs },
    h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, cells(r).map((c) => h('td', {}, c))))));
}

export function section(title, ...children) {
  return h('section', { class: 'panel' }, h('h2', {}, title), ...children);
}
