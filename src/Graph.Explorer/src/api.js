// The service's JSON endpoints (docs/api.md). Errors come back as RFC 7807 problem details with a Neo4j-style
// code; they are thrown as ApiError so views can show the title, the code and, for Cypher, line and column.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
    this.code = problem?.code ?? problem?.errorCode ?? problem?.errors?.[0]?.code ?? '';
  }
}

async function call(path, { method = 'GET', body, signal } = {}) {
  const res = await fetch(path, {
    method,
    signal,
    headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = { title: text.slice(0, 200) };
  }
  if (!res.ok) throw new ApiError(res.status, json);
  return json;
}

const q = (params) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') s.set(k, String(v));
  const text = s.toString();
  return text ? `?${text}` : '';
};
const seg = encodeURIComponent;

// The service pages its lists (at most 200 items a page). A view wants them whole: fetch page after page, up to a cap.
const PAGE = 200;
const MAX_ITEMS = 5000;

/** Calls `path` with skip/limit until the page at `key` (or the answer itself) says no more follow; merges the items. */
async function whole(path, params, key) {
  const pageOf = (json) => (key ? json?.[key] : json);
  const first = await call(`${path}${q({ ...params, skip: 0, limit: PAGE })}`);
  const page = pageOf(first);
  if (!page || !Array.isArray(page.items)) return first;
  const items = [...page.items];
  let last = page;
  while (last.hasMore && items.length < MAX_ITEMS) {
    last = pageOf(await call(`${path}${q({ ...params, skip: items.length, limit: PAGE })}`));
    if (!last?.items?.length) break;
    items.push(...last.items);
  }
  return key ? { ...first, [key]: { ...page, items, hasMore: last.hasMore } } : { ...first, items, hasMore: last.hasMore };
}

export const api = {
  search: (text, { label, limit, signal } = {}) => call(`/api/search${q({ q: text, label, limit })}`, { signal }),
  entity: (id) => whole(`/api/entities/${seg(id)}`, {}, 'links'),
  chains: () => whole('/api/chains', {}),
  chain: (id, filters = {}) => whole(`/api/chains/${seg(id)}`, filters, 'members'),
  chainTowns: (id) => call(`/api/chains/${seg(id)}/towns`),
  place: (id) => whole(`/api/places/${seg(id)}`, {}, 'contents'),
  related: (id) => call(`/api/enterprises/${seg(id)}/related`),
  paths: (from, to, maxHops) => call(`/api/paths${q({ from, to, maxHops })}`),
  neighborhood: (id, depth, limit) => call(`/api/graph/neighborhood/${seg(id)}${q({ depth, limit })}`),
  cypher: (statement, parameters = {}) => call('/api/cypher', { method: 'POST', body: { statement, parameters } }),
};
