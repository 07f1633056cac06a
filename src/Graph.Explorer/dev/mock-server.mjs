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
const ref = (id) => { const n = nodes.get(id); return { id, label: n?.labels[0] ?? '', name: n?.name ?? id }; };
const relsOf = (id) => rels.filter((r) => r.start === id || r.end === id);
const fact = (r) => ({ type: r.type, status: r.status, period: r.period, evidence: r.evidence, line: r.line, note: r.note || null });
const hop = (r) => ({ ...fact(r), from: r.start, to: r.end });
const page = (items) => ({ items, skip: 0, limit: 200, hasMore: false, total: items.length });
const props = (id) => { const { labels, ...rest } = nodes.get(id); return rest; };
const towns = [...nodes.values()].filter((n) => n.level === 'town' || n.level === 'street');
const townsOf = (id, seen = new Set()) => {
  if (seen.has(id)) return [];
  seen.add(id);
  const out = [];
  for (const r of rels.filter((x) => x.start === id && (x.type === 'LOCATED_IN' || x.type === 'PART_OF'))) {
    if (towns.some((t) => t.id === r.end)) out.push(ref(r.end));
    else out.push(...townsOf(r.end, seen));
  }
  return out;
};
const chainMembers = (id) => {
  const byMember = new Map();
  for (const r of rels.filter((x) => x.end === id && x.type === 'IN_CHAIN')) {
    if (!byMember.has(r.start)) byMember.set(r.start, { member: ref(r.start), facts: [], towns: townsOf(r.start) });
    byMember.get(r.start).facts.push(fact(r));
  }
  return [...byMember.values()];
};

