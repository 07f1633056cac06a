// Where an entity opens: chains in the chain view, places in the place view, everything else in the entity view.
// Labels decide; when an answer carries no labels the id prefix of the seed (chain-, place-) does.

export function viewOf(ref) {
  const labels = ref?.labels ?? [];
  const id = String(ref?.id ?? '');
  if (labels.includes('Chain') || (!labels.length && id.startsWith('chain-'))) return 'chain';
  if (labels.includes('Place') || (!labels.length && id.startsWith('place-'))) return 'place';
  return 'entity';
}

export function hrefOf(ref, view = viewOf(ref)) {
  return `#/${view}/${encodeURIComponent(ref.id)}`;
}

/** Parses the hash route: "#/chain/chain-x?town=y" → {view: 'chain', id: 'chain-x', params}. */
export function parseRoute(hash) {
  const raw = (hash ?? '').replace(/^#\/?/, '');
  const qAt = raw.indexOf('?');
  const path = qAt < 0 ? raw : raw.slice(0, qAt);
  const params = new URLSearchParams(qAt < 0 ? '' : raw.slice(qAt + 1));
  const [view = '', ...rest] = path.split('/');
  const id = rest.length ? decodeURIComponent(rest.join('/')) : '';
  return { view: view || 'home', id, params };
}

/** Builds a hash route; params with empty values are left out. */
export function routeHref(view, id, params = {}) {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') s.set(k, String(v));
  const query = s.toString();
  return `#/${view}${id ? `/${encodeURIComponent(id)}` : ''}${query ? `?${query}` : ''}`;
}
