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

export const api = {
  search: (text, { label, limit, signal } = {}) => call(`/api/search${q({ q: text, label, limit })}`, { signal }),
  entity: (id) => call(`/api/entities/${seg(id)}`),
  chains: () => call('/api/chains'),
  chain: (id, filters = {}) => call(`/api/chains/${seg(id)}${q(filters)}`),
  chainTowns: (id) => call(`/api/chains/${seg(id)}/towns`),
  place: (id) => call(`/api/places/${seg(id)}`),
  related: (id) => call(`/api/enterprises/${seg(id)}/related`),
  paths: (from, to, maxHops) => call(`/api/paths${q({ from, to, maxHops })}`),
  neighborhood: (id, depth, limit) => call(`/api/graph/neighborhood/${seg(id)}${q({ depth, limit })}`),
  cypher: (statement, parameters = {}) => call('/api/cypher', { method: 'POST', body: { statement, parameters } }),
};