// The shapes of src/Graph.Api/Features (see docs/explorer.md).
const handlers = [
  [/^\/api\/search$/, (q) => {
    const text = (q.get('q') ?? '').toLowerCase();
    const items = [...nodes.values()].filter((n) => n.name.toLowerCase().includes(text) || n.aliases.some((a) => a.toLowerCase().includes(text)))
      .map((n) => ({ ...ref(n.id), aliases: n.aliases, description: n.description, score: n.name === text ? 2 : n.name.startsWith(text) ? 1.5 : 1 }))
      .sort((a, b) => b.score - a.score).slice(0, Number(q.get('limit') ?? 20));
    return page(items);
  }],
  [/^\/api\/entities\/([^/]+)$/, (q, id) => nodes.has(id) && ({
    id, label: nodes.get(id).labels[0], properties: props(id),
    links: page(relsOf(id).map((r) => ({ type: r.type, direction: r.start === id ? 'out' : 'in', other: ref(r.start === id ? r.end : r.start), status: r.status, period: r.period, evidence: r.evidence, line: r.line, note: r.note }))),
  })],
  [/^\/api\/chains$/, () => page([...nodes.values()].filter((n) => n.labels[0] === 'Chain').map((n) => ({ id: n.id, name: n.name, aliases: n.aliases, description: n.description, members: chainMembers(n.id).length })))],
  [/^\/api\/chains\/([^/]+)$/, (q, id) => nodes.has(id) && ({ id, properties: props(id), members: page(chainMembers(id)) })],
  [/^\/api\/chains\/([^/]+)\/towns$/, (q, id) => {
    const out = new Map();
    for (const m of chainMembers(id)) {
      for (const town of m.towns.length ? m.towns : [{ id: null, name: '(no town)' }]) {
        if (!out.has(town.id)) out.set(town.id, { id: town.id, name: town.name, members: 0, byLabelAndStatus: {} });
        const row = out.get(town.id);
        row.members++;
        for (const f of m.facts) {
          const counts = (row.byLabelAndStatus[m.member.label] ??= {});
          counts[f.status] = (counts[f.status] ?? 0) + 1;
        }
      }
    }
    return { id, name: nodes.get(id)?.name, statuses: [], towns: [...out.values()] };
  }],
  [/^\/api\/places\/([^/]+)$/, (q, id) => nodes.has(id) && ({
    id, properties: props(id),
    partOf: rels.filter((r) => r.start === id && r.type === 'PART_OF').map((r) => ({ ...ref(r.end), level: nodes.get(r.end).level })),
    subPlaces: rels.filter((r) => r.end === id && r.type === 'PART_OF').map((r) => ({ ...ref(r.start), level: nodes.get(r.start).level })),
    contents: page(rels.filter((r) => r.end === id && r.type === 'LOCATED_IN').map((r) => ({ entity: ref(r.start), fact: fact(r), within: ref(id) }))),
    lines: rels.filter((r) => r.end === id && r.type === 'SERVES').map((r) => ({ entity: ref(r.start), fact: fact(r), within: null })),
    along: rels.filter((r) => r.end === id && r.type === 'ALONG').map((r) => ({ entity: ref(r.start), fact: fact(r), within: null })),
  })],
  [/^\/api\/enterprises\/([^/]+)\/related$/, (q, id) => {
    const related = rels.filter((r) => r.start === id && r.type === 'IN_CHAIN').flatMap((c) => rels
      .filter((r) => r.end === c.end && r.type === 'IN_CHAIN' && r.start !== id && ref(r.start).label === 'Enterprise')
      .map((r) => ({ enterprise: ref(r.start), score: 3, reasons: [{ reason: 'same_chain', weight: 3, via: ref(c.end), facts: [hop(c), hop(r)] }] })));
    return { enterprise: ref(id), related: page(related) };
  }],
  [/^\/api\/paths$/, (q) => {
    const from = q.get('from'); const to = q.get('to'); const max = Number(q.get('maxHops') ?? 4);
    const prev = new Map([[from, null]]); let frontier = [from];
    for (let d = 0; d < max && !prev.has(to); d++) {
      const next = [];
      for (const id of frontier) for (const r of relsOf(id)) { const o = r.start === id ? r.end : r.start; if (!prev.has(o)) { prev.set(o, { id, r }); next.push(o); } }
      frontier = next;
    }
    if (!prev.has(to)) return { from, to, maxHops: max, length: 0, paths: [] };
    const hops = []; const walk = [to]; let at = to;
    while (prev.get(at)) { const { id, r } = prev.get(at); hops.unshift(hop(r)); walk.unshift(id); at = id; }
    return { from, to, maxHops: max, length: hops.length, paths: [{ nodes: walk.map(ref), hops }] };
  }],
  [/^\/api\/graph\/neighborhood\/([^/]+)$/, (q, id) => {
    const limit = Number(q.get('limit') ?? 100); const depth = Number(q.get('depth') ?? 1);
    const hopOf = new Map([[id, 0]]); let frontier = [id]; let truncated = false;
    for (let d = 0; d < depth; d++) {
      const next = [];
      for (const n of frontier) for (const r of relsOf(n)) { const o = r.start === n ? r.end : r.start; if (!hopOf.has(o)) { if (hopOf.size >= limit) { truncated = true; continue; } hopOf.set(o, d + 1); next.push(o); } }
      frontier = next;
    }
    return { centre: id, depth, limit, truncated, nodes: [...hopOf].map(([n, h]) => ({ ...ref(n), hop: h })),
      edges: rels.filter((r) => hopOf.has(r.start) && hopOf.has(r.end)).map((r) => ({ ...hop(r) })) };
  }],
];

function cypher() {
  const asNode = (id) => ({ elementId: id, labels: [ref(id).label], properties: { id, name: ref(id).name } });
  const rows = rels.filter((r) => r.end === 'chain-integrated-circuit' && r.type === 'IN_CHAIN')
    .map((r) => [asNode(r.start), { elementId: r.id, startNodeElementId: r.start, endNodeElementId: r.end, type: r.type, properties: { status: r.status } }, asNode(r.end), r.status]);
  return { fields: ['m', 'r', 'c', 'status'], rows, rowCount: rows.length, truncated: false, maxRows: 10000, notifications: ['mock: a canned answer'] };
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
