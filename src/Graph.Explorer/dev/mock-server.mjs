// Development only: serves the built explorer and answers the API's endpoints from graph-seed/ CSVs in the
// shapes docs/explorer.md expects, so the page can be worked on before the real service answers.
// It is not the service: no Cypher (a canned answer), naive search, no tests run against it.
// Usage: npm run build && npm run mock  →  http://127.0.0.1:5173/
import { createServer } from 'node:http';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { extname, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
const www = join(repo, 'src', 'Graph.Api', 'wwwroot');
const seed = join(repo, 'graph-seed');

function parseCsv(text) {
  const rows = [];
  let row = []; let field = ''; let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const nodes = new Map();
const rels = [];
for (const file of readdirSync(join(seed, 'nodes'))) {
  const [header, ...rows] = parseCsv(readFileSync(join(seed, 'nodes', file), 'utf8'));
  const keys = header.map((k) => k.split(':')[0] || k);
  for (const r of rows) {
    const o = Object.fromEntries(keys.map((k, i) => [k, r[i]]));
    nodes.set(o.id, { id: o.id, name: o.name, labels: [r[header.indexOf(':LABEL')]], aliases: o.aliases ? o.aliases.split(';') : [], description: o.description, evidence: o.evidence, line: Number(o.line), level: o.level });
  }
}
for (const file of readdirSync(join(seed, 'rels'))) {
  const [header, ...rows] = parseCsv(readFileSync(join(seed, 'rels', file), 'utf8'));
  for (const r of rows) {
    const o = Object.fromEntries(header.map((k, i) => [k, r[i]]));
    rels.push({ id: `r${rels.length}`, start: o[':START_ID'], end: o[':END_ID'], type: o[':TYPE'], status: o.status, period: o.period, evidence: o.evidence, line: Number(o['line:int']), note: o.note });
  }
}
const ref = (id) => { const n = nodes.get(id); return { id, name: n?.name ?? id, labels: n?.labels ?? [] }; };
const relsOf = (id) => rels.filter((r) => r.start === id || r.end === id);
const towns = [...nodes.values()].filter((n) => n.level === 'town' || n.level === 'street');
const townOf = (id, seen = new Set()) => {
  if (seen.has(id)) return null;
  seen.add(id);
  for (const r of rels.filter((x) => x.start === id && (x.type === 'LOCATED_IN' || x.type === 'PART_OF'))) {
    if (towns.some((t) => t.id === r.end)) return ref(r.end);
    const up = townOf(r.end, seen);
    if (up) return up;
  }
  return null;
};

const handlers = [
  [/^\/api\/search$/, (q) => {
    const text = (q.get('q') ?? '').toLowerCase();
    const items = [...nodes.values()].filter((n) => n.name.toLowerCase().includes(text) || n.aliases.some((a) => a.toLowerCase().includes(text)))
      .map((n) => ({ ...ref(n.id), aliases: n.aliases, description: n.description, score: n.name === text ? 2 : n.name.startsWith(text) ? 1.5 : 1 }))
      .sort((a, b) => b.score - a.score).slice(0, Number(q.get('limit') ?? 20));
    return { items };
  }],
  [/^\/api\/entities\/([^/]+)$/, (q, id) => nodes.has(id) && ({
    ...nodes.get(id),
    relationships: relsOf(id).map((r) => ({ direction: r.start === id ? 'out' : 'in', type: r.type, other: ref(r.start === id ? r.end : r.start), status: r.status, period: r.period, evidence: r.evidence, line: r.line, note: r.note })),
  })],
  [/^\/api\/chains$/, () => ({ items: [...nodes.values()].filter((n) => n.labels[0] === 'Chain').map((n) => ({ ...ref(n.id), description: n.description, memberCount: rels.filter((r) => r.end === n.id && r.type === 'IN_CHAIN').length })) })],
  [/^\/api\/chains\/([^/]+)$/, (q, id) => nodes.has(id) && ({
    chain: nodes.get(id),
    members: rels.filter((r) => r.end === id && r.type === 'IN_CHAIN').map((r) => ({ member: ref(r.start), status: r.status, period: r.period, evidence: r.evidence, line: r.line, town: townOf(r.start) })),
  })],
  [/^\/api\/chains\/([^/]+)\/towns$/, (q, id) => {
    const out = new Map();
    for (const r of rels.filter((x) => x.end === id && x.type === 'IN_CHAIN')) {
      const town = townOf(r.start);
      if (!town) continue;
      const kind = ref(r.start).labels[0] === 'Project' ? 'projects' : ref(r.start).labels[0] === 'Enterprise' ? 'enterprises' : 'other';
      if (!out.has(town.id)) out.set(town.id, { town, projects: {}, enterprises: {}, other: {} });
      const e = out.get(town.id)[kind];
      e[r.status] = (e[r.status] ?? 0) + 1;
    }
    return { chain: ref(id), towns: [...out.values()] };
  }],
  [/^\/api\/places\/([^/]+)$/, (q, id) => nodes.has(id) && ({
    place: nodes.get(id),
    contains: rels.filter((r) => r.end === id && r.type !== 'PART_OF' && r.type !== 'SERVES' && r.type !== 'ALONG').map((r) => ({ entity: ref(r.start), type: r.type, status: r.status, period: r.period, evidence: r.evidence, line: r.line })),
    subPlaces: rels.filter((r) => r.end === id && r.type === 'PART_OF').map((r) => ({ entity: { ...ref(r.start), level: nodes.get(r.start).level }, type: r.type, status: r.status, period: r.period, evidence: r.evidence, line: r.line })),
    partOf: rels.filter((r) => r.start === id && r.type === 'PART_OF').map((r) => ({ entity: ref(r.end), type: r.type, status: r.status, period: r.period, evidence: r.evidence, line: r.line })),
    servedBy: rels.filter((r) => r.end === id && r.type === 'SERVES').map((r) => ({ entity: ref(r.start), type: r.type, status: r.status, period: r.period, evidence: r.evidence, line: r.line })),
    along: rels.filter((r) => r.end === id && r.type === 'ALONG').map((r) => ({ entity: ref(r.start), type: r.type, status: r.status, period: r.period, evidence: r.evidence, line: r.line })),
  })],
  [/^\/api\/enterprises\/([^/]+)\/related$/, (q, id) => {
    const chains = rels.filter((r) => r.start === id && r.type === 'IN_CHAIN');
    const related = chains.flatMap((c) => rels.filter((r) => r.end === c.end && r.type === 'IN_CHAIN' && r.start !== id && ref(r.start).labels[0] === 'Enterprise')
      .map((r) => ({ enterprise: ref(r.start), score: 1, reasons: [{ kind: 'same_chain', via: ref(c.end), status: r.status, period: r.period, evidence: r.evidence, line: r.line }] })));
    return { items: related };
  }],
  [/^\/api\/paths$/, (q) => {
    const from = q.get('from'); const to = q.get('to'); const max = Number(q.get('maxHops') ?? 4);
    const prev = new Map([[from, null]]); let frontier = [from];
    for (let d = 0; d < max && !prev.has(to); d++) {
      const next = [];
      for (const id of frontier) for (const r of relsOf(id)) { const o = r.start === id ? r.end : r.start; if (!prev.has(o)) { prev.set(o, { id, r }); next.push(o); } }
      frontier = next;
    }
    if (!prev.has(to)) return { paths: [] };
    const hops = []; let at = to;
    while (prev.get(at)) { const { id, r } = prev.get(at); hops.unshift({ from: ref(id), to: ref(at), type: r.type, direction: r.start === id ? 'out' : 'in', status: r.status, period: r.period, evidence: r.evidence, line: r.line }); at = id; }
    return { paths: [{ nodes: [ref(from), ...hops.map((x) => x.to)], hops }] };
  }],
  [/^\/api\/graph\/neighborhood\/([^/]+)$/, (q, id) => {
    const limit = Number(q.get('limit') ?? 100); const depth = Number(q.get('depth') ?? 1);
    const seen = new Set([id]); let frontier = [id]; let truncated = false;
    for (let d = 0; d < depth; d++) {
      const next = [];
      for (const n of frontier) for (const r of relsOf(n)) { const o = r.start === n ? r.end : r.start; if (!seen.has(o)) { if (seen.size >= limit) { truncated = true; continue; } seen.add(o); next.push(o); } }
      frontier = next;
    }
    return { nodes: [...seen].map(ref), edges: rels.filter((r) => seen.has(r.start) && seen.has(r.end)).map((r) => ({ id: r.id, source: r.start, target: r.end, type: r.type, status: r.status })), truncated, limit };
  }],
];

function cypher() {
  const asNode = (id) => ({ elementId: id, labels: ref(id).labels, properties: { id, name: ref(id).name } });
  const rows = rels.filter((r) => r.end === 'chain-integrated-circuit' && r.type === 'IN_CHAIN')
    .map((r) => [asNode(r.start), { elementId: r.id, startNodeElementId: r.start, endNodeElementId: r.end, type: r.type, properties: { status: r.status } }, asNode(r.end), r.status]);
  return { fields: ['m', 'r', 'c', 'status'], rows, truncated: false, note: 'mock: a canned answer' };
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.txt': 'text/plain' };
createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const json = (status, body) => { res.writeHead(status, { 'Content-Type': 'application/json' }); res.end(JSON.stringify(body)); };
  if (url.pathname === '/api/cypher' && req.method === 'POST') return json(200, cypher());
  for (const [re, fn] of handlers) {
    const m = url.pathname.match(re);
    if (m) { const body = fn(url.searchParams, ...m.slice(1).map(decodeURIComponent)); return body ? json(200, body) : json(404, { title: 'Not found', code: 'Neo.ClientError.Statement.EntityNotFound' }); }
  }
  const file = join(www, url.pathname === '/' ? 'index.html' : url.pathname.slice(1));
  if (!file.startsWith(www) || !existsSync(file)) return json(404, { title: 'Not found' });
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
}).listen(Number(process.env.PORT ?? 5173), '127.0.0.1', () => console.log(`mock explorer on http://127.0.0.1:${process.env.PORT ?? 5173}/ (${nodes.size} nodes, ${rels.length} relationships)`));
